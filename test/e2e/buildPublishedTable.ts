/**
 * Builds an .xlsx from a published table typed as data (test/fixtures/e2e/published/*.json): cell
 * values row by row, merged ranges, the sheet name. Adding a published table needs a JSON file only.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";

export const PUBLISHED_DIR = join(__dirname, "../fixtures/e2e/published");

export interface PublishedTable {
  /** Where the table was published. */
  readonly source: string;
  readonly note: string;
  readonly sheet: string;
  readonly rows: readonly (readonly (string | number | null)[])[];
  readonly merges: readonly string[];
}

/** Every published table with its file name (without .json). */
export function loadPublishedTables(): { name: string; table: PublishedTable }[] {
  return readdirSync(PUBLISHED_DIR)
    .filter((f) => f.endsWith(".json") && !f.endsWith(".expect.json"))
    .sort()
    .map((f) => ({
      name: f.replace(/\.json$/, ""),
      table: JSON.parse(readFileSync(join(PUBLISHED_DIR, f), "utf8")) as PublishedTable,
    }));
}

/** The table as a workbook file at `path`. */
export async function writePublishedTable(table: PublishedTable, path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(table.sheet);
  table.rows.forEach((row, r) => {
    row.forEach((value, c) => {
      if (value !== null) sheet.getCell(r + 1, c + 1).value = value;
    });
  });
  for (const range of table.merges) sheet.mergeCells(range);
  await workbook.xlsx.writeFile(path);
}
