/**
 * The review page's ONE read call: a submission's bytes → what the checker needs, or why the file
 * cannot be read. The same readers as the command line (src/readers/readAnyWorkbook: the format told by
 * the bytes; .xlsx/.xlsm through the lean reader with the browser's inflater, .xls/.et through SheetJS
 * loaded on demand, .docx tables), without the LibreOffice conversion (.doc/.wps ask to be saved as
 * .docx).
 */
import { readAnyWorkbook, type AnyWorkbookRead } from "../readers/readAnyWorkbook";
import { failWorkbook as fail } from "../readers/workbookRead";
import { readXlsx } from "../readers/xlsx/readXlsx";
import { inflateWithStreams } from "../readers/inflateWithStreams";

/** Largest submission read (50 MB, as the command line; a filled table is under 100 KB). */
const MAX_SUBMISSION_BYTES = 50 * 1024 * 1024;

/** Name of the workbook setting holding the pane's scoring settings (src/cli/xlsx/settingsKey.ts). */
const SCORING_SETTINGS_KEY = "PerfTables.scoring";

/**
 * Never throws: a damaged, foreign or oversized file gives a WorkbookError with a message code.
 *
 * @example
 * const { read } = await readSubmission(new Uint8Array(await file.arrayBuffer()), file.name);
 * if (!("error" in read)) checkWorkbook(read, NATIONAL_RULES);
 */
export async function readSubmission(bytes: Uint8Array, name: string): Promise<AnyWorkbookRead> {
  if (bytes.length > MAX_SUBMISSION_BYTES) {
    return {
      format: "unknown",
      read: fail("WORKBOOK_TOO_LARGE", { path: name, size: megabytes(bytes.length), limit: "50.0 MB" }),
    };
  }
  try {
    return await readAnyWorkbook(bytes, {
      name,
      readXlsx: (data, path) =>
        readXlsx(data, { inflate: inflateWithStreams, name: path, settingsKey: SCORING_SETTINGS_KEY }),
    });
  } catch (error) {
    // The readers report their own failures; this is the last guard so one file never stops a batch.
    const detail = String((error as Error)?.message ?? error);
    return { format: "unknown", read: fail("WORKBOOK_CORRUPT", { path: name, detail }) };
  }
}

function megabytes(n: number): string {
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}
