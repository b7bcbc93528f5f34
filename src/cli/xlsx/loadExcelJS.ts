import type ExcelJS from "exceljs";

/**
 * exceljs, loaded on first use: only the commands that write a workbook (template, check --report)
 * pay for it; `--help`, `template --list` and `check` start without it.
 *
 * @example
 * const { Workbook } = await loadExcelJS();
 * const workbook = new Workbook();
 */
export async function loadExcelJS(): Promise<typeof ExcelJS> {
  const loaded = (await import("exceljs")) as typeof ExcelJS & { default?: typeof ExcelJS };
  // Node's ESM loader gives a CommonJS module as `default`; bundlers and ts-jest give it as it is.
  return loaded.default ?? loaded;
}
