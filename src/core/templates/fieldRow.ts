import type { LayoutBuilder } from "./createLayoutBuilder";

/**
 * Writes a label in column A and a value merged across B…`lastCol`; returns the next row.
 *
 * @example
 * const next = fieldRow(b, 2, "项目名称", null, 7); // 3
 */
export function fieldRow(
  b: LayoutBuilder,
  row: number,
  label: string,
  value: string | number | null,
  lastCol: number,
  height?: number,
): number {
  b.put(row, 0, label, "label");
  b.merge(row, 1, row, lastCol, value, height && height > 40 ? "longText" : "text", true);
  b.name(`header.${label}`, row, 1);
  if (height) b.height(row, height);
  return row + 1;
}
