/** Validation: rule families over recognised tables → findings, recomputed scores, total and grade. */
export { findingAt, type Finding } from "./finding";
export { validateTable, type TableValidation } from "./validateTable";
export { checkIndicator, type IndicatorInput } from "./checkIndicator";
