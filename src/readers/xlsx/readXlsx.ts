/**
 * The lean .xlsx reader: the zip directory, then only the parts the checker needs (workbook, its
 * relationships, shared strings, styles, the worksheets, the pane's settings), each inflated through
 * the inflater given with an output cap and a cap for the whole package, and tokenized as it is
 * scanned. Every limit is checked while reading, before memory is spent: a 10 KB file with a merge
 * over the whole sheet, 100,000 merges or a zip bomb costs milliseconds and gets its own message.
 * Pure (no Node, no DOM): the CLI, its workers and the browser review page share it.
 */
import { columnName } from "../../core/address";
import type { Grid } from "../../core/grid";
import type { ParamsOf } from "../../core/messages";
import { cellsToGrids, DEFAULT_MAX_GRID_CELLS, type ReadCell } from "../cellsToGrids";
import { InflateLimitExceeded, type Inflate } from "../inflate";
import {
  failWorkbook as fail,
  type WorkbookError,
  type WorkbookNote,
  type WorkbookRead,
} from "../workbookRead";
import { decodeUtf8 } from "./decodeUtf8";
import { hideMergedCells } from "./hideMergedCells";
import { keepMerges } from "./keepMerges";
import { listZipEntries, ZipError, type ZipEntry } from "./listZipEntries";
import type { MergeBox } from "./mergeBox";
import { parseMergeRef } from "./parseMergeRef";
import { readRelationships } from "./readRelationships";
import { readSettingsXml } from "./readSettingsXml";
import { readSharedStrings } from "./readSharedStrings";
import { MissingSharedString, readSheetXml, type SheetCell } from "./readSheetXml";
import { readStyles } from "./readStyles";
import { readWorkbookXml, type SheetEntry } from "./readWorkbookXml";
import { XmlError } from "./scanXml";
import { sheetTooLargeError } from "../sheetTooLargeError";

/** What one workbook may cost; every limit has its own message. */
export interface XlsxLimits {
  /** Most bytes one part may inflate to (default 64 MiB: a sheet of 60 rows is 30 KB). */
  readonly maxPartBytes: number;
  /** Most bytes all the parts read may inflate to together (default 256 MiB). */
  readonly maxTotalBytes: number;
  /** Most rows holding values on one worksheet (default 200,000). */
  readonly maxRows: number;
  /** Most cells one worksheet's grids may hold, and most cells kept while reading it (default 4,000,000). */
  readonly maxCells: number;
  /** Most merged ranges on one worksheet (default 100,000). */
  readonly maxMerges: number;
}

const DEFAULT_XLSX_LIMITS: XlsxLimits = {
  maxPartBytes: 64 * 1024 * 1024,
  maxTotalBytes: 256 * 1024 * 1024,
  maxRows: 200_000,
  maxCells: DEFAULT_MAX_GRID_CELLS,
  maxMerges: 100_000,
};

export interface ReadXlsxOptions {
  readonly inflate: Inflate;
  /** The file's name or path, shown in messages. */
  readonly name: string;
  readonly limits?: Partial<XlsxLimits>;
  /** Name of the web extension property holding the pane's settings (absent: not read). */
  readonly settingsKey?: string;
}

/** A failure deep in the reading, carried up to the one place that returns it. */
class ReadFailure extends Error {
  constructor(readonly failure: WorkbookError) {
    super(failure.error);
  }
}

const WORKSHEET_PART = /xl\/worksheets\/sheet(\d+)[.]xml/;
const WEB_EXTENSION_PART = /^xl\/webextensions\/webextension\d*\.xml$/i;

/**
 * Reads an .xlsx package (its bytes) into the grids of its worksheets, which sheets are hidden, the
 * settings stored by the pane and the repairs made. Never throws: a damaged or hostile package gives
 * `{ error, params }` with a workbook message code.
 *
 * @example
 * const read = await readXlsx(bytes, { inflate: (data, max) => inflateRawSync(data, { maxOutputLength: max }), name: "a.xlsx" });
 * if (!("error" in read)) read.sheets[0]?.values[0]?.[0]; // "财政项目支出绩效自评表"
 */
