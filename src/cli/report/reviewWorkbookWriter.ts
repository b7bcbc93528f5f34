/**
 * The review workbook written file by file: each checked file's rows go to a spool file per sheet as
 * they come (JSON lines, next to the report, removed after), and at the end exceljs's streaming writer
 * writes the sheets one after the other from the spools into the report's temporary file. Nothing per
 * file stays in memory, however many files are checked (the sheets cannot be streamed straight into
 * the package while the files come in: its parts are written one at a time, and exceljs keeps every
 * sheet but the one being zipped in memory).
 */
import { closeSync, createReadStream, createWriteStream, openSync, unlinkSync, writeSync } from "node:fs";
import type { FileHandle } from "node:fs/promises";
import { once } from "node:events";
import type { Writable } from "node:stream";
import { dirname, resolve } from "node:path";
import { createInterface } from "node:readline";
import type ExcelJS from "exceljs";
import type { CheckedFile } from "../../check/checkedFile";
import { loadExcelJS } from "../xlsx/loadExcelJS";
import {
  REVIEW_MARK_CONTENT_TYPE,
  REVIEW_MARK_PART,
  REVIEW_MARK_RELATIONSHIP,
  REVIEW_MARKED_PART,
  reviewDigest,
  reviewMarkXml,
} from "../xlsx/markReviewPackage";
import { REVIEW_TITLE } from "../xlsx/reviewTitle";
import { forgetTemporary, temporaryPath, writeFileAtomically } from "../xlsx/writeFileAtomically";
import {
  addReviewRow,
  addReviewSheet,
  REVIEW_SHEETS,
  reviewRows,
  type ReviewNaming,
  type ReviewRow,
} from "./buildReviewWorkbook";
import { shortPath } from "./formatHuman";
import { reportLink } from "./reportLink";

/** Writes the review workbook one checked file at a time; see {@link reviewWorkbookWriter}. */
export interface ReviewWorkbookWriter {
  /** Adds one checked file's rows (to the spools). */
  add(file: CheckedFile): void;
  /** Writes the workbook to its path, atomically and marked as ours; rejects when it could not. */
  end(): Promise<void>;
  /** Removes the spools without writing anything (the run stopped). */
  discard(): void;
}

/** Spooled rows written to disk in pieces of about this many characters. */
const SPOOL_CHUNK = 64 * 1024;
/** Rows handed to the zip between two turns of the event loop, so the compressor keeps up. */
const ROWS_PER_TURN = 100;
/** How long the zip may take to reach a sheet's part (the parts before it are small). */
const ZIP_WAIT_MS = 60_000;

/**
 * The reviewer's workbook (buildReviewWorkbook's sheets: 汇总, 问题, 得分说明) for `outPath`, names
 * relative to `cwd`, each a link that opens the submission at the cell (a path relative to the report,
 * the cell in `location`). Writes only to `outPath`, which the caller has checked is not one of the
 * inputs, through a temporary file renamed over it, and to spool files beside it while the run lasts.
 * exceljs is loaded at `end`.
 *
 * @example
 * const review = reviewWorkbookWriter("/home/me/review.xlsx", "/home/me");
 * for (const file of checked) review.add(file);
 * await review.end();
 */
export function reviewWorkbookWriter(outPath: string, cwd: string): ReviewWorkbookWriter {
  const reportDir = dirname(resolve(outPath));
  const naming: ReviewNaming = {
    name: (path) => shortPath(path, cwd),
    link: (path, sheet, cell) => reportLink(path, reportDir, sheet, cell),
  };
  const spools = REVIEW_SHEETS.map(() => spool(outPath));
  // A spool that cannot be written fails the report, not the run: the error is thrown by `end`.
  let failure: Error | undefined;
  return {
    add(file) {
      if (failure !== undefined) return;
      try {
        const rows = reviewRows(file, naming);
        REVIEW_SHEETS.forEach((sheet, i) => spools[i]?.add(rows[sheet.key]));
      } catch (error) {
        failure = error instanceof Error ? error : new Error(String(error));
      }
    },
    async end() {
      try {
        if (failure !== undefined) throw failure;
        for (const s of spools) s.close();
        const excel = await loadExcelJS();
        await writeFileAtomically(outPath, (file) => writeWorkbook(excel, file, spools));
      } finally {
        for (const s of spools) s.remove();
      }
    },
    discard() {
      for (const s of spools) s.remove();
    },
  };
}

