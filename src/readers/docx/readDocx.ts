/**
 * Word .docx documents: every table (w:tbl) read into a grid, with its merges (gridSpan across,
 * vMerge down) and the paragraphs just above it as title lines (财政项目支出绩效自评表, （2024年度）,
 * 项目名称：…), so that a self-evaluation table filled in Word is checked like one filled in Excel.
 * The package is opened with jszip and its XML read with saxes (a real XML parser, never regular
 * expressions). Pure: runs in the CLI and in the browser review page.
 */
import JSZip from "jszip";
import { SaxesParser, type SaxesTagNS } from "saxes";
import type { CellValue, Grid } from "../../core/grid";
import { toRange } from "../../core/address";
import { cellsToGrids, DEFAULT_MAX_GRID_CELLS, type ReadCell } from "../cellsToGrids";
import { failWorkbook, type WorkbookError, type WorkbookRead } from "../workbookRead";
import { sheetTooLargeError } from "../sheetTooLargeError";

export interface ReadDocxOptions {
  /** Shown in messages. */
  readonly name: string;
  /** Most cells one table's grid may hold (default 4,000,000). */
  readonly maxCells?: number;
}

/** Paragraphs above a table kept as its title lines (the last ones before it; prose further up is not). */
const MAX_TITLE_LINES = 6;
/** word/document.xml larger than this once inflated is refused (a zip bomb, not a form). */
const MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;

/**
 * One grid per table, in document order; a nested table gets a grid of its own.
 *
 * @example
 * const read = await readDocx(bytes, { name: "自评表.docx" });
 * if (!("error" in read)) read.sheets.map((grid) => grid.sheet); // → ["表格1", "表格2"]
 */
