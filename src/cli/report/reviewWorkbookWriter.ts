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
/** Bytes of a sheet's XML let wait at the zip's input before the rows wait for the zip. */
const ZIP_BACKLOG = 1024 * 1024;

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
        await writeFileAtomically(outPath, (file) => writeWorkbook(excel, file, outPath, spools));
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
  let created = false;
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
  readonly zip: {
    append: (source: string | NodeJS.ReadableStream, data: { name: string }) => unknown;
  };
  _openStream(path: string): PartStream;
}
/** What exceljs writes a part through (its StreamBuf, or a {@link fileSink} for a sheet's links). */
interface PartStream {
  write(data: unknown, ...rest: unknown[]): unknown;
  end(): unknown;
}
interface SheetInternals {
  /** exceljs's StreamBuf of the sheet's part; `pipes` holds the zip's input once the zip reached it. */
  readonly stream: PartStream & { readonly pipes: readonly ZipInput[] };
  readonly _sheetRelsWriter: {
    addHyperlink(hyperlink: { address: string; target: string }): void;
    readonly _hyperlinks: { rId: string; address: string }[];
  };
  /** What WorksheetWriter.commit writes after the rows, in this order, up to the links. */
  _writeCloseSheetData(): void;
  _writeAutoFilter(): void;
  _writeMergeCells(): void;
  _writeHyperlinks(): void;
}
/** The zip's input for a part: a PassThrough of readable-stream 2 (no `writableLength` there). */
type ZipInput = NodeJS.WritableStream & {
  readonly writableLength?: number;
  readonly _writableState?: { readonly length: number };
};

/** A sheet's relationships part (its links), which the zip takes only after the sheet's own part. */
const SHEET_RELS = /^xl\/worksheets\/_rels\/sheet\d+\.xml\.rels$/;

/**
 * exceljs's streaming writer with the review mark: a digest of each worksheet part fed as it is
 * written (the sheets are written one after the other, in name order), docProps/custom.xml holding it,
 * and the content type and package relationship that declare that part. A sheet's relationships, one
 * per link and written while the sheet is, go to a file (`relsFile`) rather than wait in memory until
 * the zip has taken the sheet; they are zipped from it after the sheet (`zipRels`).
 */
