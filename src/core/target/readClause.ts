import { PREFIX_WORDS, SUFFIX_WORDS, direction, mergeOperators, readOperator } from "./readOperator";
import { canonicalUnit, isKnownUnit, knownUnitOf } from "./units";
import type { Operator } from "./types";

/** One comparison read from a piece of text, before it becomes a ParsedTarget. */
export interface NumberClause {
  readonly kind: "number";
  readonly op: Operator | null;
  readonly value: number;
  readonly decimals: number;
  readonly unit: string;
  readonly unitKnown: boolean;
  /** Text before the comparison (`响应时间:`), without a trailing colon. */
  readonly label: string;
  /** Text after the unit that is neither a unit nor a comparison word. */
  readonly trailing: string;
  /** A parenthesised note after the unit, `%(年)` → "年". */
  readonly qualifier: string;
  /** A symbol and a word both give the operator (`≥95%以上`). */
  readonly doubled: boolean;
  /** The operators contradict each other (`≥90%以下`). */
  readonly conflict: boolean;
  /** Written with 左右 (about). */
  readonly approximate: boolean;
  /** The number is too large to calculate with (see readNumeral). */
  readonly overflow: boolean;
  /** The number is written with non-zero digits but too small to calculate with (see readNumeral). */
  readonly underflow: boolean;
}

export interface RangeClause {
  readonly kind: "range";
  readonly low: number;
  readonly high: number;
  readonly decimals: number;
  readonly unit: string;
  readonly unitKnown: boolean;
  readonly label: string;
  readonly unitsDiffer: boolean;
  readonly overflow: boolean;
  readonly underflow: boolean;
}

export type Clause = NumberClause | RangeClause;

const NUM = String.raw`[+-]?(?:\d+(?:\.\d*)?|\.\d+)`;
const PREFIX_PATTERN = PREFIX_WORDS.map(([word]) => word).join("|");
const CLAUSE = new RegExp(String.raw`^(.*?)(${PREFIX_PATTERN})?([<>=≥≤≠]*)(${NUM})([^\d<>=≥≤≠]*)$`);
const RANGE = new RegExp(
  String.raw`^(.*?)([<>=≥≤]*)(${NUM})([^\d<>=≥≤~至到-]{0,6}?)(?:-|~|至|到)(${NUM})([^\d<>=≥≤]*)$`,
);

const NUMBERED_NOTE = /^(.+?)\(([^()]*\d[^()]*)\)$/;
/** 约 / 大约 just before the number: an approximate value. */
const ABOUT = /(?:大约|约为|约)$/;

/** Longest unit we try to recognise at the start of the text after a number. */
const MAX_UNIT = 8;

/**
 * Reads one comparison (`≥90.00(%)`, `不低于95%`, `响应时间:≤10分钟内`, `80%-90%`) from text that
 * normaliseTargetText already cleaned. `undefined` when the text holds no number it can read as one.
 *
 * @example
 * readClause("≥90.00(%)") // { kind: "number", op: ">=", value: 90, decimals: 2, unit: "%", … }
 */