interface Spool {
  readonly path: string;
  /** Whether a row was written (the file exists). */
  readonly created: boolean;
  add(rows: readonly ReviewRow[]): void;
  /** Flushes what is buffered and closes the file. */
  close(): void;
  remove(): void;
}

/** A file of rows, one JSON line each, created on the first row. */
function spool(outPath: string): Spool {
  const path = temporaryPath(outPath, "rows");
  let fd: number | undefined;
  let buffered = "";
  const flush = (): void => {
    if (buffered === "") return;
    if (fd === undefined) {
      fd = openSync(path, "wx", 0o600);
      created = true;
    }
    writeSync(fd, buffered);
    buffered = "";
  };
  let created = false;
  return {
    path,
    get created() {
      return created;
    },
    add(rows) {
      for (const row of rows) buffered += `${JSON.stringify(row)}\n`;
      if (buffered.length >= SPOOL_CHUNK) flush();
    },
    close() {
      flush();
      if (fd !== undefined) closeSync(fd);
      fd = undefined;
    },
    remove() {
      if (fd !== undefined) closeSync(fd);
      fd = undefined;
      try {
        unlinkSync(path);
      } catch {
        // Never created (no row) or already removed.
      }
      forgetTemporary(path);
    },
  };
}

/** The parts of exceljs's streaming writer used here beyond its typed interface (exceljs 4.4). */
interface WriterInternals {
  readonly zip: { append: (source: string, data: { name: string }) => unknown };
  _openStream(path: string): StreamInternals;
}
interface StreamInternals {
  write(data: unknown, ...rest: unknown[]): unknown;
}
interface SheetInternals {
  /** exceljs's StreamBuf of the sheet's part; `pipes` holds the zip's input once the zip reached it. */
  readonly stream: { readonly pipes: readonly Writable[] };
  readonly _sheetRelsWriter: {
    addHyperlink(hyperlink: { address: string; target: string }): void;
    readonly _hyperlinks: { target?: string }[];
  };
}

/**
 * exceljs's streaming writer with the review mark: a digest of each worksheet part fed as it is
 * written (the sheets are written one after the other, in name order), docProps/custom.xml holding it,
 * and the content type and package relationship that declare that part.
 */
