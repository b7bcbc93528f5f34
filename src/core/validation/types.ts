import type { KindDefinition, TableKind } from "../kinds";
import type { Framework } from "../frameworks";
import type { IndicatorScore } from "../scoring/types";
import type { ScoringOptions } from "../scoring/options";
import type { RecognisedTable, IndicatorRow } from "../tables/model";
import type { ParsedTarget } from "../target/types";
import type { Finding } from "./finding";
import type { BrokenHelpers } from "./findBrokenHelpers";

/** What the validator knows about one indicator row, worked out once and shared by every rule. */
export interface RowFacts {
  readonly row: IndicatorRow;
  readonly target: ParsedTarget;
  /** The actual value read as a target-like value; absent where the table has no actual column. */
  readonly actual?: ParsedTarget;
  /** 分值 as a number; null when blank or not a number. */
  readonly weight: number | null;
  /** 得分 the unit entered; null when blank or not a number. */
  readonly claimedScore: number | null;
  /** 偏差原因分析及改进措施, trimmed ("" when none). */
  readonly deviation: string;
  /** Rule score (docs/domain.md §3); absent where the row cannot be scored (no actual, no weight). */
  readonly score?: IndicatorScore;
  /**
   * The score that counts in the total: the unit's own score where it is a valid one (never silently
   * overwritten, docs/domain.md §3 rule 6), else the rule score; null when neither exists.
   */
  readonly effectiveScore: number | null;
}

/** Shared input of every rule family. */
export interface ValidationContext {
  /** The table's kind, looked up once: what it is scored on and how its messages are worded. */
  readonly kind: KindDefinition<TableKind>;
  readonly options: ScoringOptions;
  readonly framework: Framework;
  /** True for tables that carry weights and scores (self-evaluation). */
  readonly scored: boolean;
  /**
   * Whether the budget execution's points lie outside the indicator rows (the funds row's 分值, 10
   * nationally), so the indicator weights add up to `indicatorWeightTotal`. False when an indicator
   * row carries the execution rate with its points, or a department table's funds block prints no
   * points or score (the indicator rows then carry all 100).
   */
  readonly budgetOutsideRows: boolean;
  /** Indicator rows that are not subtotals, in table order. */
  readonly rows: readonly RowFacts[];
  /**
   * Cells whose PerfTables formulas were not calculated (#NAME?, or a PERF formula without a cached
   * result): reported once per table (FORMULAS_NOT_CALCULATED), not as a bad value per cell.
   */
  readonly uncalculated: ReadonlySet<string>;
  /** Portable sheets: helper cells edited or missing (findBrokenHelpers); empty lists elsewhere. */
  readonly helpers: BrokenHelpers;
}

/** One rule family: a pure function from a table to its findings. */
export type RuleFamily = (table: RecognisedTable, ctx: ValidationContext) => Finding[];
