import { isInBand } from "../scoring/isInBand";
import type { RecognisedTable } from "../tables/model";
import type { Finding } from "./finding";
import { fixed2 } from "./fixed2";
import { makeFinding } from "./makeFinding";
import { cellText, isBlank } from "../cells";
import type { RowFacts, ValidationContext } from "./types";

const CENT = 0.005;

const OUTCOME_LABELS = { achieved: "达成", partial: "部分达成", failed: "未达成" } as const;

/**
 * Scores (得分) the unit entered: present, between 0 and the weight, inside the band of a qualitative
 * outcome; a score that differs from the rule's is shown with both numbers (warning: the unit may
 * have reasons, docs/domain.md §3 rule 6); a row below its weight — or far above its target when the
 * region asks (options.overAchievementFactor) — needs 偏差原因分析及改进措施.
 *
 * @example
 * scoreRules(table, ctx); // [{ code: "SCORES_DIFFERS_FROM_RULE", params: { claimed: 4, rule: 4.94 } }]
 */
export function scoreRules(_table: RecognisedTable, ctx: ValidationContext): Finding[] {
  if (!ctx.scored) return [];
  return ctx.rows.flatMap((facts) => checkRow(facts, ctx));
}

function checkRow(facts: RowFacts, ctx: ValidationContext): Finding[] {
  const { row, weight, claimedScore: claimed, score } = facts;
  if (weight === null || row.name.value.trim() === "") return [];
  const findings: Finding[] = [];
  const scoreCell = row.claimedScore?.cell ?? row.name.cell;
  if (row.claimedScore && !ctx.uncalculated.has(row.claimedScore.cell)) {
    if (isBlank(row.claimedScore.value)) {
      findings.push(makeFinding(scoreCell, "SCORES_MISSING", "error", { name: row.name.value }));
    } else if (claimed === null) {
      findings.push(
        makeFinding(scoreCell, "SCORES_NOT_A_NUMBER", "error", { value: cellText(row.claimedScore.value) }),
      );
    } else if (claimed > weight + CENT) {
      findings.push(
        makeFinding(scoreCell, "SCORES_ABOVE_WEIGHT", "error", {
          score: fixed2(claimed),
          weight: fixed2(weight),
        }),
      );
    } else if (claimed < -CENT) {
      findings.push(makeFinding(scoreCell, "SCORES_NEGATIVE", "error", { score: fixed2(claimed) }));
    } else if (score?.ok && score.band) {
      if (!isInBand(claimed, score.band, weight)) {
        const outcome = facts.actual?.kind === "qualitative" ? facts.actual.outcome : undefined;
        findings.push(
          makeFinding(scoreCell, "SCORES_OUTSIDE_BAND", "error", {
            score: fixed2(claimed),
            low: fixed2(score.band[0]),
            high: fixed2(score.band[1]),
            outcome: outcome ? OUTCOME_LABELS[outcome] : OUTCOME_LABELS.achieved,
          }),
        );
      }
    } else if (score?.ok && Math.abs(claimed - score.score) > CENT) {
      findings.push(
        makeFinding(scoreCell, "SCORES_DIFFERS_FROM_RULE", "warning", {
          claimed: fixed2(claimed),
          rule: fixed2(score.score),
        }),
      );
    }
  }
  findings.push(...checkDeviation(facts, ctx, weight));
  return findings;
}

/** Deviation text is required below the weight (rule 8) and above options.overAchievementFactor × T (rule 7). */
function checkDeviation(facts: RowFacts, ctx: ValidationContext, weight: number): Finding[] {
  if (facts.deviation !== "") return [];
  const cell = facts.row.deviation?.cell ?? facts.row.name.cell;
  const s = facts.effectiveScore;
  if (s !== null && s < weight - CENT && facts.score?.ok === true && facts.score.achieved) {
    // The target is met, yet the unit took points off and says nothing why: not a rule's doing.
    return [
      makeFinding(facts.row.claimedScore?.cell ?? cell, "SCORES_MET_BELOW_WEIGHT", "error", {
        score: fixed2(s),
        weight: fixed2(weight),
      }),
    ];
  }
  if (s !== null && s < weight - CENT) {
    return [
      makeFinding(cell, "SCORES_DEVIATION_MISSING", "error", { score: fixed2(s), weight: fixed2(weight) }),
    ];
  }
  const score = facts.score;
  if (score?.ok && score.overAchieved && ctx.options.overAchievementFactor !== null) {
    return [
      makeFinding(cell, "SCORES_OVERACHIEVED_NO_DEVIATION", "error", {
        actual: score.compared?.actual ?? "",
        target: score.compared?.target ?? "",
        percent: Math.round(ctx.options.overAchievementFactor * 100),
      }),
    ];
  }
  return [];
}
