/** Validation: rule families over recognised tables → findings, recomputed scores, total and grade. */
export { findingAt, type Finding } from "./finding";
export type { RowFacts, RuleFamily, ValidationContext } from "./types";
export { validateTable, type TableValidation, type RowScore, type BudgetSummary } from "./validateTable";
export { checkIndicator, type IndicatorInput } from "./checkIndicator";
export { ruleFamilies } from "./ruleFamilies";
export { buildContext } from "./buildContext";
export { makeFinding } from "./makeFinding";
export { reachableRates, printedWithin, AMOUNT_TOLERANCE } from "./budgetTolerance";
