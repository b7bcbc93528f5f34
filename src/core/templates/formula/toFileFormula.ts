/**
 * Inside an .xlsx file Excel stores a call of an add-in custom function with the prefix `_xldudf_` and
 * the namespace joined by an underscore: `=PERF.SCORE(A1,B1,5)` is kept as `_xldudf_PERF_SCORE(A1,B1,5)`
 * (confirmed on office-js issues #2568 and #4811, where saved workbooks show `_xldudf_SAP_GETDATA`).
 */
const TYPED = /(?<![A-Za-z0-9_.])PERF\.([A-Za-z][A-Za-z0-9_]*)\s*\(/g;
// A workbook opened while another add-in was loading can carry a prefix ([2]! or 'path\FUNCRES.XLAM'!)
// in front of the stored name (office-js issues #2568, #4811): repairing drops it.
const STORED = /(?:\[\d+\]!|'[^']*'!)?(?<![A-Za-z0-9_.])_xldudf_PERF_([A-Za-z][A-Za-z0-9_]*)\s*\(/gi;

/**
 * The typed form as stored in a file, without the leading "=" (the form exceljs expects).
 *
 * @example
 * toFileFormula("=IF(D13=\"\",\"\",PERF.SCORE(D13,E13,F13))"); // 'IF(D13="","",_xldudf_PERF_SCORE(D13,E13,F13))'
 */
export function toFileFormula(formula: string): string {
  return formula
    .replace(/^=/, "")
    .replace(TYPED, (_m, name: string) => `_xldudf_PERF_${name.toUpperCase()}(`);
}

/**
 * The stored form back as a user types it, with "=".
 *
 * @example
 * fromFileFormula("_xldudf_PERF_GRADE(G25)"); // "=PERF.GRADE(G25)"
 */
export function fromFileFormula(formula: string): string {
  const body = formula.replace(/^=/, "").replace(STORED, (_m, name: string) => `PERF.${name.toUpperCase()}(`);
  return `=${body}`;
}

/** Whether a formula calls a PERF function, in either form. */
export function hasPerfCall(formula: string): boolean {
  return /PERF\.[A-Za-z]|_xldudf_PERF_/i.test(formula);
}
