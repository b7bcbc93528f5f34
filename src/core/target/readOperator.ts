import type { Operator } from "./types";

/**
 * Comparison words written before the number, longest first so 不低于 wins over 低于.
 * `null` marks a word that only frames the number (控制在…以内): the suffix decides, else it means ≤.
 */
export const PREFIX_WORDS: readonly (readonly [string, Operator | null])[] = [
  ["大于或等于", ">="],
  ["小于或等于", "<="],
  ["高于或等于", ">="],
  ["低于或等于", "<="],
  ["多于或等于", ">="],
  ["少于或等于", "<="],
  ["大于等于", ">="],
  ["小于等于", "<="],
  ["高于等于", ">="],
  ["低于等于", "<="],
  ["不低于", ">="],
  ["不少于", ">="],
  ["不小于", ">="],
  ["不高于", "<="],
  ["不超过", "<="],
  ["不超出", "<="],
  ["不大于", "<="],
  ["不多于", "<="],
  ["控制在", null],
  ["保持在", null],
  ["至少", ">="],
  ["最少", ">="],
  ["最低", ">="],
  ["至多", "<="],
  ["最多", "<="],
  ["最高", "<="],
  ["达到", ">="],
  ["超过", ">"],
  ["大于", ">"],
  ["高于", ">"],
  ["多于", ">"],
  ["小于", "<"],
  ["低于", "<"],
  ["少于", "<"],
  ["不足", "<"],
  ["等于", "="],
  ["为", "="],
];

/** Comparison words written after the number and unit, longest first. `"~"` marks 左右 (about). */
export const SUFFIX_WORDS: readonly (readonly [string, Operator | "~"])[] = [
  ["及以上", ">="],
  ["或以上", ">="],
  ["以上", ">="],
  ["及以下", "<="],
  ["或以下", "<="],
  ["以下", "<="],
  ["及以内", "<="],
  ["以内", "<="],
  ["之内", "<="],
  ["内", "<="],
  ["左右", "~"],
];

const SYMBOLS: Readonly<Record<string, Operator>> = {
  "≥": ">=",
  "≤": "<=",
  ">": ">",
  "<": "<",
  "=": "=",
};

/** Result of reading a run of comparison symbols such as `≥`, `>`, `≥>`. */
export interface SymbolReading {
  readonly op: Operator | null;
  /** More than one symbol saying the same thing (`≥≥`, `>≥`). */
  readonly doubled: boolean;
  /** Symbols that contradict each other (`><`, `≠`). */
  readonly conflict: boolean;
}

/**
 * The operator a run of comparison symbols stands for (after normaliseTargetText folded `>=` into `≥`).
 *
 * @example
 * readOperator("≥") // { op: ">=", doubled: false, conflict: false }
 * readOperator("><") // { op: null, doubled: false, conflict: true }
 */
export function readOperator(symbols: string): SymbolReading {
  if (symbols === "") return { op: null, doubled: false, conflict: false };
  const ops = [...symbols].map((ch) =>
    Object.prototype.hasOwnProperty.call(SYMBOLS, ch) ? SYMBOLS[ch] : undefined,
  );
  const first = ops[0];
  if (!first || ops.some((op) => op === undefined)) return { op: null, doubled: false, conflict: true };
  let op: Operator = first;
  for (const next of ops.slice(1)) {
    if (next === undefined) continue;
    const merged = mergeOperators(op, next);
    if (merged === null) return { op: null, doubled: false, conflict: true };
    op = merged;
  }
  return { op, doubled: ops.length > 1, conflict: false };
}

/** Direction of an operator: +1 at least, -1 at most, 0 equal. */
export function direction(op: Operator): number {
  return op === ">=" || op === ">" ? 1 : op === "<=" || op === "<" ? -1 : 0;
}

/**
 * Two operators that describe the same comparison (≥ and 以上), merged into one; `null` when they
 * contradict each other. The first one wins when both agree, except that `=` gives way to a direction.
 */
export function mergeOperators(a: Operator, b: Operator): Operator | null {
  if (a === b) return a;
  const da = direction(a);
  const db = direction(b);
  if (da === db) return a;
  if (da === 0) return b;
  if (db === 0) return a;
  return null;
}
