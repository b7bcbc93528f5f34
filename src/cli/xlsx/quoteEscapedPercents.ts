/**
 * exceljs drops the backslash of every escape in a number format ("0\%" → "0%"), turning a % shown
 * as text (the number 90 shown as "90%") into a percentage format (90 shown as "9000%"). Writing the
 * escaped % as a quoted literal keeps its meaning through exceljs.
 */
import { replaceEscapes } from "../../readers/xlsx/replaceEscapes";

/**
 * styles.xml with each `\%` inside a `formatCode` written as `"%"`.
 *
 * @example
 * quoteEscapedPercents('<numFmt numFmtId="164" formatCode="0\\%"/>');
 * // → '<numFmt numFmtId="164" formatCode="0&quot;%&quot;"/>'
 */
export function quoteEscapedPercents(stylesXml: string): string {
  return stylesXml.replace(
    /(formatCode=")([^"]*)(")/g,
    (_all, open: string, code: string, close: string) =>
      open + replaceEscapes(code, (ch) => (ch === "%" ? "&quot;%&quot;" : `\\${ch}`)) + close,
  );
}
