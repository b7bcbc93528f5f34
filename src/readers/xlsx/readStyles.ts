import { scanXml, type XmlTag, type XmlVisitor } from "./scanXml";
import { replaceEscapes } from "./replaceEscapes";

/** The number format of each cell style (`s` of a cell), as far as a value's display depends on it. */
export interface CellFormats {
  /** The format code of style `styleId`, undefined for General or an unknown style. */
  numFmtOf(styleId: number): string | undefined;
  /** Whether style `styleId` shows a number as a date or time. */
  isDate(styleId: number): boolean;
}

/** Built-in format codes by id (ECMA-376 §18.8.30, the ones that do not depend on the locale). */
const BUILT_IN: Readonly<Record<number, string>> = {
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

/**
 * The cell styles' number formats from xl/styles.xml. Style 0 (the default) is read as General, and
 * escapes are read as exceljs read them (a backslash dropped, `\%` kept as a shown %), so both
 * readers show the same text for a value.
 *
 * @example
 * readStyles('<styleSheet><cellXfs><xf numFmtId="0"/><xf numFmtId="9"/></cellXfs></styleSheet>').numFmtOf(1); // "0%"
 */
export function readStyles(xml: string | undefined): CellFormats {
  const visitor = new StylesVisitor();
  if (xml !== undefined) scanXml(xml, visitor);
  const escapedPercents = xml?.includes("\\%") ?? false;
  const codes = visitor.xfs.map((id) => {
    if (!id) return undefined;
    const code = visitor.custom.get(id) || BUILT_IN[id];
    return code ? readEscapes(code, escapedPercents) : undefined;
  });
  const dates = codes.map((code) => code !== undefined && isDateFormat(code));
  return {
    numFmtOf: (styleId) => codes[styleId],
    isDate: (styleId) => dates[styleId] ?? false,
  };
}

class StylesVisitor implements XmlVisitor {
  readonly wantText = false;
  readonly custom = new Map<number, string>();
  readonly xfs: number[] = [];
  private inCellXfs = false;
  private inNumFmts = false;

  open(name: string, tag: XmlTag): void {
    if (name === "cellXfs") this.inCellXfs = true;
    else if (name === "numFmts") this.inNumFmts = true;
    else if (name === "xf" && this.inCellXfs) this.xfs.push(parseInt(tag.attr("numFmtId") ?? "", 10));
    else if (name === "numFmt" && this.inNumFmts) {
      const id = parseInt(tag.attr("numFmtId") ?? "", 10);
      const code = tag.attr("formatCode");
      if (Number.isFinite(id) && code !== undefined) this.custom.set(id, code);
    }
  }

  text(): void {}

  close(name: string): void {
    if (name === "cellXfs") this.inCellXfs = false;
    else if (name === "numFmts") this.inNumFmts = false;
  }
}

/**
 * A format code with its escapes read: `\%` (a % shown as text) becomes `"%"`, any other `\x` the
 * character x.
 */
function readEscapes(code: string, escapedPercents: boolean): string {
  return replaceEscapes(code, (ch) => (ch === "%" && escapedPercents ? '"%"' : ch));
}

/** Whether a format shows a date or time: y m d h s (or b, Buddhist years) outside quotes and brackets. */
function isDateFormat(code: string): boolean {
  const bare = code.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "");
  return /[ymdhMsb]+/.test(bare);
}
