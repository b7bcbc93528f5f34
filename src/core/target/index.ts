export type * from "./types";
export { parseTarget } from "./parseTarget";
export { parseTargetCached } from "./parseTargetCached";
export { formatTarget } from "./formatTarget";
export { canonicalUnit, unitFactor, isKnownUnit } from "./units";
export { normaliseTargetText } from "./normaliseTargetText";
export { readOutcome } from "./readOutcome";
