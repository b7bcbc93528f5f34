/**
 * The review page's ONE read call: a submission's bytes → what the checker needs, or why the file
 * cannot be read. Today: .xlsx/.xlsm through the lean reader (src/readers/xlsx) with the browser's
 * inflater; .xls, .et and .docx are refused with the CLI's messages. When src/readers/readAnyWorkbook.ts
 * (the file-formats work) lands, this body becomes `readAnyWorkbook(bytes, { inflate, name, … })`.
 */
import { failWorkbook as fail, type WorkbookError, type WorkbookRead } from "../readers/workbookRead";
import { readXlsx } from "../readers/xlsx/readXlsx";
import { inflateWithStreams } from "../readers/inflateWithStreams";

/** Largest submission read (50 MB, as the command line; a filled table is under 100 KB). */
const MAX_SUBMISSION_BYTES = 50 * 1024 * 1024;

/** Name of the workbook setting holding the pane's scoring settings (src/cli/xlsx/settingsKey.ts). */
const SCORING_SETTINGS_KEY = "PerfTables.scoring";

const ZIP = [0x50, 0x4b];
const COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * Never throws: a damaged, foreign or oversized file gives a WorkbookError with a message code.
 *
 * @example
 * const read = await readSubmission(new Uint8Array(await file.arrayBuffer()), file.name);
 * if (!("error" in read)) checkWorkbook(read, NATIONAL_RULES);
 */
export async function readSubmission(bytes: Uint8Array, name: string): Promise<WorkbookRead | WorkbookError> {
  if (bytes.length === 0) return fail("WORKBOOK_EMPTY", { path: name });
  if (bytes.length > MAX_SUBMISSION_BYTES) {
    return fail("WORKBOOK_TOO_LARGE", { path: name, size: megabytes(bytes.length), limit: "50.0 MB" });
  }
  if (startsWith(bytes, COMPOUND_FILE)) {
    // An encrypted .xlsx is a compound file too, holding an "EncryptionInfo" stream (names in UTF-16LE).
    return holdsUtf16(bytes, "EncryptionInfo")
      ? fail("WORKBOOK_ENCRYPTED", { path: name })
      : fail("WORKBOOK_XLS", { path: name });
  }
  if (!startsWith(bytes, ZIP)) return fail("WORKBOOK_NOT_XLSX", { path: name, format: describe(bytes) });
  try {
    return await readXlsx(bytes, { inflate: inflateWithStreams, name, settingsKey: SCORING_SETTINGS_KEY });
  } catch (error) {
    // readXlsx reports its own failures; this is the last guard so one file never stops a batch.
    return fail("WORKBOOK_CORRUPT", { path: name, detail: String((error as Error)?.message ?? error) });
  }
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

function holdsUtf16(bytes: Uint8Array, text: string): boolean {
  const first = text.charCodeAt(0);
  for (let i = bytes.indexOf(first); i >= 0; i = bytes.indexOf(first, i + 1)) {
    let j = 0;
    while (j < text.length && bytes[i + 2 * j] === text.charCodeAt(j) && bytes[i + 2 * j + 1] === 0) j++;
    if (j === text.length) return true;
  }
  return false;
}

function megabytes(n: number): string {
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}

/** What the first bytes look like, for the message (text, html, unknown). */
function describe(bytes: Uint8Array): string {
  const head = new TextDecoder("utf-8", { fatal: false }).decode(bytes.subarray(0, 256)).trimStart();
  if (/^<(!doctype html|html)/i.test(head)) return "html";
  // Text has no NUL byte; anything else is binary we cannot name.
  return bytes.subarray(0, 256).includes(0) ? "unknown" : "text";
}
