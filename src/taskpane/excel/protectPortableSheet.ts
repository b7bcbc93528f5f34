/**
 * Hides a portable sheet's helper columns and protects them from accidental edits: every other cell of
 * the block stays editable, rows can be inserted and formatted; no password (审阅 → 撤销工作表保护).
 * Queues only (ExcelApi 1.2); the caller syncs.
 *
 * @example
 * protectPortableSheet(sheet, 26, [10, 11, 12]);
 */
export function protectPortableSheet(
  sheet: Excel.Worksheet,
  rowCount: number,
  helperColumns: readonly number[],
): void {
  const first = helperColumns[0];
  if (first === undefined) return;
  const width = helperColumns.length;
  sheet.getRangeByIndexes(0, 0, rowCount, first).format.protection.locked = false;
  const helpers = sheet.getRangeByIndexes(0, first, rowCount, width);
  helpers.format.protection.locked = true;
  helpers.columnHidden = true;
  sheet.protection.protect({
    allowFormatCells: true,
    allowFormatColumns: true,
    allowFormatRows: true,
    allowInsertRows: true,
    allowAutoFilter: true,
    allowSort: false,
    allowDeleteRows: false,
    allowInsertColumns: false,
    allowDeleteColumns: false,
  });
}
