/**
 * Excel writes characters XML cannot carry as `_xHHHH_` (`_x000D_` a carriage return) in shared and
 * rich text; they are decoded here (upper-case hex digits, as Excel writes them).
 *
 * @example
 * decodeEscapes("a_x000D_b"); // → "a\rb"
 */
export function decodeEscapes(text: string): string {
  if (!text.includes("_x")) return text;
  return text.replace(/_x([0-9A-F]{4})_/g, (_all, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
