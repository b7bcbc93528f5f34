/** Scoring engine: budget execution, indicator scores, totals and grade (docs/domain.md §3). */
export { NATIONAL_RULES, type ScoringOptions } from "./options";
export type { ScoringIssue } from "./types";
export { round2 } from "./round2";
export { isScoringIssue } from "./isScoringIssue";
export { executionRate } from "./executionRate";
export { budgetScore } from "./budgetScore";
export { scoreIndicator } from "./scoreIndicator";
export { isInBand } from "./isInBand";
export { isAchieved } from "./isAchieved";
export { grade } from "./grade";
export { parseGradeBands } from "./parseGradeBands";
export { scoreText } from "./scoreText";
export { deviationRequired } from "./deviationRequired";
export { explainScore, type ScoreExplanation } from "./explainScore";
export { explainBudgetScore } from "./explainBudgetScore";
export { totalScore, type TotalScoreRow } from "./totalScore";
