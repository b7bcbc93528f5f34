/**
 * One worksheet part (xl/worksheets/sheetN.xml) → the cells that hold something, the merged ranges and
 * the cells carrying a hyperlink. Values are read as exceljs read them before this reader (the
 * differential test holds both to the same grids): shared and inline strings, rich text joined, a
 * number under a date format as its date, under a % format as the text Excel shows, booleans, errors,
 * formulas (shared ones expanded) with their cached results.
 */
import type { CellValue } from "../../core/grid";
import { readPercentText } from "../../core/readPercentText";
import { showCustomFunctions } from "../showCustomFunctions";
import { decodeEscapes } from "./decodeEscapes";
import { formatSerialDate } from "./formatSerialDate";
import { scanSheetData, type CellSink, type RawCell } from "./scanSheetData";
import { scanXml, type XmlTag, type XmlVisitor } from "./scanXml";
import type { SharedString } from "./readSharedStrings";
import { slideFormula } from "./slideFormula";
import type { CellFormats } from "./readStyles";

/** A cell that holds a value or a formula; 0-based; `address` as written (for hyperlinks). */
export interface SheetCell {
  readonly r: number;
  readonly c: number;
  value: CellValue;
  formula: string;
  readonly address: string | undefined;
}

export interface SheetXml {
  /** In document order (normally by row, then column). */
  readonly cells: SheetCell[];
  /** Whether `cells` is out of order or repeats a position (then sorted and de-duplicated later). */
  readonly unordered: boolean;
  /** 0-based rows that hold a cell with a value or formula, in document order. */
  readonly valueRows: number[];
  /** More cells than `maxCells` were found: `cells` stops there. */
  readonly cellsCut: boolean;
  /** The merged ranges as written, up to `maxMerges` of them. */
  readonly mergeRefs: string[];
  /** How many `<mergeCell>` the part has (all counted, only `maxMerges` kept). */
  readonly mergeCount: number;
  /** Cell address → relationship id of its hyperlink. */
  readonly hyperlinks: Map<string, string>;
}

export interface SheetContext {
  readonly sharedStrings: readonly SharedString[];
  readonly formats: CellFormats;
  readonly date1904: boolean;
  /** Most cells kept; beyond it cells are counted as rows but not kept. */
  readonly maxCells: number;
  /** Most merges kept; beyond it they are only counted. */
  readonly maxMerges: number;
  /**
   * false: `<sheetData>` is read by the general tokenizer only, never by the quick reader
   * (scanSheetData); the differential test reads every sheet both ways. Default true.
   */
  readonly quick?: boolean;
}

/** A cell refers to a shared string that the table does not have. */
export class MissingSharedString extends Error {
  constructor(index: string) {
    super(`shared string ${index} is missing`);
    this.name = "MissingSharedString";
  }
}

/**
 * Reads the worksheet part `xml`. Throws XmlError (damaged part) or MissingSharedString.
 *
 * @example
 * readSheetXml('<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>', context).cells;
 * // → [{ r: 0, c: 0, value: 1, formula: "", address: "A1" }]
 */
export function readSheetXml(xml: string, context: SheetContext): SheetXml {
  const visitor = new SheetVisitor(context);
  scanXml(xml, visitor);
  return {
    cells: visitor.cells,
    unordered: visitor.unordered,
    valueRows: visitor.valueRows,
    cellsCut: visitor.cellsCut,
    mergeRefs: visitor.mergeRefs,
    mergeCount: visitor.mergeCount,
    hyperlinks: visitor.hyperlinks,
  };
}

interface SharedMaster {
  readonly r: number;
  readonly c: number;
  readonly formula: string;
}

class SheetVisitor implements XmlVisitor, CellSink {
  readonly cells: SheetCell[] = [];
  readonly valueRows: number[] = [];
  readonly mergeRefs: string[] = [];
  mergeCount = 0;
  readonly hyperlinks = new Map<string, string>();
  unordered = false;
  cellsCut = false;

  private readonly masters = new Map<string, SharedMaster>();
  private inSheetData = false;
  private row = -1;
  private rowCounted = false;
  private lastKey = -1;
  private previousCol = -1;

  // The cell being read.
  private inCell = false;
  private address: string | undefined;
  private col = 0;
  private type: string | undefined;
  private styleId = 0;
  private formula: string | undefined;
  private shareType: string | undefined;
  private si: string | undefined;
  private ref: string | undefined;
  private value: string | undefined;
  private runs: string[] | undefined;
  /** "f", "v" or "t" while inside one (outside rich text runs). */
  private node: string | undefined;
  private inRun = false;
  private runText: string[] | undefined;
  private inRunText = false;

  constructor(private readonly context: SheetContext) {}

  get wantText(): boolean {
    return this.inCell && (this.inRunText || (!this.inRun && this.node !== undefined));
  }

