import type { Framework, Level1 } from "../frameworks";
import { findLevel1, normaliseLabel } from "../frameworks";

const CACHE = new Map<string, Level1 | null>();
const KEYS = new Map<string, string>();

/**
 * {@link findLevel1} with a cache: the recogniser asks the same few labels for every row.
 *
 * @example
 * lookupLevel1(frameworks.national, "产出指标(50分)")?.name // → "产出指标"
 */
export function lookupLevel1(framework: Framework, label: string): Level1 | undefined {
  const key = `${framework.id}\u0000${label}`;
  let found = CACHE.get(key);
  if (found === undefined) {
    found = findLevel1(framework, label) ?? null;
    if (CACHE.size > 10_000) CACHE.clear();
    CACHE.set(key, found);
  }
  return found ?? undefined;
}

/** {@link normaliseLabel} with a cache. */
export function levelKey(label: string): string {
  let key = KEYS.get(label);
  if (key === undefined) {
    key = normaliseLabel(label);
    if (KEYS.size > 10_000) KEYS.clear();
    KEYS.set(label, key);
  }
  return key;
}
