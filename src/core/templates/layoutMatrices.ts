import type { Layout } from "./layout";

export interface LayoutMatrices {
  /** What to assign to `range.formulas` of the whole block: formulas, constants, "" for empty. */
  readonly formulas: (string | number)[][];
  /** What to assign to `range.numberFormat`: "General" where the style has none. */
  readonly numberFormats: string[][];
}

/**
 * The layout as two rowCount × colCount matrices, so the Excel renderer writes every value, formula and
 * number format in two assignments. Text that Excel would read as a formula ("=100.00(%)") gets the
 * leading apostrophe Excel uses to keep it as text; a formula cell never gets the text format "@" (it
 * would show the formula instead of its result).
 *
 * @example
 * layoutMatrices(layout).formulas[0][0]; // "财政项目支出绩效自评表"
 */
export function layoutMatrices(layout: Layout): LayoutMatrices {
  const formulas = Array.from({ length: layout.rowCount }, () =>
    Array.from({ length: layout.colCount }, (): string | number => ""),
  );
  const numberFormats = Array.from({ length: layout.rowCount }, () =>
    Array.from({ length: layout.colCount }, () => "General"),
  );
  for (const cell of layout.cells) {
    const row = formulas[cell.row];
    const formats = numberFormats[cell.row];
    if (!row || !formats) continue;
    const format = cell.style ? layout.styles[cell.style]?.numberFormat : undefined;
    if (cell.formula !== undefined) {
      row[cell.col] = cell.formula;
      formats[cell.col] = format && format !== "@" ? format : "General";
    } else {
      const value = cell.value ?? "";
      row[cell.col] =
        typeof value === "string" && /^[=+\-@']/.test(value) && value !== "-" ? `'${value}` : value;
      formats[cell.col] = format ?? "General";
    }
  }
  return { formulas, numberFormats };
}
