/**
 * Excel stores add-in calls as `_xldudf_PERF_SCORE(`; readers show them as typed: `PERF.SCORE(`.
 *
 * @example
 * showCustomFunctions("_xldudf_PERF_SCORE(D12,E12,F12)"); // → "PERF.SCORE(D12,E12,F12)"
 */
export function showCustomFunctions(formula: string): string {
  return formula.replace(/_xldudf_([A-Za-z][A-Za-z0-9]*)_([A-Za-z0-9_.]+)\(/g, "$1.$2(");
}
