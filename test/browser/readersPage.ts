/**
 * The readers as the browser review page runs them: bundled for the browser (no Node built-ins can
 * resolve there) and exposed to the page as `perfReaders.read(bytes, name)`. Built by
 * test/browser/readers.test.ts with the esbuild command line.
 */
import { readAnyWorkbook } from "../../src/readers/readAnyWorkbook";
import { failWorkbook } from "../../src/readers/workbookRead";

async function read(bytes: Uint8Array, name: string): Promise<unknown> {
  const { format, read: result } = await readAnyWorkbook(bytes, {
    name,
    // The .xlsx reader is not under test here: the page plugs in its own.
    readXlsx: () => Promise.resolve(failWorkbook("WORKBOOK_NOT_XLSX", { path: name, format: "xlsx" })),
  });
  if ("error" in result) return { format, error: result.error };
  return { format, sheets: result.sheets, hidden: [...result.hiddenSheets] };
}

(globalThis as unknown as { perfReaders: { read: typeof read } }).perfReaders = { read };
