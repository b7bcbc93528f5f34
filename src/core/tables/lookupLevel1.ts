import type { Framework, Level1 } from "../frameworks";
import { findLevel1 } from "../frameworks";

/** By framework, then label: no key string is built per lookup. */
const CACHE = new Map<string, Map<string, Level1 | null>>();

/**
 * {@link findLevel1} with a cache: the recogniser asks the same few labels for every row.
 *
 * @example
 * lookupLevel1(frameworks.national, "产出指标(50分)")?.name // → "产出指标"
 */
export function lookupLevel1(framework: Framework, label: string): Level1 | undefined {
  let labels = CACHE.get(framework.id);
  if (labels === undefined) {
    labels = new Map();
    CACHE.set(framework.id, labels);
  }
  let found = labels.get(label);
  if (found === undefined) {
    found = findLevel1(framework, label) ?? null;
    if (labels.size > 10_000) labels.clear();
    labels.set(label, found);
  }
  return found ?? undefined;
}
