import { kindOf } from "../kinds";
import { frameworks } from "../frameworks";
import type { Grid } from "../grid";
import { isInBand } from "../scoring/isInBand";
import type { ScoringOptions } from "../scoring/options";
import { scoreIndicator } from "../scoring/scoreIndicator";
import type { IndicatorScore } from "../scoring/types";
import type { IndicatorRow, RecognisedTable } from "../tables/model";
import { parseTarget } from "../target";
import type { ParsedTarget } from "../target/types";
import { findBrokenHelpers } from "./findBrokenHelpers";
import { findUncalculated } from "./findUncalculated";
import { cellText, isBlank, readNumber } from "../cells";
import type { RowFacts, ValidationContext } from "./types";
import { isExecutionRow } from "./isExecutionRow";

/** Score tolerance: values are compared as the 2-decimal numbers the cells show. */
const CENT = 0.005;

/**
 * Reads every indicator row once (target, actual, weight, entered score, rule score) so that the rule
 * families share one parse and one scoring pass. `grid` (optional) shows which cells hold formulas.
 *
 * @example
 * buildContext(table, NATIONAL_RULES).rows[0].score; // { ok: true, score: 10, … }
 */
export function buildContext(
  table: RecognisedTable,
  options: ScoringOptions,
  grid?: Grid,
): ValidationContext {
  const kind = kindOf(table.kind);
  const scored = kind.evaluated || table.indicators.some((r) => r.weight !== undefined);
  // Subtotals add up the rows under them; breakdown rows (其中) detail the weighted row above them.
  const rows = table.indicators
    .filter((r) => !r.isSubtotal && !r.isBreakdown)
    .map((r) => readRow(r, options, scored));
  const uncalculated = findUncalculated(table, grid);
  const helpers = findBrokenHelpers(table, grid);
  const budgetOutsideRows = isBudgetOutsideRows(table, kind.department === true);
  return {
    kind,
    options,
    framework: frameworks[table.framework],
    scored,
    budgetOutsideRows,
    rows,
    uncalculated,
    helpers,
  };
}

/**
 * Whether the execution's points are outside the indicator rows (see ValidationContext). A funds block
 * that prints its points or score keeps them outside; otherwise an execution row among the indicators,
 * or a department table's unscored funds block, brings them inside.
 */
function isBudgetOutsideRows(table: RecognisedTable, department: boolean): boolean {
  const block = table.budget;
  if (block && (block.weight !== undefined || block.claimedScore !== undefined)) return true;
  if (table.indicators.some(isExecutionRow)) return false;
  return !(department && block !== undefined);
}

function readRow(row: IndicatorRow, options: ScoringOptions, scored: boolean): RowFacts {
  const name = row.name.value.trim();
  // Read once here and shared by every rule and the scorer. Not through parseTargetCached: in a folder
  // of submissions nearly every actual value (and most targets) is new, and remembering them costs
  // more than reading them (the kept results survive into the old generation of the heap).
  const target = parseTarget(row.target.value, { name, role: "target" });
  const expectedUnit = target.kind === "quantitative" || target.kind === "range" ? target.unit : undefined;
  const actual =
    row.actual === undefined
      ? undefined
      : parseTarget(typeof row.actual.value === "number" ? row.actual.value : cellText(row.actual.value), {
          name,
          role: "actual",
          ...(expectedUnit ? { expectedUnit } : {}),
        });
  const weight = readNumber(row.weight?.value);
  const claimedScore = readNumber(row.claimedScore?.value);
  const deviation = (row.deviation?.value ?? "").trim();
  const score =
    scored && actual !== undefined && weight !== null && !isBlank(row.actual?.value)
      ? scoreIndicator(target, actualForScoring(row, actual), weight, options)
      : undefined;
  return {
    row,
    target,
    ...(actual ? { actual } : {}),
    weight,
    claimedScore,
    deviation,
    ...(score ? { score } : {}),
    effectiveScore: effectiveScore(claimedScore, weight, score),
  };
}

/** A number typed in the cell goes to the scorer as a number, so 0.89 against ≥90% reads as 89%. */
function actualForScoring(row: IndicatorRow, parsed: ParsedTarget): ParsedTarget | number {
  const raw = row.actual?.value;
  return typeof raw === "number" && Number.isFinite(raw) ? raw : parsed;
}

/** The unit's own score when it is a possible one (0…w, inside the qualitative band), else the rule's. */
function effectiveScore(
  claimed: number | null,
  weight: number | null,
  score: IndicatorScore | undefined,
): number | null {
  if (claimed !== null && weight !== null && claimed >= -CENT && claimed <= weight + CENT) {
    if (!score?.ok || !score.band || isInBand(claimed, score.band, weight)) return claimed;
  }
  return score?.ok ? score.score : null;
}