export async function readXlsx(
  bytes: Uint8Array,
  options: ReadXlsxOptions,
): Promise<WorkbookRead | WorkbookError> {
  const path = options.name;
  const limits = { ...DEFAULT_XLSX_LIMITS, ...options.limits };
  try {
    const parts = new PartReader(bytes, options.inflate, path, limits);
    const workbookXml = await parts.text("xl/workbook.xml");
    // Without a workbook part there are no sheets to read (the check then finds no table).
    const workbook =
      workbookXml === undefined ? { sheets: [], date1904: false } : readWorkbookXml(workbookXml);
    const relations = readRelationships(await parts.text("xl/_rels/workbook.xml.rels"));
    const sharedStringsXml = await parts.text("xl/sharedStrings.xml");
    const sharedStrings = sharedStringsXml === undefined ? [] : readSharedStrings(sharedStringsXml);
    const formats = readStyles(await parts.text("xl/styles.xml"));

    const sheets: Grid[] = [];
    const hiddenSheets = new Set<string>();
    const dropped: string[] = [];
    for (const { sheet, part } of listWorksheets(workbook.sheets, relations, parts.entries)) {
      if (sheet.state === "hidden" || sheet.state === "veryHidden") hiddenSheets.add(sheet.name);
      const xml = (await parts.text(part)) ?? "";
      const read = readSheetXml(xml, {
        sharedStrings,
        formats,
        date1904: workbook.date1904,
        maxCells: limits.maxCells,
        maxMerges: limits.maxMerges,
      });
      if (read.hyperlinks.size > 0) await dropLinkedFormulas(read.cells, read.hyperlinks, part, parts);
      const cells = read.unordered ? sortCells(read.cells) : read.cells;

      if (read.mergeCount > limits.maxMerges) {
        return fail("WORKBOOK_TOO_MANY_MERGES", {
          path,
          sheet: sheet.name,
          count: read.mergeCount,
          limit: limits.maxMerges,
        });
      }
      const merges = readMerges(read.mergeRefs);
      dropped.push(...merges.dropped);

      const rows = countRows(read.valueRows, read.unordered);
      if (rows > limits.maxRows) {
        return fail("WORKBOOK_TOO_MANY_ROWS", { path, sheet: sheet.name, rows, limit: limits.maxRows });
      }
      if (read.cellsCut) {
        return fail("WORKBOOK_SHEET_TOO_LARGE", {
          path,
          sheet: sheet.name,
          range: boundingRange(cells),
          cells: cells.length,
          limit: limits.maxCells,
        });
      }
      const shown: ReadCell[] = hideMergedCells(cells, merges.boxes).filter(
        (cell) => cell.formula !== "" || (cell.value !== null && cell.value !== ""),
      );
      const grids = cellsToGrids(sheet.name, shown, merges.ranges, limits.maxCells);
      if ("tooLarge" in grids) return sheetTooLargeError(path, sheet.name, grids, limits.maxCells);
      sheets.push(...grids);
    }
    const storedSettings =
      options.settingsKey === undefined ? undefined : await readStoredSettings(parts, options.settingsKey);
    const notes: WorkbookNote[] =
      dropped.length > 0 ? [{ code: "WORKBOOK_MERGES_REPAIRED", params: mergeNoteParams(dropped) }] : [];
    return {
      sheets,
      hiddenSheets,
      ...(storedSettings !== undefined ? { storedSettings } : {}),
      ...(notes.length > 0 ? { notes } : {}),
    };
  } catch (e) {
    if (e instanceof ReadFailure) return e.failure;
    return fail("WORKBOOK_CORRUPT", { path, detail: describe(e) });
  }
}

