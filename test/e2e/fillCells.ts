/** Types values into the first sheet of a workbook with exceljs, as a script filling a template would. */
import ExcelJS from "exceljs";

export async function fillCells(
  path: string,
  cells: Readonly<Record<string, string | number>>,
): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error(`${path} has no worksheet`);
  for (const [address, value] of Object.entries(cells)) sheet.getCell(address).value = value;
  await workbook.xlsx.writeFile(path);
}
