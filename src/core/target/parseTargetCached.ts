import { parseTarget } from "./parseTarget";
import type { ParsedTarget, TargetContext } from "./types";

/** Enough for every distinct value of a large workbook; the map is emptied when it fills up. */
const MAX_ENTRIES = 10_000;

const cache = new Map<string, ParsedTarget>();

/**
 * parseTarget with memory: custom functions recalculate the same few strings constantly, so results
 * are kept in a bounded map keyed by input and context. Results are shared: do not mutate them.
 *
 * @example
 * parseTargetCached("≥90.00(%)") === parseTargetCached("≥90.00(%)") // true
 */
export function parseTargetCached(
  input: string | number | null | undefined,
  context?: TargetContext,
): ParsedTarget {
  const key = cacheKey(input, context);
  const hit = cache.get(key);
  if (hit) return hit;
  const result = parseTarget(input, context);
  if (cache.size >= MAX_ENTRIES) cache.clear();
  cache.set(key, result);
  return result;
}

function cacheKey(input: string | number | null | undefined, context: TargetContext | undefined): string {
  // The type tag keeps the number 90 apart from the text "90" (their readings differ in role checks).
  const head = typeof input === "number" ? `n${String(input)}` : input == null ? "e" : `s${input}`;
  if (!context) return head;
  return `${head}\u0000${context.name ?? ""}\u0000${context.expectedUnit ?? ""}\u0000${context.role ?? ""}`;
}