function reviewWriterClass(
  excel: typeof ExcelJS,
): new (
  options: Partial<ExcelJS.stream.xlsx.WorkbookStreamWriterOptions>,
) => ExcelJS.stream.xlsx.WorkbookWriter {
  const Base = excel.stream.xlsx.WorkbookWriter;
  const internals = (writer: unknown): WriterInternals => writer as WriterInternals;
  /** Runs `add` with the next part appended to the zip edited by `edit`. */
  const editingNextPart = <T>(writer: unknown, edit: (xml: string) => string, add: () => T): T => {
    const zip = internals(writer).zip;
    const append = zip.append;
    zip.append = (source, data) => append.call(zip, edit(String(source)), data);
    try {
      return add();
    } finally {
      zip.append = append;
    }
  };
  return class ReviewWriter extends Base {
    private readonly digest = reviewDigest();

    // Called by exceljs's constructor: the package relationships, with the mark's.
    override addOfficeRels(): Promise<void> {
      return editingNextPart(
        this,
        (xml) => xml.replace("</Relationships>", `${REVIEW_MARK_RELATIONSHIP}</Relationships>`),
        () => super.addOfficeRels(),
      );
    }

    // Called after every sheet is committed: the content types, with the mark's; then the mark.
    override addContentTypes(): Promise<void> {
      const added = editingNextPart(
        this,
        (xml) => xml.replace("</Types>", `${REVIEW_MARK_CONTENT_TYPE}</Types>`),
        () => super.addContentTypes(),
      );
      internals(this).zip.append(reviewMarkXml(this.digest.digest("hex")), { name: REVIEW_MARK_PART });
      return added;
    }

    _openStream(path: string): StreamInternals {
      const stream = (Base.prototype as unknown as WriterInternals)._openStream.call(this, path);
      const name = path.replace(/^\//, "");
      if (!REVIEW_MARKED_PART.test(name)) return stream;
      const digest = this.digest;
      digest.update(`${name}\n`);
      const write = stream.write.bind(stream);
      stream.write = (data, ...rest) => {
        digest.update(bytesOf(data));
        return write(data, ...rest);
      };
      return stream;
    }
  };
}

/** What exceljs writes to a part's stream, as the bytes that go into the part. */
function bytesOf(data: unknown): Buffer {
  if (Buffer.isBuffer(data)) return data;
  if (typeof data === "string") return Buffer.from(data, "utf8");
  // exceljs's StringBuf
  return (data as { toBuffer(): Buffer }).toBuffer();
}

/**
 * A link's relationship holds the file (the part of the link before `#`), its `location` the place in
 * it (after `#`): exceljs's streaming writer would write the whole link into the relationship only.
 */
function splitLinks(sheet: ExcelJS.Worksheet): void {
  const rels = (sheet as unknown as SheetInternals)._sheetRelsWriter;
  const addHyperlink = rels.addHyperlink.bind(rels);
  rels.addHyperlink = (hyperlink) => {
    const at = hyperlink.target.indexOf("#");
    if (at < 0) {
      addHyperlink(hyperlink);
      return;
    }
    addHyperlink({ ...hyperlink, target: hyperlink.target.slice(0, at) });
    const added = rels._hyperlinks[rels._hyperlinks.length - 1];
    if (added) added.target = hyperlink.target.slice(at + 1);
  };
}

async function writeWorkbook(
  excel: typeof ExcelJS,
  file: FileHandle,
  spools: readonly Spool[],
): Promise<void> {
  // On the descriptor rather than the FileHandle: a handle's own stream holds it open, and the caller
  // still syncs and closes it.
  const out = createWriteStream("", { fd: file.fd, autoClose: false });
  const ReviewWriter = reviewWriterClass(excel);
  const workbook = new ReviewWriter({ stream: out, useStyles: true, useSharedStrings: false });
  workbook.creator = "perf-tables";
  workbook.title = REVIEW_TITLE;
  // One sheet after the other: each is zipped as it is written, and the digest takes them in order.
  for (const [i, definition] of REVIEW_SHEETS.entries()) {
    const sheet = addReviewSheet(workbook, definition, true);
    splitLinks(sheet);
    // exceljs's sheet stream, paused, passes on what is written only once the zip has reached its part:
    // written and ended before, it would never be zipped.
    const zipInput = await zipReached(sheet);
    sheet.getRow(1).commit();
    const rows = spools[i];
    if (rows?.created) await copyRows(rows.path, sheet, zipInput);
    sheet.commit();
  }
  await workbook.commit();
}

/** Waits for the zip to take the sheet's part (the parts before it zipped); the zip's input. */
async function zipReached(sheet: ExcelJS.Worksheet): Promise<Writable> {
  const stream = (sheet as unknown as SheetInternals).stream;
  const started = Date.now();
  for (;;) {
    const input = stream.pipes[0];
    if (input) return input;
    if (Date.now() - started > ZIP_WAIT_MS) throw new Error("the review workbook's zip stopped");
    await new Promise((next) => setTimeout(next, 1));
  }
}

/**
 * The spooled rows into the sheet, committed one by one; every {@link ROWS_PER_TURN} rows the zip's
 * input is let drain, so what is written is zipped and written out, not piled up in memory.
 */
async function copyRows(path: string, sheet: ExcelJS.Worksheet, zipInput: Writable): Promise<void> {
  const input = createReadStream(path, { encoding: "utf8" });
  let count = 0;
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    addReviewRow(sheet, JSON.parse(line) as ReviewRow).commit();
    if (++count % ROWS_PER_TURN !== 0) continue;
    if (zipInput.writableNeedDrain) await once(zipInput, "drain");
    else await new Promise((next) => setImmediate(next));
  }
}
