/**
 * Activates `sheetName` (the active sheet when empty) and selects `address` on it, so the user sees the
 * cell a finding points at. Returns false (and changes nothing) when the sheet or address is gone.
 *
 * @example
 * await Excel.run((context) => selectCell(context, "Sheet1", "D12"));
 */
export async function selectCell(
  context: Excel.RequestContext,
  sheetName: string | undefined,
  address: string,
): Promise<boolean> {
  try {
    const sheets = context.workbook.worksheets;
    const sheet = sheetName ? sheets.getItem(sheetName) : sheets.getActiveWorksheet();
    sheet.activate();
    const bare = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
    sheet.getRange(bare).select();
    await context.sync();
    return true;
  } catch {
    return false;
  }
}
