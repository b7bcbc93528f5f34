import type { NumberClause } from "./readClause";
import { readNumeral } from "./readClause";
import { SUFFIX_WORDS } from "./readOperator";
import type { Operator } from "./types";
import { canonicalUnit, knownUnitOf } from "./units";
import { remember } from "../remember";

/**
 * The shape of almost every cell in a real table — an optional single comparison symbol, a plain
 * decimal number and an optional known unit, bare or in brackets (`≥90.00(%)`, `=100%`, `17.50(万元)`,
 * `89.00`) — read by one scan over the characters, without the normalisation passes, clause splitting
 * and regular expressions the general reader needs. Only text that the general reader would read into
 * exactly this clause is accepted (test/core/target/readCommonClause.test.ts compares the two);
 * anything else gives `undefined` and takes the general path.
 *
 * @example
 * readCommonClause("≥90.00(%)") // { kind: "number", op: ">=", value: 90, decimals: 2, unit: "%", … }
 * readCommonClause("≥ 90%") // undefined (whitespace: the general reader decides)
 */
export function readCommonClause(source: string): NumberClause | undefined {
  const length = source.length;
  if (length === 0 || length > MAX_LENGTH) return undefined;
  let pos = 0;
  const op = symbolOf(source.charCodeAt(0));
  if (op !== null) pos = 1;
  const numberStart = pos;
  while (pos < length && isDigit(source.charCodeAt(pos))) pos++;
  if (pos === numberStart) return undefined;
  if (pos < length && source.charCodeAt(pos) === DOT) {
    const fraction = ++pos;
    while (pos < length && isDigit(source.charCodeAt(pos))) pos++;
    if (pos === fraction) return undefined;
  }
  const numberEnd = pos;
  let unit = "";
  if (pos < length) {
    const bracketed = source.charCodeAt(pos) === OPEN && source.charCodeAt(length - 1) === CLOSE;
    const raw = bracketed ? source.slice(pos + 1, length - 1) : source.slice(pos);
    if (!isCommonUnit(raw, bracketed)) return undefined;
    unit = raw;
  }
  const { value, decimals, overflow, underflow } = readNumeral(source.slice(numberStart, numberEnd));
  return {
    kind: "number",
    op,
    value,
    decimals,
    unit,
    unitKnown: true,
    label: "",
    trailing: "",
    qualifier: "",
    doubled: false,
    conflict: false,
    approximate: false,
    overflow,
    underflow,
  };
}

/** Longer text is left to the general reader (no common value is anywhere near this long). */
const MAX_LENGTH = 40;
/** A bare unit the general reader takes whole only up to this length (readClause's MAX_UNIT). */
const MAX_BARE_UNIT = 8;

const DOT = 0x2e;
const OPEN = 0x28;
const CLOSE = 0x29;

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function symbolOf(code: number): Operator | null {
  switch (code) {
    case 0x2265: // ≥
      return ">=";
    case 0x2264: // ≤
      return "<=";
    case 0x3d: // =
      return "=";
    case 0x3e: // >
      return ">";
    case 0x3c: // <
      return "<";
    default:
      return null;
  }
}

/** Answers of workOutCommonUnit per unit as written (it does not depend on the brackets). */
const workOutCommonUnitRemembered = remember(workOutCommonUnit, 1000);

/**
 * A unit the general reader would take as written: known, already canonical (no alias, no bracket,
 * no full-width form), made only of Chinese characters, %, ‰, / and ·, and not starting with a
 * comparison word (以上, 内 …) or holding a range word (至, 到).
 */
function isCommonUnit(raw: string, bracketed: boolean): boolean {
  if (raw === "" || (!bracketed && raw.length > MAX_BARE_UNIT)) return false;
  return workOutCommonUnitRemembered(raw);
}

function workOutCommonUnit(raw: string): boolean {
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    const allowed =
      (code >= 0x4e00 && code <= 0x9fff) ||
      code === 0x25 ||
      code === 0x2030 ||
      code === 0x2f ||
      code === 0xb7;
    if (!allowed) return false;
  }
  if (raw.includes("至") || raw.includes("到")) return false;
  if (SUFFIX_WORDS.some(([word]) => raw.startsWith(word))) return false;
  return knownUnitOf(raw) === raw && canonicalUnit(raw) === raw;
}
