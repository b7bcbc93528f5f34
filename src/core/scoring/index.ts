/** Scoring engine: budget execution, indicator scores, totals and grade (docs/domain.md §3). */
export { NATIONAL_RULES, QUALITATIVE_BANDS, type ScoringOptions } from "./options";
export type {
  BudgetScore,
  BudgetScoreOk,
  CellErrorKind,
  ComparedValues,
  Grade,
  IndicatorScore,
  IndicatorScoreOk,
  ScoreBand,
  ScoreRule,
  ScoringFailure,
  ScoringIssue,
} from "./types";
export { round2 } from "./round2";
export { round2Exact, type ScoreFormula } from "./round2Exact";
export { isScoringIssue } from "./isScoringIssue";
export { executionRate } from "./executionRate";
export { budgetScore } from "./budgetScore";
export { scoreIndicator } from "./scoreIndicator";
export { qualitativeBand } from "./qualitativeBand";
export { isInBand } from "./isInBand";
export { isAchieved } from "./isAchieved";
export { grade } from "./grade";
export { parseGradeBands, type GradeBandsResult } from "./parseGradeBands";
export { scoreText } from "./scoreText";
export { deviationRequired } from "./deviationRequired";
export { checkLevel1Weights } from "./checkLevel1Weights";
export {
  totalScore,
  type TotalScoreInput,
  type TotalScoreResult,
  type TotalScoreRow,
  type TotalScoreRowResult,
} from "./totalScore";
