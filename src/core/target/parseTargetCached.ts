import { parseTarget } from "./parseTarget";
import type { ParsedTarget, TargetContext } from "./types";

/** Enough for every distinct value of a large workbook; the map is emptied when it fills up. */
const MAX_ENTRIES = 10_000;

type Input = string | number | null | undefined;

/*
 * Nested maps (input → name → role → expected unit) rather than one joined string key: the same cell
 * strings come back as the same string objects, whose hashes V8 keeps, so a hit costs no string building.
 */
const cache = new Map<Input, Map<string, Map<string, Map<string, ParsedTarget>>>>();
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
  const byName = cache.get(input);
  const byRole = byName?.get(name);
  const byUnit = byRole?.get(role);
  const hit = byUnit?.get(unit);
  if (hit) return hit;
  const result = parseTarget(input, context);
  if (size >= MAX_ENTRIES) {
    cache.clear();
    size = 0;
  }
  let names = cache.get(input);
  if (!names) cache.set(input, (names = new Map()));
  let roles = names.get(name);
  if (!roles) names.set(name, (roles = new Map()));
  let units = roles.get(role);
  if (!units) roles.set(role, (units = new Map()));
  units.set(unit, result);
  size += 1;
  return result;
}
