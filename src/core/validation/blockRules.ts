import { readNumber } from "../cells";
import { round2 } from "../scoring/round2";
import type { IndicatorBlock, RecognisedTable } from "../tables/model";
import type { Finding } from "./finding";
import { fixed2 } from "./fixed2";
import { makeFinding } from "./makeFinding";
import type { RowFacts, ValidationContext } from "./types";

/** Weights and scores are compared in cents. */
const CENT = 0.005;

/**
 * Tables scored in several blocks ("一、履职效能（40分）" … "二、管理效率（60分）", one total): each block's
 * weights add up to the points in its label, and a 小计 row closing a block prints the sum of its
 * weights and of its printed scores.
 *
 * @example
 * blockRules(table, ctx); // [{ cell: "A8", code: "BLOCKS_POINTS_MISMATCH", params: { points: "40.00", sum: "45.00" … } }]
 */
export function blockRules(table: RecognisedTable, ctx: ValidationContext): Finding[] {
  if (!ctx.scored) return [];
  return (table.blocks ?? []).flatMap((block) => checkBlock(block, rowsOf(block, ctx.rows)));
}

function rowsOf(block: IndicatorBlock, rows: readonly RowFacts[]): RowFacts[] {
  return rows.filter((f) => f.row.row >= block.fromRow && f.row.row <= block.toRow && f.weight !== null);
}

function checkBlock(block: IndicatorBlock, rows: readonly RowFacts[]): Finding[] {
  if (rows.length === 0) return [];
  const findings: Finding[] = [];
  const weights = round2(rows.reduce((s, f) => s + (f.weight ?? 0), 0));
  if (block.label && block.points !== null && Math.abs(block.points - weights) > CENT) {
    findings.push(
      makeFinding(block.label.cell, "BLOCKS_POINTS_MISMATCH", "error", {
        block: block.label.value.trim(),
        points: fixed2(block.points),
        sum: fixed2(weights),
      }),
    );
  }
  const weight = block.subtotal?.weight;
  const printedWeight = readNumber(weight?.value);
  if (weight && printedWeight !== null && Math.abs(printedWeight - weights) > CENT) {
    findings.push(
      makeFinding(weight.cell, "BLOCKS_SUBTOTAL_WEIGHT_MISMATCH", "error", {
        printed: fixed2(printedWeight),
        sum: fixed2(weights),
      }),
    );
  }
  const score = block.subtotal?.score;
  const printedScore = readNumber(score?.value);
  if (score && printedScore !== null && rows.every((f) => f.claimedScore !== null)) {
    const sum = round2(rows.reduce((s, f) => s + (f.claimedScore ?? 0), 0));
    if (Math.abs(printedScore - sum) > CENT) {
      findings.push(
        makeFinding(score.cell, "BLOCKS_SUBTOTAL_SCORE_MISMATCH", "error", {
          printed: fixed2(printedScore),
          sum: fixed2(sum),
        }),
      );
    }
  }
  return findings;
}
