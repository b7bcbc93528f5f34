/**
 * A shared formula is stored once, on its first cell; every other cell of the range gets it with its
 * relative references moved by the distance between the two cells.
 */
import { columnIndex, columnName } from "../../core/address";

// The same candidates and rules as exceljs' slideFormula, so both readers give the same text: a
// reference is letters then digits (with optional $), not followed by "(" (a function name).
const CANDIDATE = /(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi;
const REFERENCE = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/i;
const LAST_COLUMN = 16383;

/**
 * `formula` (written for the cell at row `fromRow`, column `fromCol`, 0-based) as it reads in the cell
 * at `toRow`, `toCol`. A reference that would move off the sheet is left as written.
 *
 * @example
 * slideFormula("SUM(B2:C2)*$A$1", 1, 3, 4, 3); // → "SUM(B5:C5)*$A$1"
 */
export function slideFormula(
  formula: string,
  fromRow: number,
  fromCol: number,
  toRow: number,
  toCol: number,
): string {
  return formula.replace(
    CANDIDATE,
    (whole: string, sheet: string | undefined, _sheetName: string, address: string, paren?: string) => {
      if (paren) return whole;
      const m = REFERENCE.exec(address);
      if (!m) return whole;
      const [, colDollar = "", letters = "", rowDollar = "", digits = ""] = m;
      const upper = letters.toUpperCase();
      // Longer than XFD: a name, not a column.
      if (upper.length > 3 || (upper.length === 3 && upper > "XFD")) return whole;
      const col = columnIndex(upper) + (colDollar ? 0 : toCol - fromCol);
      const row = parseInt(digits, 10) + (rowDollar ? 0 : toRow - fromRow);
      if (col < 0 || col > LAST_COLUMN) return whole;
      return `${sheet ?? ""}${colDollar}${columnName(col)}${rowDollar}${row}`;
    },
  );
}