function reviewWriterClass(
  excel: typeof ExcelJS,
  relsFile: (name: string) => string,
): new (
  options: Partial<ExcelJS.stream.xlsx.WorkbookStreamWriterOptions>,
) => ExcelJS.stream.xlsx.WorkbookWriter & {
  zipRels(): void;
} {
  const Base = excel.stream.xlsx.WorkbookWriter;
  const internals = (writer: unknown): WriterInternals => writer as WriterInternals;
  /** Runs `add` with the next part appended to the zip edited by `edit`. */
  const editingNextPart = <T>(writer: unknown, edit: (xml: string) => string, add: () => T): T => {
    const zip = internals(writer).zip;
    const append = zip.append;
    zip.append = (source, data) => append.call(zip, typeof source === "string" ? edit(source) : source, data);
    try {
      return add();
    } finally {
      zip.append = append;
    }
  };
  return class ReviewWriter extends Base {
    private readonly digest = reviewDigest();
    /** Relationship parts written to files and not zipped yet: part name → file. */
    private readonly rels = new Map<string, string>();

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

    /** Zips the relationship parts written so far (call after committing a sheet). */
    zipRels(): void {
      for (const [name, path] of this.rels) {
        internals(this).zip.append(createReadStream(path), { name });
      }
      this.rels.clear();
    }

    _openStream(path: string): PartStream {
      const name = path.replace(/^\//, "");
      if (SHEET_RELS.test(name)) {
        const file = relsFile(name);
        this.rels.set(name, file);
        return fileSink(file);
      }
      const stream = (Base.prototype as unknown as WriterInternals)._openStream.call(this, path);
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

/** A part written straight to a new file, in pieces of {@link SPOOL_CHUNK} characters. */
function fileSink(path: string): PartStream {
  const fd = openSync(path, "wx", 0o600);
  let buffered = "";
  const flush = (): void => {
    writeSync(fd, buffered);
    buffered = "";
  };
  return {
    write(data) {
      buffered += typeof data === "string" ? data : bytesOf(data).toString("utf8");
      if (buffered.length >= SPOOL_CHUNK) flush();
      return true;
    },
    end() {
      flush();
      closeSync(fd);
    },
  };
}

/** What exceljs writes to a part's stream, as the bytes that go into the part. */
function bytesOf(data: unknown): Buffer {
  if (Buffer.isBuffer(data)) return data;
  if (typeof data === "string") return Buffer.from(data, "utf8");
  // exceljs's StringBuf
  return (data as { toBuffer(): Buffer }).toBuffer();
}

/** The escapes exceljs's XML writer makes in an attribute (and the control characters it drops). */
const ATTRIBUTE_ESCAPES: Readonly<Record<string, string>> = {
  '"': "&quot;",
  "&": "&amp;",
  "'": "&apos;",
  "<": "&lt;",
  ">": "&gt;",
};
const escapeAttribute = (text: string): string =>
  // eslint-disable-next-line no-control-regex
  text.replace(/["&'<>\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, (ch) => ATTRIBUTE_ESCAPES[ch] ?? "");

/**
 * The sheet's links as they are added: the relationship (written by exceljs to the relationships
 * file) holds the file, the part of the link before `#`; the `<hyperlink>` element, with the place
 * after `#` in its `location`, goes to `links` (exceljs's streaming writer would write the whole link
 * into the relationship, no `location`, and keep every element in memory until the sheet ends).
 */
function collectLinks(sheet: ExcelJS.Worksheet, links: PartStream): void {
  const rels = (sheet as unknown as SheetInternals)._sheetRelsWriter;
  const addHyperlink = rels.addHyperlink.bind(rels);
  rels.addHyperlink = (hyperlink) => {
    const at = hyperlink.target.indexOf("#");
    addHyperlink(at < 0 ? hyperlink : { ...hyperlink, target: hyperlink.target.slice(0, at) });
    const added = rels._hyperlinks.pop();
    if (!added) return;
    const location = at < 0 ? "" : ` location="${escapeAttribute(hyperlink.target.slice(at + 1))}"`;
    links.write(`<hyperlink ref="${added.address}" r:id="${added.rId}"${location}/>`);
  };
}

/**
 * Ends the sheet: what WorksheetWriter.commit writes after the rows up to its links, then the links
 * from `links` (a file of `<hyperlink>` elements), a piece at a time with the zip let drain in between,
 * then the rest by commit itself.
 */
async function finishSheet(
  sheet: ExcelJS.Worksheet,
  zipInput: ZipInput,
  links: { readonly path: string; readonly count: number },
): Promise<void> {
  const writer = sheet as unknown as SheetInternals;
  writer._writeCloseSheetData();
  writer._writeAutoFilter();
  writer._writeMergeCells();
  if (links.count > 0) {
    writer.stream.write("<hyperlinks>");
    for await (const piece of createReadStream(links.path, { encoding: "utf8" })) {
      writer.stream.write(piece);
      await drained(zipInput);
    }
    writer.stream.write("</hyperlinks>");
  }
  const done = (): void => undefined;
  writer._writeCloseSheetData = done;
  writer._writeAutoFilter = done;
  writer._writeMergeCells = done;
  writer._writeHyperlinks = done;
  sheet.commit();
}

/** Waits while more than {@link ZIP_BACKLOG} bytes wait at the zip's input. */
async function drained(zipInput: ZipInput): Promise<void> {
  const waiting = zipInput.writableLength ?? zipInput._writableState?.length ?? 0;
  // Over the mark a write has been refused, so "drain" comes once the backlog is zipped.
  if (waiting <= ZIP_BACKLOG) return;
  // A zip that failed elsewhere never drains: give up after ZIP_WAIT_MS rather than hang the run.
  const stop = new AbortController();
  const timer = setTimeout(() => stop.abort(), ZIP_WAIT_MS);
  try {
    await once(zipInput, "drain", { signal: stop.signal });
  } catch (error) {
    throw stop.signal.aborted ? new Error("the review workbook's zip stopped") : error;
  } finally {
    clearTimeout(timer);
  }
}

async function writeWorkbook(
  excel: typeof ExcelJS,
  file: FileHandle,
  outPath: string,
  spools: readonly Spool[],
): Promise<void> {
  // On the descriptor rather than the FileHandle: a handle's own stream holds it open, and the caller
  // still syncs and closes it.
  const out = createWriteStream("", { fd: file.fd, autoClose: false });
  const temporary: string[] = [];
  const temporaryFile = (suffix: string): string => {
    const path = temporaryPath(outPath, suffix);
    temporary.push(path);
    return path;
  };
  const ReviewWriter = reviewWriterClass(excel, () => temporaryFile("rels"));
  try {
    const workbook = new ReviewWriter({ stream: out, useStyles: true, useSharedStrings: false });
    workbook.creator = "perf-tables";
    workbook.title = REVIEW_TITLE;
    // One sheet after the other: each is zipped as it is written, and the digest takes them in order.
    for (const [i, definition] of REVIEW_SHEETS.entries()) {
      const sheet = addReviewSheet(workbook, definition, true);
      const linksPath = temporaryFile("links");
      const links = fileSink(linksPath);
      let count = 0;
      collectLinks(sheet, {
        write: (element) => {
          count++;
          return links.write(element);
        },
        end: () => links.end(),
      });
      // exceljs's sheet stream, paused, passes on what is written only once the zip has reached its
      // part: written and ended before, it would never be zipped.
      const zipInput = await zipReached(sheet);
      sheet.getRow(1).commit();
      const rows = spools[i];
      if (rows?.created) await copyRows(rows.path, sheet, zipInput);
      links.end();
      await finishSheet(sheet, zipInput, { path: linksPath, count });
      workbook.zipRels();
    }
    await workbook.commit();
  } finally {
    for (const path of temporary) {
      try {
        unlinkSync(path);
      } catch {
        // Never created.
      }
      forgetTemporary(path);
    }
  }
}

/** Waits for the zip to take the sheet's part (the parts before it zipped); the zip's input. */
async function zipReached(sheet: ExcelJS.Worksheet): Promise<ZipInput> {
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
 * The spooled rows into the sheet, committed one by one; every {@link ROWS_PER_TURN} rows, while more
 * than {@link ZIP_BACKLOG} bytes wait at the zip's input, the zip is let drain it: exceljs passes on
 * what it is given without waiting (exceljs#734), so without this the whole sheet piles up in memory.
 */
async function copyRows(path: string, sheet: ExcelJS.Worksheet, zipInput: ZipInput): Promise<void> {
  const input = createReadStream(path, { encoding: "utf8" });
  let count = 0;
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    addReviewRow(sheet, JSON.parse(line) as ReviewRow).commit();
    if (++count % ROWS_PER_TURN === 0) await drained(zipInput);
  }
}
