/**
 * Table fixtures: test/fixtures/tables/<name>.json holds sheets typed as in published tables, each row
 * either a tab-separated string (numbers in it become numbers, "#N/A"-style codes become errors, a
 * leading ' keeps text as text) or an array of cells ({"f": "C5/B5", "v": 0.9988} for a formula with
 * its cached value, {"date": "2020-01-01"}, {"error": "#N/A"}). Expectations sit next to it in
 * <name>.expect.json. Shared by the tests and scripts/make-fixtures.ts.
 */
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join } from "node:path";
import type { CellValue, Grid } from "../../../src/core/grid";

export const TABLE_FIXTURE_DIR = join(__dirname, "..", "..", "fixtures", "tables");
export const WORKBOOK_FIXTURE_DIR = join(__dirname, "..", "..", "fixtures", "workbooks");

export type FixtureCell =
  | string
  | number
  | boolean
  | null
  | { readonly f: string; readonly v?: string | number | boolean | null }
  | { readonly date: string }
  | { readonly error: string };

export interface FixtureSheet {
  readonly name: string;
  readonly origin?: string;
  readonly rows: readonly (string | readonly FixtureCell[])[];
  readonly merges?: readonly string[];
}

export interface TableFixture {
  readonly description: string;
  readonly source: string | readonly string[];
  readonly sheets: readonly FixtureSheet[];
}

const ERROR_CODES = new Set(["#N/A", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!"]);

export function listTableFixtures(): string[] {
  return readdirSync(TABLE_FIXTURE_DIR)
    .filter((f) => f.endsWith(".json") && !f.endsWith(".expect.json"))
    .map((f) => f.slice(0, -".json".length))
    .sort();
}

export function loadTableFixture(name: string): TableFixture {
  return JSON.parse(readFileSync(join(TABLE_FIXTURE_DIR, `${name}.json`), "utf8")) as TableFixture;
}

export function loadExpectation<T>(name: string): T | undefined {
  const path = join(TABLE_FIXTURE_DIR, `${name}.expect.json`);
  return existsSync(path) ? (JSON.parse(readFileSync(path, "utf8")) as T) : undefined;
}

/** Cells of one fixture row, parsed (formula cells keep their object form). */
export function fixtureCells(row: string | readonly FixtureCell[]): FixtureCell[] {
  if (typeof row !== "string") return row.map((cell) => (cell === "" ? null : cell));
  if (row === "") return [];
  return row.split("\t").map(parseTextCell);
}

function parseTextCell(text: string): FixtureCell {
  if (text === "") return null;
  if (text.startsWith("'")) return text.slice(1);
  if (ERROR_CODES.has(text)) return { error: text };
  if (/^-?\d+(?:\.\d+)?$/.test(text) && !/^0\d/.test(text)) return Number(text);
  return text;
}

/** What a reader should see in a cell: formula → cached value, date → ISO date string. */
function fixtureCellValue(cell: FixtureCell): CellValue {
  if (cell === null || typeof cell !== "object") return cell;
  if ("f" in cell) return cell.v ?? null;
  if ("date" in cell) return cell.date;
  return { error: cell.error };
}

/** The grid a reader of the fixture's sheet should produce (rows padded to a rectangle). */
export function fixtureGrid(sheet: FixtureSheet): Grid {
  const rows = sheet.rows.map((row) => fixtureCells(row).map(fixtureCellValue));
  const width = rows.reduce((w, row) => Math.max(w, row.length), 0);
  const values = rows.map((row) => [...row, ...new Array<CellValue>(width - row.length).fill(null)]);
  while (values.length > 0 && values[values.length - 1]?.every((v) => v === null)) values.pop();
  return {
    values,
    origin: sheet.origin ?? "A1",
    merges: sheet.merges ?? [],
    sheet: sheet.name,
  };
}