/** Inflates parts on demand, each within the part cap and all within the package cap. */
class PartReader {
  readonly entries: Map<string, ZipEntry>;
  private total = 0;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly inflate: Inflate,
    private readonly path: string,
    private readonly limits: XlsxLimits,
  ) {
    this.entries = listZipEntries(bytes);
  }

  /** The part decoded as UTF-8 text; undefined when the package has no such part. */
  async text(name: string): Promise<string | undefined> {
    const entry = this.entries.get(name);
    if (!entry) return undefined;
    const data = await this.inflateEntry(entry);
    return decodeUtf8(data);
  }

  private async inflateEntry(entry: ZipEntry): Promise<Uint8Array> {
    const { maxPartBytes, maxTotalBytes } = this.limits;
    const compressed = this.bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
    // The package cap applies to what is left of it, so no part can take the total past it.
    const cap = Math.min(maxPartBytes, maxTotalBytes - this.total);
    if (cap < 1) throw this.tooLarge(entry.name, cap);
    let data: Uint8Array;
    if (entry.method === 0) data = compressed;
    else if (entry.method === 8) {
      try {
        data = await this.inflate(compressed, cap);
      } catch (e) {
        if (e instanceof InflateLimitExceeded) throw this.tooLarge(entry.name, cap);
        throw new ZipError(`${entry.name}: ${describe(e)}`);
      }
    } else throw new ZipError(`${entry.name}: compression method ${entry.method} is not supported`);
    if (data.length > cap) throw this.tooLarge(entry.name, cap);
    this.total += data.length;
    return data;
  }

  private tooLarge(part: string, cap: number): ReadFailure {
    const { maxPartBytes, maxTotalBytes } = this.limits;
    if (cap < maxPartBytes) {
      return new ReadFailure(
        fail("WORKBOOK_UNPACKED_TOO_LARGE", { path: this.path, limit: formatBytes(maxTotalBytes) }),
      );
    }
    return new ReadFailure(
      fail("WORKBOOK_PART_TOO_LARGE", { path: this.path, part, limit: formatBytes(maxPartBytes) }),
    );
  }
}

/**
 * The worksheets in tab order with their parts: a sheet whose relationship is missing or points at
 * something else than a worksheet part (a chart sheet) is left out; of sheets repeating a sheetId the
 * last counts, at the place of the first (as exceljs had it).
 */
function listWorksheets(
  sheets: readonly SheetEntry[],
  relations: ReadonlyMap<string, string>,
  entries: ReadonlyMap<string, ZipEntry>,
): { sheet: SheetEntry; part: string }[] {
  const byId = new Map<number, { sheet: SheetEntry; part: string; order: number }>();
  const firstOrder = new Map<number, number>();
  sheets.forEach((sheet, order) => {
    if (!firstOrder.has(sheet.id)) firstOrder.set(sheet.id, order);
  });
  for (const sheet of sheets) {
    const target = sheet.relationId === undefined ? undefined : relations.get(sheet.relationId);
    if (target === undefined || !(sheet.id >= 1)) continue;
    const part = `xl/${target.replace(/^(\s|\/xl\/)+/, "")}`;
    if (!entries.has(part) || !WORKSHEET_PART.test(part)) continue;
    byId.set(sheet.id, { sheet, part, order: firstOrder.get(sheet.id) ?? 0 });
  }
  return [...byId.values()].sort((a, b) => a.order - b.order);
}

/** A formula cell carrying a hyperlink shows the link's text: its formula is not read (as exceljs). */
async function dropLinkedFormulas(
  cells: SheetCell[],
  hyperlinks: ReadonlyMap<string, string>,
  part: string,
  parts: PartReader,
): Promise<void> {
  const linked = cells.filter(
    (cell) => cell.formula !== "" && cell.address !== undefined && hyperlinks.has(cell.address),
  );
  if (linked.length === 0) return;
  const number = WORKSHEET_PART.exec(part)?.[1] ?? "";
  const relations = readRelationships(await parts.text(`xl/worksheets/_rels/sheet${number}.xml.rels`));
  for (const cell of linked) {
    if (relations.has(hyperlinks.get(cell.address ?? "") ?? "")) cell.formula = "";
  }
}