  /**
   * `<sheetData>` read by the quick reader (scanSheetData); when it declines, what it did is undone
   * and the scanner reads the content the general way.
   */
  content(name: string, xml: string, from: number): number {
    if (name !== "sheetData" || !this.inSheetData || this.inCell || this.context.quick === false) return from;
    const cells = this.cells.length;
    const valueRows = this.valueRows.length;
    const masters = this.masters.size === 0 ? undefined : new Map(this.masters);
    const { row, rowCounted, lastKey, previousCol, unordered, cellsCut } = this;
    const end = scanSheetData(xml, from, this);
    if (end >= 0) return end;
    this.cells.length = cells;
    this.valueRows.length = valueRows;
    this.masters.clear();
    if (masters) for (const [si, master] of masters) this.masters.set(si, master);
    Object.assign(this, { row, rowCounted, lastKey, previousCol, unordered, cellsCut });
    return from;
  }

  /** A `<row>` read by the quick reader: as {@link open} takes one. */
  startRow(r: number): void {
    this.row = Number.isFinite(r) ? r - 1 : this.row + 1;
    this.rowCounted = false;
    this.previousCol = -1;
  }

  /** A `<c>` read by the quick reader: the same fields {@link openCell} and the text set, then closed. */
  endCell(raw: RawCell): void {
    // As on the general path: a cell before any row (or in row 0) is not read.
    if (this.row < 0) return;
    this.address = raw.address;
    const col = raw.address === undefined ? -1 : decodeColumn(raw.address);
    this.col = col >= 0 ? col : this.previousCol + 1;
    this.type = raw.type;
    this.styleId = raw.style ? parseInt(raw.style, 10) : 0;
    this.formula = raw.formula;
    this.shareType = raw.shareType;
    this.si = raw.si;
    this.ref = raw.ref;
    this.value = raw.value;
    this.runs = undefined;
    this.closeCell();
  }

  open(name: string, tag: XmlTag): void {
    if (this.inCell) {
      this.openInCell(name, tag);
      return;
    }
    switch (name) {
      case "sheetData":
        this.inSheetData = true;
        break;
      case "row": {
        if (!this.inSheetData) break;
        const r = parseInt(tag.attr("r") ?? "", 10);
        // A row without a number follows the previous one (Excel writes numbers; some tools do not).
        this.row = Number.isFinite(r) ? r - 1 : this.row + 1;
        this.rowCounted = false;
        this.previousCol = -1;
        break;
      }
      case "c":
        if (this.inSheetData && this.row >= 0) this.openCell(tag);
        break;
      case "mergeCell": {
        const ref = tag.attr("ref");
        if (ref === undefined) break;
        this.mergeCount++;
        if (this.mergeRefs.length < this.context.maxMerges) this.mergeRefs.push(ref);
        break;
      }
      case "hyperlink": {
        const ref = tag.attr("ref");
        const id = tag.attr("r:id");
        if (ref !== undefined && id !== undefined) this.hyperlinks.set(ref, id);
        break;
      }
      default:
        break;
    }
  }

  text(text: string): void {
    if (this.inRunText) this.runText?.push(text);
    else if (this.node === "f") this.formula = this.formula === undefined ? text : this.formula + text;
    else if (this.runs)
      return; // text after rich text runs is dropped (as exceljs does)
    else this.value = this.value === undefined ? text : this.value + text;
  }

  close(name: string): void {
    if (this.inCell) {
      this.closeInCell(name);
      return;
    }
    if (name === "sheetData") this.inSheetData = false;
  }

  private openCell(tag: XmlTag): void {
    this.inCell = true;
    this.address = tag.attr("r");
    const col = this.address === undefined ? -1 : decodeColumn(this.address);
    this.col = col >= 0 ? col : this.previousCol + 1;
    this.type = tag.attr("t");
    const s = tag.attr("s");
    this.styleId = s ? parseInt(s, 10) : 0;
    this.formula = undefined;
    this.shareType = undefined;
    this.si = undefined;
    this.ref = undefined;
    this.value = undefined;
    this.runs = undefined;
    this.node = undefined;
    this.inRun = false;
    this.inRunText = false;
  }

  private openInCell(name: string, tag: XmlTag): void {
    if (this.inRun) {
      if (name === "t") {
        // A run's last <t> is its text.
        this.runText = [];
        this.inRunText = true;
      }
      return;
    }
    switch (name) {
      case "f":
        this.node = "f";
        this.si = tag.attr("si");
        this.shareType = tag.attr("t");
        this.ref = tag.attr("ref");
        break;
      case "v":
      case "t":
        this.node = name;
        break;
      case "r":
        this.inRun = true;
        this.runText = undefined;
        break;
      default:
        break;
    }
  }