export function readClause(text: string): Clause | undefined {
  // A closing note that holds numbers of its own (≥3.5分(满分5分)) is not where the value is.
  const note = NUMBERED_NOTE.exec(text);
  if (note) {
    const head = readClause(note[1] ?? "");
    if (head?.kind === "number" && head.qualifier === "" && head.trailing === "") {
      return { ...head, qualifier: note[2] ?? "" };
    }
  }
  const range = /[-~至到]/.test(text) ? RANGE.exec(text) : null;
  if (range) {
    const made = makeRange(range);
    if (made) return made;
  }
  const match = CLAUSE.exec(text);
  if (!match) return undefined;
  const [, fullLabel = "", word, symbols = "", num = "", rest = ""] = match;
  const about = ABOUT.exec(fullLabel);
  const label = about ? fullLabel.slice(0, about.index) : fullLabel;
  const tail = readTail(rest);
  const wordOp = word === undefined ? undefined : (PREFIX_WORDS.find(([w]) => w === word)?.[1] ?? null);
  const symbol = readOperator(symbols);
  // Text after the number that is not unit-like means the number is part of a sentence, not a value.
  if (
    tail.trailing.length > MAX_UNIT &&
    symbol.op === null &&
    word === undefined &&
    tail.suffix === undefined
  ) {
    return undefined;
  }
  let conflict = symbol.conflict;
  let doubled = symbol.doubled;
  let op: Operator | null = symbol.op;
  const suffixOp = tail.suffix === "~" ? undefined : tail.suffix;
  let wordDerived: Operator | null | undefined = wordOp;
  if (suffixOp !== undefined) {
    if (wordDerived === undefined || wordDerived === null) wordDerived = suffixOp;
    else if (direction(wordDerived) !== direction(suffixOp) && direction(wordDerived) !== 0) conflict = true;
  } else if (wordDerived === null) {
    wordDerived = "<=";
  }
  if (wordDerived !== undefined && wordDerived !== null) {
    if (op === null) op = wordDerived;
    else {
      const merged = mergeOperators(op, wordDerived);
      if (merged === null) conflict = true;
      else {
        op = merged;
        doubled = true;
      }
    }
  }
  const { value, decimals, overflow, underflow } = readNumeral(num);
  return {
    kind: "number",
    op: conflict ? null : op,
    value,
    decimals,
    unit: tail.unit,
    unitKnown: tail.unitKnown,
    label: label.replace(/[:：]+$/, ""),
    trailing: tail.trailing,
    qualifier: tail.qualifier,
    doubled,
    conflict,
    approximate: tail.suffix === "~" || about !== null,
    overflow,
    underflow,
  };
}

function makeRange(match: RegExpExecArray): RangeClause | undefined {
  const [, label = "", , a = "", unitA = "", b = "", rest = ""] = match;
  const tail = readTail(rest);
  if (tail.trailing !== "") return undefined;
  const low = readNumeral(a);
  const high = readNumeral(b);
  const unitFirst = canonicalUnit(unitA.replace(/^\((.*)\)$/, "$1"));
  if (unitFirst !== "" && !isKnownUnit(unitFirst)) return undefined;
  const unit = tail.unit !== "" ? tail.unit : unitFirst;
  return {
    kind: "range",
    low: Math.min(low.value, high.value),
    high: Math.max(low.value, high.value),
    decimals: Math.max(low.decimals, high.decimals),
    unit,
    unitKnown: tail.unit !== "" ? tail.unitKnown : true,
    label: label.replace(/[:：]+$/, ""),
    unitsDiffer: unitFirst !== "" && tail.unit !== "" && unitFirst !== tail.unit,
    overflow: low.overflow || high.overflow,
    underflow: low.underflow || high.underflow,
  };
}

interface NumberReading {
  readonly value: number;
  readonly decimals: number;
  readonly overflow: boolean;
  readonly underflow: boolean;
}

/**
 * Largest magnitude read as a value: Excel keeps 15 significant digits, so anything longer is a typo
 * or an attack, and squaring it (a ratio × a weight) must stay finite.
 */
export const MAX_TARGET_MAGNITUDE = 1e15;
/** Smallest non-zero magnitude read as a value: 12 decimal places is far beyond any published table. */
export const MIN_TARGET_MAGNITUDE = 1e-12;

/**
 * The number as written: value, decimal places as typed, and whether it is too large (`overflow`) or
 * non-zero but too small (`underflow`) to calculate with (MAX_/MIN_TARGET_MAGNITUDE).
 *
 * @example
 * readNumeral("90.00") // { value: 90, decimals: 2, overflow: false, underflow: false }
 * readNumeral("0.0000000000001") // { value: 1e-13, …, underflow: true }
 */
