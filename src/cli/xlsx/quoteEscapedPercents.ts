/**
 * exceljs drops the backslash of every escape in a number format ("0\%" → "0%"), turning a % shown
 * as text (the number 90 shown as "90%") into a percentage format (90 shown as "9000%"). Writing the
 * escaped % as a quoted literal keeps its meaning through exceljs.
 */

/**
 * styles.xml with each `\%` inside a `formatCode` written as `"%"`.
 *
 * @example
 * quoteEscapedPercents('<numFmt numFmtId="164" formatCode="0\\%"/>');
 * // → '<numFmt numFmtId="164" formatCode="0&quot;%&quot;"/>'
 */
export function quoteEscapedPercents(stylesXml: string): string {
  return stylesXml.replace(/(formatCode=")([^"]*)(")/g, (_all, open: string, code: string, close: string) => {
    let out = "";
    for (let i = 0; i < code.length; i++) {
      const ch = code[i] ?? "";
      if (ch !== "\\") {
        out += ch;
        continue;
      }
      // An escape is a pair: "\\%" is a shown backslash followed by a real percent sign.
      const next = code[i + 1] ?? "";
      out += next === "%" ? "&quot;%&quot;" : ch + next;
      i++;
    }
    return open + out + close;
  });
}
