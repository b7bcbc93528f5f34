/**
 * The rows and cells of a worksheet's `<sheetData>`, read straight from the text in the shape Excel,
 * WPS, LibreOffice and exceljs write them, without going through the general tokenizer's events. It is
 * most of a check's reading: a sheet of 600 cells has 3,000 tags, and the general path spends about
 * 400 ns a cell on events, name strings and attribute lookups. With this reader the whole sheet
 * (values included) reads in 132 µs instead of 235 (docs/architecture.md §4.5).
 *
 * It accepts only what it fully understands: `<row>` elements holding `<c>` elements holding `<v>` and
 * `<f>`, without namespace prefixes, comments, CDATA or anything else. On anything else, including any
 * text the general tokenizer would refuse, it declines (returns -1) and the caller reads the part the
 * general way, so what is read and what is refused never depend on which path ran (the differential
 * test reads every fixture and a corpus of odd sheets both ways).
 */
import { AttributeSpans } from "./attributeSpans";
import { decodeText } from "./decodeXml";
import { DECLINE, isElement, isEndTag, nextTag, QUICK_MAX_ATTRIBUTES, SLASH, textEnd } from "./quickXml";

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
  const tag = new AttributeSpans(QUICK_MAX_ATTRIBUTES);
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
    if (xml.charCodeAt(lt + 1) === SLASH) return isEndTag(xml, lt, "sheetData") ? lt : DECLINE;
    if (!isElement(xml, lt, "row")) return DECLINE;
    i = tag.read(xml, lt + 4);
    if (i < 0) return DECLINE;
    const r = tag.value(xml, "r");
    sink.startRow(r === undefined ? NaN : parseInt(r, 10));
    if (tag.selfClosing) continue;
    // The row's cells, up to </row>.
    for (;;) {
      const next = nextTag(xml, i);
      if (next < 0) return DECLINE;
      if (xml.charCodeAt(next + 1) === SLASH) {
        if (!isEndTag(xml, next, "row")) return DECLINE;
        i = next + 6;
        break;
      }
      if (!isElement(xml, next, "c")) return DECLINE;
      i = tag.read(xml, next + 2);
      if (i < 0) return DECLINE;
      cell.address = tag.value(xml, "r");
      cell.type = tag.value(xml, "t");
      cell.style = tag.value(xml, "s");
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
function readCellContent(xml: string, from: number, tag: AttributeSpans, cell: RawCell): number {
  let i = from;
  for (;;) {
    const lt = nextTag(xml, i);
    if (lt < 0) return DECLINE;
    if (isEndTag(xml, lt, "c")) return lt + 4;
    const isValue = isElement(xml, lt, "v");
    if (!isValue && !isElement(xml, lt, "f")) return DECLINE;
    i = tag.read(xml, lt + 2);
    if (i < 0) return DECLINE;
    if (!isValue) {
      // As the general path: the attributes of the cell's last <f> count.
      cell.si = tag.value(xml, "si");
      cell.shareType = tag.value(xml, "t");
      cell.ref = tag.value(xml, "ref");
    }
    if (tag.selfClosing) continue;
    const end = textEnd(xml, i);
    if (end >= xml.length || !isEndTag(xml, end, isValue ? "v" : "f")) return DECLINE;
    if (end > i) {
      const text = decodeText(xml, i, end);
      if (isValue) cell.value = cell.value === undefined ? text : cell.value + text;
      else cell.formula = cell.formula === undefined ? text : cell.formula + text;
    }
    i = end + 4;
  }
}
