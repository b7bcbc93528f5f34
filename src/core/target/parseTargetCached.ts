import { parseTarget } from "./parseTarget";
import type { ParsedTarget, TargetContext } from "./types";

/** Enough for every distinct value of a large workbook; the map is emptied when it fills up. */
const MAX_ENTRIES = 10_000;

type Input = string | number | null | undefined;

/** One remembered reading of an input under one context. */
interface Entry {
  readonly name: string;
  readonly role: string;
  readonly unit: string;
  readonly result: ParsedTarget;
}

/*
 * Keyed by the input alone; the few contexts an input is read under sit in a short list beside it.
 * The same cell strings come back as the same string objects, whose hashes V8 keeps, so a hit costs no
 * string building, and a miss (every new actual value of a checked folder) allocates one small list
 * rather than a map per context field.
 */
const cache = new Map<Input, Entry[]>();
let size = 0;

/**
 * parseTarget with memory: custom functions recalculate the same few strings constantly, so results
 * are kept in a bounded map keyed by input and context. Results are shared: do not mutate them.
 *
 * @example
 * parseTargetCached("≥90.00(%)") === parseTargetCached("≥90.00(%)") // true
 */
export function parseTargetCached(input: Input, context?: TargetContext | null): ParsedTarget {
  const name = context?.name ?? "";
  const role = context?.role ?? "";
  const unit = context?.expectedUnit ?? "";
  const entries = cache.get(input);
  if (entries !== undefined) {
    for (const entry of entries) {
      if (entry.name === name && entry.role === role && entry.unit === unit) return entry.result;
    }
  }
  const result = parseTarget(input, context);
  let list = entries;
  if (size >= MAX_ENTRIES) {
    cache.clear();
    size = 0;
    list = undefined;
  }
  const entry: Entry = { name, role, unit, result };
  if (list) list.push(entry);
  else cache.set(input, [entry]);
  size += 1;
  return result;
}
