/**
 * The rows and cells of a worksheet's `<sheetData>`, read straight from the text in the shape Excel,
 * WPS, LibreOffice and exceljs write them, without going through the general tokenizer's events. It is
 * most of a check's reading: a sheet of 600 cells has 3,000 tags, and the general path spends about
 * 400 ns a cell on events, name strings and attribute lookups. This reads the same cells about three
 * times faster (figures in docs/architecture.md §4.5).
 *
 * It accepts only what it fully understands: `<row>` elements holding `<c>` elements holding `<v>` and
 * `<f>`, without namespace prefixes, comments, CDATA or anything else. On anything else, including any
 * text the general tokenizer would refuse, it declines (returns -1) and the caller reads the part the
 * general way, so what is read and what is refused never depend on which path ran (the differential
 * test reads every fixture and a corpus of odd sheets both ways).
 */
import { decodeAttribute, decodeText } from "./scanXml";

/** Where the cells go: the sheet visitor, which turns them into values exactly as on the general path. */
export interface CellSink {
  /** A `<row>` starts; `r` is its 1-based number as written, NaN when absent or unreadable. */
  startRow(r: number): void;
  /** One `<c>` ended, with what it held (undefined: not there). */
  endCell(cell: RawCell): void;
}

/** A `<c>` element as written: attributes and the text of its `<f>` and `<v>` (joined when repeated). */
export interface RawCell {
  address: string | undefined;
  type: string | undefined;
  style: string | undefined;
  formula: string | undefined;
  shareType: string | undefined;
  si: string | undefined;
  ref: string | undefined;
  value: string | undefined;
}

const LT = 60; // <
const GT = 62; // >
const SLASH = 47;
const EQUALS = 61;
const QUOTE = 34;
const APOS = 39;
const AMP = 38;

/** The reader declines: the general path reads the part instead. */
const DECLINE = -1;

/**
 * Reads the content of `<sheetData>` from `from` (just after its start tag) up to its end tag, calling
 * `sink` for every row and cell. Returns the offset of `</sheetData>`, or -1 when the content holds
 * anything this reader does not handle (the sink has then been called for part of it: the caller
 * undoes that).
 *
 * @example
 * const xml = '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData>';
 * scanSheetData(xml, 11, sink); // 54; sink.startRow(1), then sink.endCell({ address: "A1", type: "s", value: "0", … })
 */
export function scanSheetData(xml: string, from: number, sink: CellSink): number {
  try {
    return readRows(xml, from, sink);
  } catch {
    // An entity or attribute the decoders refuse: the general path gives the error with its offset.
    return DECLINE;
  }
}

function readRows(xml: string, from: number, sink: CellSink): number {
  const tag = new Attributes();
  const cell: RawCell = {
    address: undefined,
    type: undefined,
    style: undefined,
    formula: undefined,
    shareType: undefined,
    si: undefined,
    ref: undefined,
    value: undefined,
  };
  let i = from;
  for (;;) {
    const lt = nextTag(xml, i);
    if (lt < 0) return DECLINE;
    if (xml.charCodeAt(lt + 1) === SLASH) return xml.startsWith("</sheetData>", lt) ? lt : DECLINE;
    if (!isElement3(xml, lt, 114, 111, 119 /* row */)) return DECLINE;
    i = tag.read(xml, lt + 4);
    if (i < 0) return DECLINE;
    const r = tag.get(xml, "r");
    sink.startRow(r === undefined ? NaN : parseInt(r, 10));
    if (tag.selfClosing) continue;
    // The row's cells, up to </row>.
    for (;;) {
      const next = nextTag(xml, i);
      if (next < 0) return DECLINE;
      if (xml.charCodeAt(next + 1) === SLASH) {
        if (!xml.startsWith("</row>", next)) return DECLINE;
        i = next + 6;
        break;
      }
      if (!isElement1(xml, next, 99 /* c */)) return DECLINE;
      i = tag.read(xml, next + 2);
      if (i < 0) return DECLINE;
      cell.address = tag.get(xml, "r");
      cell.type = tag.get(xml, "t");
      cell.style = tag.get(xml, "s");
      cell.formula = undefined;
      cell.shareType = undefined;
      cell.si = undefined;
      cell.ref = undefined;
      cell.value = undefined;
      if (!tag.selfClosing) {
        i = readCellContent(xml, i, tag, cell);
        if (i < 0) return DECLINE;
      }
      sink.endCell(cell);
    }
  }
}

/** The `<v>` and `<f>` of a cell, up to and past its `</c>`; -1 on anything else. */
function readCellContent(xml: string, from: number, tag: Attributes, cell: RawCell): number {
  let i = from;
  for (;;) {
    const lt = nextTag(xml, i);
    if (lt < 0) return DECLINE;
    if (isEndTag1(xml, lt, 99 /* c */)) return lt + 4;
    const isValue = isElement1(xml, lt, V);
    if (!isValue && !isElement1(xml, lt, F)) return DECLINE;
    i = tag.read(xml, lt + 2);
    if (i < 0) return DECLINE;
    if (!isValue) {
      // As the general path: the attributes of the cell's last <f> count.
      cell.si = tag.get(xml, "si");
      cell.shareType = tag.get(xml, "t");
      cell.ref = tag.get(xml, "ref");
    }
    if (tag.selfClosing) continue;
    // Values are short: a loop finds their end sooner than a call to indexOf.
    let end = i;
    while (end < xml.length && xml.charCodeAt(end) !== LT) end++;
    if (end >= xml.length || !isEndTag1(xml, end, isValue ? V : F)) return DECLINE;
    if (end > i) {
      const text = readText(xml, i, end);
      if (isValue) cell.value = cell.value === undefined ? text : cell.value + text;
      else cell.formula = cell.formula === undefined ? text : cell.formula + text;
    }
    i = end + 4;
  }
}

