import type { Operator, ParsedTarget } from "./types";

const SYMBOL: Readonly<Record<Operator, string>> = { ">=": "≥", "<=": "≤", "=": "=", ">": ">", "<": "<" };

/** The Shanghai tables always show at least two decimals (90 → 90.00). */
const MIN_DECIMALS = 2;

/**
 * Writes a value back in the form of the published tables: `≥90.00(%)`, `≤17.52(万元)`, `=25.00(人)`,
 * an actual without operator as `89.00(%)`, a range as `80.00-90.00(%)`, qualitative text as it is.
 * Decimals are those written, but at least two. Reading the result again gives the same value.
 *
 * @example
 * formatTarget(parseTarget(">=90%")) // "≥90.00(%)"
 * formatTarget(parseTarget("健全")) // "健全"
 */
export function formatTarget(target: ParsedTarget): string {
  switch (target.kind) {
    case "quantitative":
      return `${target.op ? SYMBOL[target.op] : ""}${formatNumber(target.value, target.decimals)}${unitText(target.unit)}`;
    case "range":
      return `${formatNumber(target.low, target.decimals)}-${formatNumber(target.high, target.decimals)}${unitText(target.unit)}`;
    case "qualitative":
      return target.text;
    case "compound":
      return target.parts.map((part) => formatTarget(part)).join("，");
    case "empty":
      return "";
    case "invalid":
      return target.source;
  }
}

function unitText(unit: string): string {
  return unit === "" ? "" : `(${unit})`;
}

/** Fixed-point text of a finite number; never exponent notation, which the reader would not take back. */
function formatNumber(value: number, decimals: number): string {
  if (!Number.isFinite(value)) return "0";
  let places = Math.min(20, Math.max(MIN_DECIMALS, Math.floor(decimals)));
  // A value smaller than its written decimals can show (1e-25) gets the places it needs to read back.
  while (places < 100 && value !== 0 && Math.abs(value) < 1e21 && Number(value.toFixed(places)) !== value)
    places += 1;
  const fixed = value.toFixed(places);
  if (!/e/i.test(fixed)) return fixed === "-0.00" || /^-0\.0+$/.test(fixed) ? fixed.slice(1) : fixed;
  // |value| ≥ 1e21: an integer in binary, so BigInt prints every digit.
  return `${BigInt(value).toString()}.${"0".repeat(places)}`;
}