export async function readDocx(
  bytes: Uint8Array,
  options: ReadDocxOptions,
): Promise<WorkbookRead | WorkbookError> {
  const path = options.name;
  const maxCells = options.maxCells ?? DEFAULT_MAX_GRID_CELLS;
  let tables: ParsedTable[];
  try {
    const zip = await JSZip.loadAsync(bytes);
    const part = zip.file("word/document.xml");
    if (!part) return failWorkbook("WORKBOOK_DOCX_CORRUPT", { path, detail: "word/document.xml missing" });
    // jszip knows each part's inflated size from the zip directory before inflating it.
    const size = (part as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0;
    if (size > MAX_DOCUMENT_BYTES) {
      return failWorkbook("WORKBOOK_DOCX_CORRUPT", { path, detail: `word/document.xml: ${size} bytes` });
    }
    tables = parseTables(await part.async("string"));
  } catch (e) {
    const detail = (e instanceof Error ? e.message : String(e)).slice(0, 200);
    return failWorkbook("WORKBOOK_DOCX_CORRUPT", { path, detail });
  }
  if (tables.length === 0) return failWorkbook("WORKBOOK_DOCX_NO_TABLE", { path });
  const sheets: Grid[] = [];
  for (const [index, table] of tables.entries()) {
    const sheet = `表格${index + 1}`;
    const { cells, merges } = layOutTable(table);
    const grids = cellsToGrids(sheet, cells, merges, maxCells);
    if ("tooLarge" in grids) return sheetTooLargeError(path, sheet, grids, maxCells);
    sheets.push(...grids);
  }
  return { sheets, hiddenSheets: new Set() };
}

interface ParsedCell {
  /** Text of each paragraph in the cell. */
  readonly paragraphs: string[];
  /** Grid columns the cell spans (w:gridSpan). */
  span: number;
  /** w:vMerge: "restart" starts a merge down, "continue" extends the one above; null: none. */
  vMerge: "restart" | "continue" | null;
}

interface ParsedRow {
  /** Grid columns left empty before the first cell (w:gridBefore). */
  before: number;
  readonly cells: ParsedCell[];
}

interface ParsedTable {
  readonly titles: readonly string[];
  readonly rows: ParsedRow[];
}

/** Transitional and Strict WordprocessingML. */
const WORD_NAMESPACES = new Set([
  "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
  "http://purl.oclc.org/ooxml/wordprocessingml/main",
]);
const MARKUP_COMPATIBILITY = "http://schemas.openxmlformats.org/markup-compatibility/2006";

/** The tables of word/document.xml in the order they open, each with the paragraphs above it. */
function parseTables(xml: string): ParsedTable[] {
  const parser = new SaxesParser({ xmlns: true });
  const done: { order: number; table: ParsedTable }[] = [];
  const open: { order: number; table: ParsedTable }[] = [];
  let opened = 0;
  // Body paragraphs since the last top-level table: the next table's title lines.
  let bodyParagraphs: string[] = [];
  let paragraph: string[] | null = null;
  let inText = false;
  // Content that must not be read: fallbacks of markup-compatibility blocks (the same content twice)
  // and text boxes (floating shapes, not the paragraph they are anchored in).
  let skipped = 0;

  const top = (): ParsedTable | undefined => open[open.length - 1]?.table;
  const currentRow = (): ParsedRow | undefined => {
    const rows = top()?.rows;
    return rows?.[rows.length - 1];
  };
  const currentCell = (): ParsedCell | undefined => {
    const cells = currentRow()?.cells;
    return cells?.[cells.length - 1];
  };
  const attribute = (node: SaxesTagNS, local: string): string | undefined => {
    for (const attr of Object.values(node.attributes)) {
      if (attr.local === local && (attr.uri === "" || WORD_NAMESPACES.has(attr.uri))) return attr.value;
    }
    return undefined;
  };

  parser.on("opentag", (node) => {
    if (node.uri === MARKUP_COMPATIBILITY && node.local === "Fallback") skipped++;
    if (!WORD_NAMESPACES.has(node.uri)) return;
    if (node.local === "txbxContent") skipped++;
    if (skipped > 0) return;
    switch (node.local) {
      case "tbl": {
        // Only a top-level table has title lines; a nested table's text above it belongs to its cell.
        const titles = open.length === 0 ? bodyParagraphs.slice(-MAX_TITLE_LINES) : [];
        if (open.length === 0) bodyParagraphs = [];
        open.push({ order: opened++, table: { titles, rows: [] } });
        break;
      }
      case "tr":
        top()?.rows.push({ before: 0, cells: [] });
        break;
      case "gridBefore": {
        const row = currentRow();
        if (row) row.before = toCount(attribute(node, "val"), 0);
        break;
      }
      case "tc":
        currentRow()?.cells.push({ paragraphs: [], span: 1, vMerge: null });
        break;
      case "gridSpan": {
        const cell = currentCell();
        if (cell) cell.span = toCount(attribute(node, "val"), 1);
        break;
      }
      case "vMerge": {
        const cell = currentCell();
        // <w:vMerge/> without a value continues the merge above.
        if (cell) cell.vMerge = attribute(node, "val") === "restart" ? "restart" : "continue";
        break;
      }
      case "p":
        paragraph = [];
        break;
      case "t":
        inText = true;
        break;
      case "tab":
        paragraph?.push(" ");
        break;
      case "br":
      case "cr":
        paragraph?.push("\n");
        break;
    }
  });

  parser.on("text", (text) => {
    if (inText && skipped === 0) paragraph?.push(text);
  });

  parser.on("closetag", (node) => {
    if (node.uri === MARKUP_COMPATIBILITY && node.local === "Fallback") skipped--;
    if (!WORD_NAMESPACES.has(node.uri)) return;
    if (node.local === "txbxContent") {
      skipped--;
      return;
    }
    if (skipped > 0) return;
    if (node.local === "t") inText = false;
    else if (node.local === "p" && paragraph) {
      const text = paragraph.join("").trim();
      paragraph = null;
      const cell = currentCell();
      if (open.length > 0) cell?.paragraphs.push(text);
      else if (text !== "") bodyParagraphs.push(text);
    } else if (node.local === "tbl") {
      const closed = open.pop();
      if (closed) done.push(closed);
    }
  });

  parser.write(xml).close();
  return done.sort((a, b) => a.order - b.order).map((entry) => entry.table);
}

function toCount(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? Math.min(n, 1024) : fallback;
}

/**
 * The table's cells and merges on a grid: title lines first (each merged across the table's width,
 * as a spreadsheet's title row), then the rows, each cell at the grid column its row's spans put it.
 */
function layOutTable(table: ParsedTable): { cells: ReadCell[]; merges: string[] } {
  const cells: ReadCell[] = [];
  const merges: string[] = [];
  const width = Math.max(
    1,
    ...table.rows.map((row) => row.cells.reduce((sum, cell) => sum + cell.span, row.before)),
  );
  table.titles.forEach((title, r) => {
    cells.push({ r, c: 0, value: title, formula: "" });
    if (width > 1) merges.push(toRange(r, 0, r, width - 1));
  });
  // Merges down still open, by their first column: where they start and how wide they are.
  const down = new Map<number, { top: number; bottom: number; span: number }>();
  const closeDown = (c: number): void => {
    const merge = down.get(c);
    if (!merge) return;
    down.delete(c);
    if (merge.bottom > merge.top || merge.span > 1) {
      merges.push(toRange(merge.top, c, merge.bottom, c + merge.span - 1));
    }
  };
  table.rows.forEach((row, index) => {
    const r = table.titles.length + index;
    let c = row.before;
    for (const cell of row.cells) {
      const merge = down.get(c);
      if (cell.vMerge === "continue" && merge) {
        merge.bottom = r;
      } else {
        closeDown(c);
        const value = toCellValue(cell.paragraphs.join("\n").trim());
        if (value !== "") cells.push({ r, c, value, formula: "" });
        if (cell.vMerge === "restart") down.set(c, { top: r, bottom: r, span: cell.span });
        else if (cell.span > 1) merges.push(toRange(r, c, r, c + cell.span - 1));
      }
      c += cell.span;
    }
    // A merge down ends where a row has no cell continuing it.
    for (const start of [...down.keys()]) {
      const merge = down.get(start);
      if (merge && merge.bottom < r) closeDown(start);
    }
  });
  for (const start of [...down.keys()]) closeDown(start);
  return { cells, merges };
}

/**
 * Word cells hold text; a cell holding only a plain number ("17.52", "100") is read as that number,
 * as a spreadsheet cell typed the same way would be. Anything else ("≥90%", "1,200", "-") stays text.
 */
function toCellValue(text: string): CellValue {
  return /^-?(?:0|[1-9]\d*)(?:\.\d+)?$/.test(text) ? Number(text) : text;
}