export function readNumeral(num: string): NumberReading {
  const parsed = Number(num.endsWith(".") ? num.slice(0, -1) : num);
  const dot = num.indexOf(".");
  const decimals = dot < 0 ? 0 : Math.min(num.length - dot - 1, 20);
  if (!Number.isFinite(parsed) || Math.abs(parsed) > MAX_TARGET_MAGNITUDE) {
    return { value: 0, decimals, overflow: true, underflow: false };
  }
  if (parsed !== 0 && Math.abs(parsed) < MIN_TARGET_MAGNITUDE) {
    return { value: 0, decimals, overflow: false, underflow: true };
  }
  // Written as 0.000…0 with digits past the 20th place that a double keeps as 0: also unreadable.
  const underflow = parsed === 0 && /[1-9]/.test(num);
  // Kept to 20 decimal places, the most a value can be written back with.
  const value = decimals >= 20 ? Number(parsed.toFixed(20)) : parsed;
  return { value: value === 0 ? 0 : value, decimals, overflow: false, underflow };
}

interface Tail {
  readonly unit: string;
  readonly unitKnown: boolean;
  readonly qualifier: string;
  readonly suffix: Operator | "~" | undefined;
  readonly trailing: string;
  /** How many characters of the text the unit, note and comparison word took. */
  readonly consumed: number;
}

/**
 * Splits what follows a number into unit, parenthesised note, comparison word and leftover text:
 * `(%)` → %, `分钟内` → 分钟 + ≤, `%(年)` → % + note 年, `%以上` → % + ≥.
 *
 * @example
 * readTail("分钟内,故障") // { unit: "分钟", suffix: "<=", trailing: ",故障", consumed: 3, … }
 */
export function readTail(rest: string): Tail {
  let pos = 0;
  let unit = "";
  let unitKnown = true;
  let qualifier = "";
  let suffix: Operator | "~" | undefined;
  const takeSuffix = (): void => {
    if (suffix !== undefined) return;
    for (const [word, op] of SUFFIX_WORDS) {
      if (rest.startsWith(word, pos)) {
        suffix = op;
        pos += word.length;
        return;
      }
    }
  };
  takeSuffix();
  // 200余人, 30多个: a little more than the number (an approximate actual).
  let more = false;
  if ((rest.charAt(pos) === "余" || rest.charAt(pos) === "多") && suffix === undefined) {
    more = true;
    pos += 1;
  }
  if (rest.charAt(pos) === "(") {
    const close = rest.indexOf(")", pos);
    if (close > pos) {
      const inner = rest.slice(pos + 1, close);
      const innerUnit = canonicalUnit(inner);
      if (isKnownUnit(innerUnit) || inner.length <= MAX_UNIT) {
        unit = innerUnit;
        unitKnown = isKnownUnit(innerUnit);
        pos = close + 1;
      }
    }
  } else {
    const known = longestKnownUnit(rest, pos);
    if (known > 0) {
      unit = canonicalUnit(rest.slice(pos, pos + known));
      pos += known;
    } else {
      const bare = /^[^\s(),;，；。、:<>=≥≤~-]{1,8}$/.exec(rest.slice(pos));
      const stripped = bare ? stripSuffixWord(bare[0]) : "";
      if (stripped !== "") {
        unit = canonicalUnit(stripped);
        unitKnown = isKnownUnit(unit);
        pos += stripped.length;
      }
    }
  }
  takeSuffix();
  if (rest.charAt(pos) === "(") {
    const close = rest.indexOf(")", pos);
    if (close > pos && close - pos <= MAX_UNIT) {
      const inner = rest.slice(pos + 1, close);
      const word = SUFFIX_WORDS.find(([w]) => w === inner);
      // ≥90%(以上): a comparison word in brackets is still a comparison word.
      if (word && suffix === undefined) suffix = word[1];
      else qualifier = inner;
      pos = close + 1;
    }
  }
  takeSuffix();
  if (more && suffix === undefined) suffix = "~";
  return { unit, unitKnown, qualifier, suffix, trailing: rest.slice(pos), consumed: pos };
}

function stripSuffixWord(text: string): string {
  for (const [word] of SUFFIX_WORDS) {
    if (text.endsWith(word) && text.length > word.length) return text.slice(0, -word.length);
  }
  return text;
}

function longestKnownUnit(text: string, from: number): number {
  const max = Math.min(MAX_UNIT, text.length - from);
  for (let length = max; length > 0; length -= 1) {
    const candidate = text.slice(from, from + length);
    if (knownUnitOf(candidate) !== undefined && !/[(),;，；:]/.test(candidate)) return length;
  }
  return 0;
}
