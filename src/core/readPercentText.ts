/**
 * The text Excel shows for a number under a percentage format. Typing "90%" in Excel stores 0.9 with
 * the format "0%": the core must see "90%", as the person filling the table did, not 0.9.
 */

/**
 * `value` as a percentage format `numFmt` shows it ("0.00%" → "90.00%"), or null when the format is
 * not a percentage format. Only the first section of the format counts (a negative number gets a
 * minus sign); thousands separators, colours and literal text around the number are left out.
 * Rounding is Excel's: 15 significant digits, then half away from zero.
 *
 * @example
 * readPercentText(0.9, "0%"); // → "90%"
 * readPercentText(0.8925, "0.0%"); // → "89.3%"
 * readPercentText(0.9, "0.00"); // → null
 */
export function readPercentText(value: number, numFmt: string | undefined | null): string | null {
  if (!numFmt || !numFmt.includes("%") || !Number.isFinite(value)) return null;
  const section = readFirstSection(numFmt);
  if (section.percents === 0 && !section.literalPercent) return null;
  const scaled = Math.abs(value) * 100 ** section.percents;
  const digits = roundHalfAway(Number(scaled.toPrecision(15)), section.maxDecimals);
  let text = digits.toFixed(section.maxDecimals);
  if (section.maxDecimals > section.minDecimals) {
    const keep = text.length - (section.maxDecimals - section.minDecimals);
    text = text.slice(0, keep) + text.slice(keep).replace(/0+$/, "");
    text = text.replace(/\.$/, "");
  }
  const sign = value < 0 && digits !== 0 ? "-" : "";
  return `${sign}${text}%`;
}

interface FormatSection {
  /** Unquoted % signs: each multiplies the number by 100. */
  readonly percents: number;
  /** A % shown as text ("0.00\%", '0"%"'): the number is shown as it is, followed by %. */
  readonly literalPercent: boolean;
  /** Digit placeholders after the decimal point: all of them, and the ones always shown (0, ?). */
  readonly maxDecimals: number;
  readonly minDecimals: number;
}

function readFirstSection(numFmt: string): FormatSection {
  let percents = 0;
  let literalPercent = false;
  let maxDecimals = 0;
  let minDecimals = 0;
  let afterPoint = false;
  for (let i = 0; i < numFmt.length; i++) {
    const ch = numFmt[i];
    if (ch === ";") break;
    if (ch === '"') {
      const end = numFmt.indexOf('"', i + 1);
      const literal = end < 0 ? numFmt.slice(i + 1) : numFmt.slice(i + 1, end);
      if (literal.includes("%")) literalPercent = true;
      i = end < 0 ? numFmt.length : end;
    } else if (ch === "\\") {
      if (numFmt[i + 1] === "%") literalPercent = true;
      i++;
    } else if (ch === "_" || ch === "*") {
      i++; // "_)" pads with the width of ")", "*-" fills with "-": neither shows a digit.
    } else if (ch === "[") {
      const end = numFmt.indexOf("]", i + 1);
      i = end < 0 ? numFmt.length : end;
    } else if (ch === "%") {
      percents++;
    } else if (ch === ".") {
      afterPoint = true;
    } else if (afterPoint && (ch === "0" || ch === "?")) {
      maxDecimals++;
      minDecimals++;
    } else if (afterPoint && ch === "#") {
      maxDecimals++;
    }
  }
  return { percents, literalPercent, maxDecimals, minDecimals };
}

function roundHalfAway(n: number, decimals: number): number {
  // Exponent notation shifts the decimal point exactly: 1.005 → 100.5 → 101, where 1.005 * 100 would
  // give 100.49999999999999.
  const text = String(n);
  if (text.includes("e")) return Math.round(n * 10 ** decimals) / 10 ** decimals;
  return Number(`${Math.round(Number(`${text}e${decimals}`))}e-${decimals}`);
}
