export { toPortableLayout, toPortableCells, type SheetCell } from "./toPortableLayout";
export { PORTABLE_MARK, PORTABLE_SIGNATURE } from "./portableText";
export { rowFormulas, SCORE_HELPERS, TARGET_HELPERS, type HelperName, type RowRefs } from "./portableRow";
export { findPerfCalls } from "./splitCalls";
