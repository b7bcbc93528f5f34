import type { ScoringIssue } from "../scoring/types";
import type { RecognisedTable } from "../tables/model";
import { unitFactor } from "../target";
import { findingAt, type Finding } from "./finding";
import { makeFinding } from "./makeFinding";
import { cellText, isBlank } from "../cells";
import { readDate } from "../target/readDate";
import { dateOf } from "../scoring/scoreDate";
import { restatesTarget } from "../scoring/restatesTarget";
import type { RowFacts, ValidationContext } from "./types";

/** Outcomes a qualitative actual must be one of (Shanghai drops 年度). */
const OUTCOMES = "达成年度指标 / 部分达成年度指标并具有一定效果 / 未达成年度指标且效果较差";

/**
 * Actual values (实际完成值): present on a scored table, readable, in the target's unit (or one that
 * converts, 元 ↔ 万元), and one of the published outcomes where the target is qualitative. Other notes
 * of the scorer about the actual (read as a fraction, converted unit, negative …) follow on the cell.
 *
 * @example
 * actualRules(table, ctx); // [{ code: "ACTUALS_UNIT_MISMATCH", params: { actualUnit: "个", targetUnit: "%" } }]
 */
export function actualRules(_table: RecognisedTable, ctx: ValidationContext): Finding[] {
  return ctx.rows.flatMap((facts) => checkRow(facts, ctx.scored));
}

/** Scorer codes the validator reports in its own words (or through the targets family). */
const COVERED = new Set([
  "SCORE_UNIT_MISMATCH",
  "SCORE_ACTUAL_INVALID",
  "SCORE_ACTUAL_NOT_NUMERIC",
  "SCORE_ACTUAL_NOT_QUALITATIVE",
  "SCORE_QUALITATIVE_OUTCOME_UNKNOWN",
  "SCORE_ACTUAL_EMPTY",
  "SCORE_WEIGHT_INVALID",
]);

function checkRow(facts: RowFacts, scored: boolean): Finding[] {
  const { row, target, actual } = facts;
  if (!row.actual || !actual) return [];
  const cell = row.actual.cell;
  const name = row.name.value.trim();
  if (name === "" && target.kind === "empty") return [];
  if (isBlank(row.actual.value)) {
    const applies = !(target.kind === "empty" && target.notApplicable === true);
    return scored && applies ? [makeFinding(cell, "ACTUALS_EMPTY", "error", { name })] : [];
  }
  const text = cellText(row.actual.value);
  const own: Finding[] = [];
  if (target.kind === "qualitative") {
    // A completion date against a deadline is compared as dates (rule 5a), not read as an outcome.
    const dated = readDate(target.source) !== undefined && dateOf(actual) !== undefined;
    // "明显提升" against "明显提升" (or "已健全" against "健全") is met, scored or not.
    const restated = actual.kind === "qualitative" && restatesTarget(target.text, actual.text);
    if (!dated && !restated && (actual.kind !== "qualitative" || actual.outcome === undefined)) {
      const failed = facts.score && !facts.score.ok;
      if (failed || !facts.score)
        own.push(makeFinding(cell, "ACTUALS_NOT_AN_OUTCOME", "error", { actual: text, outcomes: OUTCOMES }));
    }
  } else if (target.kind === "quantitative") {
    if (actual.kind === "qualitative") {
      own.push(
        makeFinding(cell, "ACTUALS_NOT_A_NUMBER", "error", { actual: text, unit: target.unit || "-" }),
      );
    } else if (actual.kind === "invalid" || actual.kind === "compound" || actual.kind === "range") {
      own.push(makeFinding(cell, "ACTUALS_UNPARSEABLE", "error", { actual: text }));
    } else if (
      actual.kind === "quantitative" &&
      actual.unit !== "" &&
      target.unit !== "" &&
      actual.unit !== target.unit &&
      unitFactor(actual.unit, target.unit) === null
    ) {
      own.push(
        makeFinding(cell, "ACTUALS_UNIT_MISMATCH", "error", {
          actualUnit: actual.unit,
          targetUnit: target.unit,
          name,
        }),
      );
    }
  }
  const extra = scorerIssues(facts, own.length > 0);
  return [...own, ...extra.map((issue) => findingAt(cell, issue))];
}

/** The scorer's notes about the actual value, not those about the target (the targets family has them). */
function scorerIssues(facts: RowFacts, reported: boolean): ScoringIssue[] {
  const score = facts.score;
  if (!score) return [];
  return score.issues.filter(
    (issue) =>
      !issue.code.startsWith("SCORE_TARGET_") &&
      !(reported && issue.severity === "error") &&
      !(reported && COVERED.has(issue.code)) &&
      !(score.ok && COVERED.has(issue.code)),
  );
}