/** Text between tags: entities decoded and line ends normalised as the general tokenizer does. */
function readText(xml: string, from: number, to: number): string {
  for (let i = from; i < to; i++) {
    const c = xml.charCodeAt(i);
    if (c === AMP || c === 13) return decodeText(xml, from, to);
  }
  return xml.slice(from, to);
}

// Element names compared by character code: startsWith on the whole part costs several times more.
const V = 118;
const F = 102;

/** Whether the tag at `lt` starts element `<x` (one letter) and not a longer name (`<c` is not `<cols`). */
function isElement1(xml: string, lt: number, x: number): boolean {
  return xml.charCodeAt(lt + 1) === x && endsName(xml.charCodeAt(lt + 2));
}

/** Whether the tag at `lt` starts element `<xyz` (three letters). */
function isElement3(xml: string, lt: number, x: number, y: number, z: number): boolean {
  return (
    xml.charCodeAt(lt + 1) === x &&
    xml.charCodeAt(lt + 2) === y &&
    xml.charCodeAt(lt + 3) === z &&
    endsName(xml.charCodeAt(lt + 4))
  );
}

/** Whether the tag at `lt` is exactly `</x>`. */
function isEndTag1(xml: string, lt: number, x: number): boolean {
  return xml.charCodeAt(lt + 1) === SLASH && xml.charCodeAt(lt + 2) === x && xml.charCodeAt(lt + 3) === GT;
}

function endsName(c: number): boolean {
  return c === GT || c === SLASH || isSpace(c);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

/**
 * The offset of the next tag from `from`, past spacing; -1 when anything else comes first (text between
 * elements is ignored on the general path too, but this reader declines it).
 */
function nextTag(xml: string, from: number): number {
  let i = from;
  for (; i < xml.length; i++) {
    const c = xml.charCodeAt(i);
    if (c === LT) return i;
    if (!isSpace(c)) return DECLINE;
  }
  return DECLINE;
}

/** The attributes of the start tag being read, as spans of the text (no string until one is asked for). */
class Attributes {
  private spans = new Int32Array(32);
  private count = 0;
  selfClosing = false;

  /**
   * Reads the attributes from `from` (just after the element's name) through the tag's end, with the
   * general tokenizer's rules (quoted values, separated by spacing); the offset after the tag, or -1.
   */
  read(xml: string, from: number): number {
    const length = xml.length;
    let i = from;
    this.count = 0;
    for (;;) {
      while (i < length && isSpace(xml.charCodeAt(i))) i++;
      const c = xml.charCodeAt(i);
      if (c === GT) {
        this.selfClosing = false;
        return i + 1;
      }
      if (c === SLASH) {
        if (xml.charCodeAt(i + 1) !== GT) return DECLINE;
        this.selfClosing = true;
        return i + 2;
      }
      if (i >= length) return DECLINE;
      const nameStart = i;
      while (i < length) {
        const d = xml.charCodeAt(i);
        if (d === EQUALS || d === GT || d === SLASH || isSpace(d)) break;
        i++;
      }
      const nameEnd = i;
      while (i < length && isSpace(xml.charCodeAt(i))) i++;
      if (xml.charCodeAt(i) !== EQUALS || nameEnd === nameStart) return DECLINE;
      i++;
      while (i < length && isSpace(xml.charCodeAt(i))) i++;
      const quote = xml.charCodeAt(i);
      if (quote !== QUOTE && quote !== APOS) return DECLINE;
      let valueEnd = i + 1;
      while (valueEnd < length && xml.charCodeAt(valueEnd) !== quote) valueEnd++;
      if (valueEnd >= length) return DECLINE;
      const at = this.count * 4;
      if (at + 4 > this.spans.length) {
        // More attributes than a cell ever has: the general path handles such tags.
        if (this.count >= 64) return DECLINE;
        const grown = new Int32Array(this.spans.length * 2);
        grown.set(this.spans);
        this.spans = grown;
      }
      this.spans[at] = nameStart;
      this.spans[at + 1] = nameEnd;
      this.spans[at + 2] = i + 1;
      this.spans[at + 3] = valueEnd;
      this.count++;
      i = valueEnd + 1;
      const after = xml.charCodeAt(i);
      if (!(isSpace(after) || after === GT || after === SLASH)) return DECLINE;
    }
  }

  /** The value of the first attribute called `name`, decoded as the general tokenizer decodes it. */
  get(xml: string, name: string): string | undefined {
    const spans = this.spans;
    const first = name.charCodeAt(0);
    for (let k = 0; k < this.count; k++) {
      const start = spans[k * 4] ?? 0;
      if (
        (spans[k * 4 + 1] ?? 0) - start === name.length &&
        xml.charCodeAt(start) === first &&
        (name.length === 1 || xml.startsWith(name, start))
      ) {
        return decodeAttribute(xml, spans[k * 4 + 2] ?? 0, spans[k * 4 + 3] ?? 0);
      }
    }
    return undefined;
  }
}
