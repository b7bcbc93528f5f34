/**
 * Whether the running Excel supports ExcelApi `version`. Outside Office (tests, a browser) the answer is
 * false, so callers take the path that works everywhere.
 *
 * @example
 * if (isExcelApiSupported("1.9")) sheet.getRanges("A1,B2");
 */
export function isExcelApiSupported(version: string): boolean {
  try {
    return (
      typeof Office !== "undefined" &&
      Office.context?.requirements?.isSetSupported("ExcelApi", version) === true
    );
  } catch {
    return false;
  }
}
