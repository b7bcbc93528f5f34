import { fromA1 } from "../address";
import type { Grid } from "../grid";
import { NATIONAL_RULES, type ScoringOptions } from "../scoring/options";
import type { Grade } from "../scoring/types";
import { explainScore, type ScoreExplanation } from "../scoring/explainScore";
import { explainBudgetScore } from "../scoring/explainBudgetScore";
import type { RecognisedTable } from "../tables/model";
import type { Severity } from "../messages/issue";
import { analyseBudget } from "./analyseBudget";
import { buildContext } from "./buildContext";
import type { Finding } from "./finding";
import { fitWordingToKind } from "./fitWordingToKind";
import { makeFinding } from "./makeFinding";
import { recomputeTotal } from "./recomputeTotal";
import { ruleFamilies } from "./ruleFamilies";

/** Scores of one indicator row, as the reviewer's report shows them. */
interface RowScore {
  /** 0-based sheet row. */
  readonly row: number;
  readonly weight: number | null;
  /** Score by the rules of docs/domain.md §3; null when the row cannot be scored. */
  readonly rule: number | null;
  /** What the unit entered. */
  readonly claimed: number | null;
  /** What counts in the total (the entered score when it is a possible one, else the rule score). */
  readonly effective: number | null;
  /** How the rule score was reached (absent when the row cannot be scored). */
  readonly explanation?: ScoreExplanation;
}

interface BudgetSummary {
  readonly budget: number | null;
  readonly executed: number | null;
  /** 全年执行数 / 全年预算数 as a fraction, full precision; null when it cannot be computed. */
  readonly rate: number | null;
  /** Budget row score; null when it cannot be computed or the table is not scored (monitoring). */
  readonly score: number | null;
  readonly weight: number;
  readonly claimedScore: number | null;
  readonly claimedRate: number | null;
  /** How `score` was reached (absent when there is no score). */
  readonly explanation?: ScoreExplanation;
}

export interface TableValidation {
  /** Errors first, then warnings, then notes; each group in sheet order. */
  readonly findings: readonly Finding[];
  readonly scores: readonly RowScore[];
  readonly budget?: BudgetSummary;
  /** Recomputed 总分; absent on unscored tables or when a row has no usable score. */
  readonly total?: number;
  readonly grade?: Grade;
  /** 总分 with every row at its rule score. */
  readonly ruleTotal?: number;
}

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/**
 * Runs every rule family over a recognised table and recomputes its scores, total and grade. Never
 * throws: a failing family is reported as INTERNAL_ERROR on the table's first cell. Pass the `grid` the
 * table was recognised in so that formulas without a cached result (not calculated) are told apart
 * from blank cells.
 *
 * @example
 * const { findings, total, grade } = validateTable(table); // seed 002: total 98.99, grade "优"
 */
export function validateTable(
  table: RecognisedTable,
  options: ScoringOptions = NATIONAL_RULES,
  grid?: Grid,
): TableValidation {
  const ctx = buildContext(table, options, grid);
  const findings: Finding[] = [];
  const { kind } = ctx;
  for (const family of [...ruleFamilies, ...(kind.rules ?? [])]) {
    try {
      findings.push(...family.check(table, ctx).map((f) => fitWordingToKind(f, kind)));
    } catch (error) {
      const detail = `${family.id}: ${error instanceof Error ? error.message : String(error)}`;
      findings.push(makeFinding(firstCell(table.range), "INTERNAL_ERROR", "error", { detail }));
    }
  }
  const recomputed = recomputeTotal(table, ctx);
  const scores = ctx.rows
    .filter((f) => f.row.name.value.trim() !== "" || f.weight !== null)
    .map((f) => {
      const explanation = f.score ? explainScore(f.score, options) : null;
      return {
        row: f.row.row,
        weight: f.weight,
        rule: f.score?.ok ? f.score.score : null,
        claimed: f.claimedScore,
        effective: f.effectiveScore,
        ...(explanation ? { explanation } : {}),
      };
    });
  const sheet = table.sheet;
  return {
    findings: sortFindings(sheet === undefined ? findings : findings.map((f) => ({ ...f, sheet }))),
    scores,
    ...(table.budget
      ? { budget: summariseBudget(table.budget, options, kind.budgetScored && ctx.budgetOutsideRows) }
      : {}),
    ...(ctx.scored && recomputed.total !== null ? { total: recomputed.total } : {}),
    ...(ctx.scored && recomputed.grade !== null ? { grade: recomputed.grade } : {}),
    ...(ctx.scored && recomputed.ruleTotal !== null ? { ruleTotal: recomputed.ruleTotal } : {}),
  };
}

function summariseBudget(
  budget: NonNullable<RecognisedTable["budget"]>,
  options: ScoringOptions,
  budgetScored: boolean,
): BudgetSummary {
  const a = analyseBudget(budget, options);
  const explanation =
    a.result && budgetScored && a.budget !== null && a.executed !== null
      ? explainBudgetScore(a.result, a.executed, a.budget, a.weight)
      : null;
  return {
    budget: a.budget,
    executed: a.executed,
    rate: a.result?.ok ? a.result.rate : null,
    // A kind whose funds row is not scored (the mid-year monitoring table) reports the rate only.
    score: a.result?.ok && budgetScored ? a.result.score : null,
    weight: a.weight,
    claimedScore: a.claimedScore,
    claimedRate: a.claimedRate,
    ...(explanation ? { explanation } : {}),
  };
}

function sortFindings(findings: readonly Finding[]): Finding[] {
  const position = (cell: string): number => {
    const at = fromA1(cell);
    return at ? at.row * 100000 + at.col : Number.MAX_SAFE_INTEGER;
  };
  // Each cell's position worked out once, not in every comparison of the sort.
  return findings
    .map((f, i) => ({ f, i, at: position(f.cell) }))
    .sort((a, b) => SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] || a.at - b.at || a.i - b.i)
    .map(({ f }) => f);
}

function firstCell(range: string): string {
  return range.split(":")[0] ?? "A1";
}
