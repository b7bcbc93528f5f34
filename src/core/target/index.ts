/**
 * Reading and writing target values (年度指标值 / 指标目标值) and actual values (实际完成值).
 *
 * - parseTarget(input, context?) → ParsedTarget; never throws, never NaN/Infinity. `context.role`
 *   defaults to "target" (missing operator/unit are warned); pass role "actual" for 实际完成值.
 * - parseTargetCached: the same, memoised (bounded) for custom-function recalculation.
 * - formatTarget: the Shanghai form ≥90.00(%); reading it back gives the same op/value/unit/kind.
 * - canonicalUnit / unitFactor: one spelling per unit; unitFactor(from, to) is how many `to` make
 *   one `from` (万元 → 元: 10000), null when the units do not convert.
 * Issue codes are TARGET_* keys of the message catalogue (./targetMessages.ts).
 */
export type * from "./types";
export { parseTarget } from "./parseTarget";
export { parseTargetCached } from "./parseTargetCached";
export { formatTarget } from "./formatTarget";
export { canonicalUnit, unitFactor, isKnownUnit } from "./units";