  private closeInCell(name: string): void {
    if (this.inRun) {
      if (name === "t") this.inRunText = false;
      else if (name === "r") {
        this.inRun = false;
        (this.runs ??= []).push(this.runText ? decodeEscapes(this.runText.join("")) : "");
        this.node = undefined;
      }
      return;
    }
    switch (name) {
      case "f":
      case "v":
      case "is":
      case "t":
        this.node = undefined;
        break;
      case "c":
        this.inCell = false;
        this.closeCell();
        break;
      default:
        break;
    }
  }

  private closeCell(): void {
    const isFormula = Boolean(this.formula) || Boolean(this.shareType);
    const hasValue = this.value !== undefined || this.runs !== undefined;
    // A cell with neither is formatting only: not a value, and it does not move the column count on.
    if (!isFormula && !hasValue) {
      if (this.styleId) this.previousCol = this.col;
      return;
    }
    this.previousCol = this.col;
    const r = this.row;
    const c = this.col;
    if (!this.rowCounted) {
      this.rowCounted = true;
      this.valueRows.push(r);
    }
    const numFmt = this.styleId ? this.context.formats.numFmtOf(this.styleId) : undefined;
    const isDate = numFmt !== undefined && this.context.formats.isDate(this.styleId);
    let value: CellValue;
    let formula = "";
    if (isFormula) {
      value = this.value ? this.readResult(this.value, isDate) : null;
      formula = this.readFormula(r, c);
    } else {
      value = this.readValue(isDate);
    }
    if (typeof value === "number") value = readPercentText(value, numFmt) ?? value;
    if ((value === null || value === "") && formula === "") return;
    const key = r * 16384 + c;
    if (key <= this.lastKey) this.unordered = true;
    this.lastKey = key;
    if (this.cells.length >= this.context.maxCells) {
      this.cellsCut = true;
      return;
    }
    this.cells.push({ r, c, value, formula, address: this.address });
  }

  private readValue(isDate: boolean): CellValue {
    const text = this.value ?? "";
    switch (this.type) {
      case "s": {
        const shared = this.context.sharedStrings[readIndex(text)];
        if (shared === undefined) throw new MissingSharedString(text);
        return typeof shared === "string" ? shared : shared === null ? null : shared.join("");
      }
      case "str":
        return decodeXmlEntities(text);
      case "inlineStr":
        return this.runs ? this.runs.join("") : text;
      case "b":
        return parseInt(text, 10) !== 0;
      case "e":
        return { error: text };
      default: {
        // Rich text in a number cell reads as nothing (it is no number).
        if (this.runs) return null;
        const n = parseFloat(text);
        if (isDate) return formatSerialDate(n, this.context.date1904);
        return Number.isFinite(n) ? n : null;
      }
    }
  }

  private readResult(text: string, isDate: boolean): CellValue {
    let result: string | number | boolean | { error: string };
    if (this.type === "str") result = decodeXmlEntities(text);
    else if (this.type === "b") result = parseInt(text, 10) !== 0;
    else if (this.type === "e") result = { error: text };
    else result = parseFloat(text);
    // A date format turns any cached result into a date, as exceljs did (text gives an invalid one).
    if (isDate)
      return formatSerialDate(typeof result === "object" ? NaN : Number(result), this.context.date1904);
    if (typeof result === "number") return Number.isFinite(result) ? result : null;
    return result;
  }

  private readFormula(r: number, c: number): string {
    let text = this.formula;
    if (this.shareType === "shared" && this.si !== undefined) {
      if (this.ref) this.masters.set(this.si, { r, c, formula: this.formula ?? "" });
      else if (!text) {
        const master = this.masters.get(this.si);
        text = master ? slideFormula(master.formula, master.r, master.c, r, c) : undefined;
      }
    }
    return text ? `=${showCustomFunctions(text)}` : "";
  }
}

/** parseInt(text, 10), sooner for the plain digits a shared-string index is written in. */
function readIndex(text: string): number {
  if (text.length === 0 || text.length > 9) return parseInt(text, 10);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return parseInt(text, 10);
    n = n * 10 + digit;
  }
  return n;
}

/** 0-based column of an address ("AB12" → 27); -1 when it has no letters. */
function decodeColumn(address: string): number {
  let n = 0;
  for (let i = 0; i < address.length; i++) {
    const ch = address.charCodeAt(i);
    if (ch >= 65 && ch <= 90) n = n * 26 + ch - 64;
    else if (ch >= 48 && ch <= 57) break;
  }
  return n - 1;
}

/** A formula's text result is decoded once more (exceljs did so; the same text must come out). */
function decodeXmlEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&([a-z]*);/g, (whole, name: string) => XML_ENTITIES[name] ?? whole);
}

const XML_ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", apos: "'", quot: '"' };
