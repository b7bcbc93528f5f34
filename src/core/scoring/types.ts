/**
 * Result shapes of the scoring engine. Every function returns one of these instead of throwing, so a
 * custom function can map a failure onto a cell error and the validator onto a finding.
 */
import type { Issue } from "../messages/issue";
import type { scoringMessages } from "./scoringMessages";
import type { QualitativeOutcome, TargetMessageCode } from "../target/types";

/** Codes of the scoring engine's messages (SCORE_, BUDGET_, GRADE_). */
export type ScoringMessageCode = keyof typeof scoringMessages;

/** The cell error an issue stands for when a custom function has to return one. */
export type CellErrorKind = "DIV0" | "VALUE" | "NA";

/**
 * A problem met while scoring: an issue with a scoring code (or a target reader's code passed on),
 * and where the result is unusable, the cell error a worksheet function should show.
 */
export type ScoringIssue = Issue<ScoringMessageCode | TargetMessageCode> & {
  readonly error?: CellErrorKind;
};

/** How an indicator was scored (docs/domain.md §3 rules 2–5, 5a for dates). */
export type ScoreRule = "positive" | "equal" | "negative" | "qualitative" | "date";

/** A score band in points, [low, high): the 达成 band alone also holds `high` (= the weight). */
export type ScoreBand = readonly [low: number, high: number];

/** The numbers a quantitative score was computed from, in the target's unit. */
interface ComparedValues {
  readonly target: number;
  /** Actual after unit conversion and the clamp of negatives to 0. */
  readonly actual: number;
  readonly unit: string;
}

interface IndicatorScoreOk {
  readonly ok: true;
  /** Score rounded half-up to 2 decimals (what a cell shows). */
  readonly score: number;
  /** Score in full precision. */
  readonly raw: number;
  readonly weight: number;
  readonly rule: ScoreRule;
  /** The target as written is met (strict for > and <). */
  readonly achieved: boolean;
  /** Qualitative rows: the outcome the actual reports (达成 / 部分达成 / 未达成). */
  readonly outcome?: QualitativeOutcome;
  /** Qualitative rows: the band the unit's own score must lie in. */
  readonly band?: ScoreBand;
  /** Positive/equal rows at or above options.overAchievementFactor × T. */
  readonly overAchieved: boolean;
  /** Quantitative rows: the values compared. */
  readonly compared?: ComparedValues;
  /** Warnings and notes; never an error. */
  readonly issues: readonly ScoringIssue[];
}

export interface ScoringFailure {
  readonly ok: false;
  /** At least one issue of severity "error". */
  readonly issues: readonly ScoringIssue[];
}

export type IndicatorScore = IndicatorScoreOk | ScoringFailure;

interface BudgetScoreOk {
  readonly ok: true;
  readonly score: number;
  readonly raw: number;
  /** 全年执行数 / 全年预算数 as a fraction, full precision. */
  readonly rate: number;
  readonly issues: readonly ScoringIssue[];
}

export type BudgetScore = BudgetScoreOk | ScoringFailure;

export type Grade = "优" | "良" | "中" | "差";
