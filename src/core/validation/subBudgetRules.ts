import { round2 } from "../scoring/round2";
import type { RecognisedTable } from "../tables/model";
import type { Finding } from "./finding";
import { makeFinding } from "./makeFinding";

/**
 * 项目当年投入资金构成 of the 2019 application form (seed 003): every part has an amount and the parts
 * add up to 项目当年预算.
 *
 * @example
 * subBudgetRules(table, ctx); // [{ code: "SUBBUDGET_SUM_MISMATCH", params: { sum: 133330000, total: 133340000, difference: -10000 } }]
 */
export function subBudgetRules(table: RecognisedTable): Finding[] {
  const sub = table.subBudgets;
  if (!sub || sub.parts.length === 0) return [];
  const findings: Finding[] = [];
  let sum = 0;
  for (const part of sub.parts) {
    if (part.amount.value === null) {
      findings.push(
        makeFinding(part.amount.cell, "SUBBUDGET_AMOUNT_MISSING", "error", { name: part.name.value }),
      );
    } else {
      sum += part.amount.value;
      if (part.amount.value < 0) {
        findings.push(
          makeFinding(part.amount.cell, "SUBBUDGET_AMOUNT_NEGATIVE", "error", { name: part.name.value }),
        );
      }
    }
  }
  const total = sub.total;
  if (!total || total.value === null) {
    const cell = total?.cell ?? sub.parts[0]?.amount.cell ?? "A1";
    findings.push(makeFinding(cell, "SUBBUDGET_TOTAL_MISSING", "warning", { sum: round2(sum) }));
    return findings;
  }
  const difference = round2(sum - total.value);
  if (Math.abs(difference) > 0.005) {
    findings.push(
      makeFinding(total.cell, "SUBBUDGET_SUM_MISMATCH", "error", {
        sum: round2(sum),
        total: total.value,
        difference,
      }),
    );
  }
  return findings;
}