/** Cells by row, then column; of two at one position the later one counts. */
function sortCells(cells: readonly SheetCell[]): SheetCell[] {
  const sorted = cells
    .map((cell, order) => ({ cell, order }))
    .sort((a, b) => a.cell.r - b.cell.r || a.cell.c - b.cell.c || a.order - b.order)
    .map(({ cell }) => cell);
  return sorted.filter((cell, i) => {
    const next = sorted[i + 1];
    return !next || next.r !== cell.r || next.c !== cell.c;
  });
}

/** The merges to keep (as "A1:B2" and as boxes) and the refs dropped: unreadable, repeated or overlapping. */
function readMerges(refs: readonly string[]): { ranges: string[]; boxes: MergeBox[]; dropped: string[] } {
  const dropped: string[] = [];
  const candidates: { ref: string; box: MergeBox }[] = [];
  for (const ref of refs) {
    const box = parseMergeRef(ref);
    if (box) candidates.push({ ref, box });
    else dropped.push(ref);
  }
  const keep = keepMerges(candidates.map((candidate) => candidate.box));
  const boxes: MergeBox[] = [];
  const ranges: string[] = [];
  candidates.forEach(({ ref, box }, i) => {
    if (!keep[i]) {
      dropped.push(ref);
      return;
    }
    boxes.push(box);
    ranges.push(`${columnName(box.left)}${box.top + 1}:${columnName(box.right)}${box.bottom + 1}`);
  });
  return { ranges, boxes, dropped };
}

/**
 * Rows that hold a value or a formula. Unlike exceljs (which made an object for every merged cell and
 * counted their rows), a merge adds no rows: a merge over the whole sheet below a table is read, not
 * refused as a million-row sheet.
 */
function countRows(valueRows: readonly number[], unordered: boolean): number {
  if (!unordered) return valueRows.length;
  return new Set(valueRows).size;
}

async function readStoredSettings(parts: PartReader, key: string): Promise<unknown> {
  for (const name of parts.entries.keys()) {
    if (!WEB_EXTENSION_PART.test(name)) continue;
    const xml = (await parts.text(name)) ?? "";
    try {
      const { found, value } = readSettingsXml(xml, key);
      if (found) return value;
    } catch (e) {
      // A damaged settings part loses the settings, not the workbook: the reviewer's rules apply. When
      // it names our key, its raw text stands for the settings, so the check says they are unreadable
      // (SETTINGS_INVALID) instead of passing over them in silence.
      if (!(e instanceof XmlError)) throw e;
      if (xml.includes(key)) return xml;
    }
  }
  return undefined;
}

function boundingRange(cells: readonly SheetCell[]): string {
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  for (const { r, c } of cells) {
    top = Math.min(top, r);
    left = Math.min(left, c);
    bottom = Math.max(bottom, r);
    right = Math.max(right, c);
  }
  if (top === Infinity) return "A1";
  return `${columnName(left)}${top + 1}:${columnName(right)}${bottom + 1}`;
}

function mergeNoteParams(dropped: readonly string[]): ParamsOf<"WORKBOOK_MERGES_REPAIRED"> {
  const shown = dropped.slice(0, 5).join("、");
  return { count: dropped.length, ranges: dropped.length > 5 ? `${shown}…` : shown };
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} B`;
}

function describe(e: unknown): string {
  if (e instanceof MissingSharedString || e instanceof XmlError || e instanceof ZipError)
    return clip(e.message);
  return clip(e instanceof Error ? e.message : String(e));
}

function clip(text: string): string {
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}
