import type { SheetView } from "./sheetView";

/**
 * Page numbers as printed in a footer or header and left in the sheet by a PDF conversion or a paste
 * of a printout: "第 1 页，共 2 页", "第1页 共2页", "共2页 第1页", "- 1 -", "1/2", "Page 1 of 2".
 * Matched on label keys, so spaces are already gone.
 */
const PAGE_MARK =
  /^(?:第\d+页(?:[,，、;；/]?共\d+页)?|共\d+页(?:[,，、;；/]?第\d+页)?|[-—－–]\d+[-—－–]|\d+\/\d+|page\d+(?:of\d+)?|\d+of\d+)$/i;

/** A continuation note: "续表", "(续)", "续上表", "…绩效自评表(续)". */
const CONTINUED = /^续(?:上)?表|\(续(?:表)?\)$|^续$/;

/**
 * Whether a row holds only a page mark or a 续表 note (one or two short cells): a table printed over
 * several pages and pasted back keeps these between its pages, with the header repeated after them.
 *
 * @example
 * isPageBreakRow(view, 4) // → true for a row that only says "第 1 页，共 2 页"
 */
export function isPageBreakRow(view: SheetView, r: number): boolean {
  const filled = view.filledColumns(r);
  if (filled.length === 0 || filled.length > 2) return false;
  return filled.every((c) => isPageMark(view.key(r, c)));
}

function isPageMark(key: string): boolean {
  return key.length <= 60 && (PAGE_MARK.test(key) || CONTINUED.test(key));
}
