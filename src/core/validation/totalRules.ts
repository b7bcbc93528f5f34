import { grade } from "../scoring/grade";
import type { Grade } from "../scoring/types";
import type { RecognisedTable } from "../tables/model";
import type { Finding } from "./finding";
import { fixed2 } from "./fixed2";
import { makeFinding } from "./makeFinding";
import { cellText, isBlank, readNumber } from "../cells";
import { recomputeTotal } from "./recomputeTotal";
import { round2 } from "../scoring/round2";
import type { ValidationContext } from "./types";

const GRADES: readonly string[] = ["优", "良", "中", "差"];

/** Wordings of the grades seen in local forms, read as the grade they mean. */
const GRADE_SYNONYMS: Readonly<Record<string, string>> = {
  优秀: "优",
  良好: "良",
  中等: "中",
  合格: "中",
  及格: "中",
  较差: "差",
  不合格: "差",
  不及格: "差",
};

/**
 * 总分 and 评分等级: the printed total equals the budget score plus the row scores, and the printed
 * grade is the grade of that total under the options' bands.
 *
 * @example
 * totalRules(table, ctx); // [{ code: "TOTALS_MISMATCH", params: { claimed: 98.5, recomputed: 98.99 } }]
 */
export function totalRules(table: RecognisedTable, ctx: ValidationContext): Finding[] {
  if (!ctx.scored) return [];
  const findings: Finding[] = [];
  const { total, grade } = recomputeTotal(table, ctx);
  const claimedCell = table.claimedTotal;
  const claimed = readNumber(claimedCell?.value);
  if (claimedCell && ctx.uncalculated.has(claimedCell.cell)) {
    // Not calculated: told once for the table by FORMULAS_NOT_CALCULATED.
  } else if (!claimedCell || isBlank(claimedCell.value)) {
    if (ctx.kind.evaluated) {
      findings.push(
        makeFinding(
          claimedCell?.cell ?? anchorOf(table),
          "TOTALS_MISSING",
          "warning",
          recomputedParams(total),
        ),
      );
    }
  } else if (claimed === null) {
    findings.push(
      makeFinding(claimedCell.cell, "TOTALS_CLAIMED_INVALID", "error", {
        value: cellText(claimedCell.value),
      }),
    );
  } else if (total === null) {
    findings.push(
      makeFinding(claimedCell.cell, "TOTALS_NOT_RECOMPUTED", "info", { claimed: fixed2(claimed) }),
    );
  } else if (Math.abs(claimed - total) > 0.005 && notSumOfHeaderTotal(table, ctx, claimed) === undefined) {
    findings.push(
      makeFinding(claimedCell.cell, "TOTALS_MISMATCH", "error", {
        claimed: fixed2(claimed),
        recomputed: fixed2(total),
      }),
    );
  }
  if (claimedCell && claimed !== null && !ctx.uncalculated.has(claimedCell.cell)) {
    findings.push(...checkAgainstRows(table, ctx, claimedCell.cell, claimed));
  }
  findings.push(...checkGrade(table, ctx, claimed, grade));
  return findings;
}

/**
 * What no rule can explain (issue 9): a printed total above the sum of the weights (the full marks),
 * and one the printed scores do not add up to (a 自评得分 in the header that the rows cannot reach).
 */
function checkAgainstRows(
  table: RecognisedTable,
  ctx: ValidationContext,
  cell: string,
  claimed: number,
): Finding[] {
  const weighted = ctx.rows.filter((f) => f.weight !== null && f.row.name.value.trim() !== "");
  if (weighted.length === 0) return [];
  // The budget's points count wherever they are outside the rows, even when its block was not read.
  const budgetWeight = ctx.budgetOutsideRows
    ? (readNumber(table.budget?.weight?.value ?? null) ?? ctx.options.budgetWeight)
    : 0;
  const maximum = round2(weighted.reduce((s, f) => s + (f.weight ?? 0), 0) + budgetWeight);
  if (claimed > maximum + 0.005) {
    return [
      makeFinding(cell, "TOTALS_ABOVE_WEIGHTS", "error", {
        claimed: fixed2(claimed),
        maximum: fixed2(maximum),
      }),
    ];
  }
  const sum = notSumOfHeaderTotal(table, ctx, claimed);
  if (sum === undefined) return [];
  return [
    makeFinding(cell, "TOTALS_NOT_SUM_OF_ROWS", "error", { claimed: fixed2(claimed), sum: fixed2(sum) }),
  ];
}

