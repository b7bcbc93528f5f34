export { toPortableLayout, toPortableCells, type SheetCell } from "./toPortableLayout";
export { PORTABLE_MARK, PORTABLE_SIGNATURE } from "./portableText";
export { rowFormulas, SCORE_HELPERS, TARGET_HELPERS, type HelperName } from "./portableRow";
