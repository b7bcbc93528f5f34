/** Reading one cell value: its text, its number, whether it is blank; full-width folding. */
export { cellText } from "./cellText";
export { readNumber } from "./readNumber";
export { isBlank } from "./isBlank";
export { foldWidth } from "./foldWidth";
export { displayText } from "./displayText";