/**
 * The sum of the printed scores when the total is printed in the header or beside the title (自评总分
 * | 97.6) and the rows do not add up to it; undefined otherwise. A total on a 总分 row is compared with
 * the recomputed total instead (TOTALS_MISMATCH), as it always was. Only where every row (and a scored
 * funds block) prints its score: a blank is not a 0.
 */
function notSumOfHeaderTotal(
  table: RecognisedTable,
  ctx: ValidationContext,
  claimed: number,
): number | undefined {
  const cell = table.claimedTotal?.cell;
  if (cell === undefined || !Object.values(table.header).some((f) => f.cell === cell)) return undefined;
  const weighted = ctx.rows.filter((f) => f.weight !== null && f.row.name.value.trim() !== "");
  if (weighted.length === 0 || weighted.some((f) => f.claimedScore === null)) return undefined;
  const block = table.budget && ctx.budgetOutsideRows ? table.budget : undefined;
  const budgetScore = block ? readNumber(block.claimedScore?.value) : 0;
  if (budgetScore === null) return undefined;
  const sum = round2(weighted.reduce((s, f) => s + (f.claimedScore ?? 0), 0) + budgetScore);
  return Math.abs(sum - claimed) <= 0.005 + 1e-9 ? undefined : sum;
}

function checkGrade(
  table: RecognisedTable,
  ctx: ValidationContext,
  claimedTotal: number | null,
  recomputedGrade: Grade | null,
): Finding[] {
  const cell = table.claimedGrade;
  if (cell && ctx.uncalculated.has(cell.cell)) return [];
  if (!cell || isBlank(cell.value)) {
    return ctx.kind.evaluated && table.claimedTotal && recomputedGrade !== null
      ? [
          makeFinding(cell?.cell ?? table.claimedTotal.cell, "TOTALS_GRADE_MISSING", "warning", {
            grade: recomputedGrade ?? "-",
          }),
        ]
      : [];
  }
  const typed = cellText(cell.value).replace(/[\s\u3000]/g, "");
  const printed = GRADE_SYNONYMS[typed] ?? typed;
  if (!GRADES.includes(printed)) {
    return [makeFinding(cell.cell, "TOTALS_GRADE_INVALID", "error", { value: typed })];
  }
  const wording =
    printed === typed
      ? []
      : [makeFinding(cell.cell, "TOTALS_GRADE_WORDING", "info", { value: typed, grade: printed })];
  return [...wording, ...compareGrade(cell.cell, printed, ctx, claimedTotal, recomputedGrade)];
}

/** The printed grade (one of 优/良/中/差) against the grade of the printed and of the recomputed total. */
function compareGrade(
  cell: string,
  printed: string,
  ctx: ValidationContext,
  claimedTotal: number | null,
  recomputedGrade: Grade | null,
): Finding[] {
  const ofClaimed = claimedTotal === null ? null : gradeOf(claimedTotal, ctx);
  if (ofClaimed !== null && ofClaimed !== printed) {
    return [
      makeFinding(cell, "TOTALS_GRADE_MISMATCH", "error", {
        claimed: printed,
        expected: ofClaimed,
        total: claimedTotal === null ? "" : fixed2(claimedTotal),
      }),
    ];
  }
  if (recomputedGrade !== null && recomputedGrade !== printed) {
    return [
      makeFinding(cell, "TOTALS_GRADE_CHANGES", "warning", {
        claimed: printed,
        expected: recomputedGrade,
      }),
    ];
  }
  return [];
}

function gradeOf(total: number, ctx: ValidationContext): string | null {
  const result = grade(total, ctx.options);
  return typeof result === "string" ? result : null;
}

function recomputedParams(total: number | null): { readonly recomputed: string } {
  return { recomputed: total === null ? "-" : fixed2(total) };
}

function anchorOf(table: RecognisedTable): string {
  const last = table.indicators[table.indicators.length - 1];
  return last?.claimedScore?.cell ?? last?.name.cell ?? "A1";
}
