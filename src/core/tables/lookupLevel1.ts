import type { Framework, Level1 } from "../frameworks";
import { findLevel1 } from "../frameworks";
import { remember } from "../remember";

/** One remembered lookup per framework, keyed by label: no key string is built per lookup. */
const BY_FRAMEWORK = new Map<string, (label: string) => Level1 | undefined>();

/**
 * {@link findLevel1} with a cache: the recogniser asks the same few labels for every row.
 *
 * @example
 * lookupLevel1(frameworks.national, "产出指标(50分)")?.name // → "产出指标"
 */
export function lookupLevel1(framework: Framework, label: string): Level1 | undefined {
  let lookup = BY_FRAMEWORK.get(framework.id);
  if (lookup === undefined) {
    lookup = remember((l: string) => findLevel1(framework, l));
    BY_FRAMEWORK.set(framework.id, lookup);
  }
  return lookup(label);
}
