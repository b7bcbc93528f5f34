/**
 * A layout as a HyperFormula sheet: constants, formulas as typed (PERF.* names) and the values a test
 * types into input cells. Text starting with "=" (targets such as "=100.00(%)") gets Excel's leading
 * apostrophe so the engine keeps it as text.
 */
import { fromA1 } from "../../../../src/core/address";
import type { Layout } from "../../../../src/core/templates";

export type TypedValues = Readonly<Record<string, string | number | null>>;

export function layoutSheet(layout: Layout, typed: TypedValues = {}): (string | number | null)[][] {
  const rows: (string | number | null)[][] = Array.from({ length: layout.rowCount }, () =>
    Array.from({ length: layout.colCount }, () => null),
  );
  const put = (row: number, col: number, value: string | number | null): void => {
    const line = rows[row];
    if (line) line[col] = typeof value === "string" && value.startsWith("=") ? `'${value}` : value;
  };
  for (const cell of layout.cells) {
    const line = rows[cell.row];
    if (!line) continue;
    if (cell.formula !== undefined) line[cell.col] = cell.formula;
    else put(cell.row, cell.col, cell.value ?? null);
  }
  for (const [address, value] of Object.entries(typed)) {
    const at = fromA1(address);
    if (at) put(at.row, at.col, value);
  }
  return rows;
}
