import type { RecognisedTable } from "../tables/model";
import { parseTargetCached, unitFactor } from "../target";
import type { Finding } from "./finding";
import { makeFinding } from "./makeFinding";
import { cellText, isBlank } from "../cells";
import type { RowFacts, ValidationContext } from "./types";

/** The three answers of 完成目标可能性 on the 绩效运行监控表 (docs/domain.md §1.5). */
const LIKELIHOODS = ["确定能", "有可能", "完全不可能"] as const;

/**
 * Monitoring tables (绩效运行监控表): 完成目标可能性 is one of 确定能 / 有可能 / 完全不可能, an answer
 * other than 确定能 comes with a reason (偏差原因), and progress and forecast use the target's unit.
 *
 * @example
 * monitorRules(table, ctx); // [{ code: "MONITOR_LIKELIHOOD_INVALID", params: { value: "能" } }]
 */
export function monitorRules(_table: RecognisedTable, ctx: ValidationContext): Finding[] {
  // Registered by the monitoring kind (src/core/kinds/monitor.ts), so it runs on those tables only.
  return ctx.rows.flatMap(checkRow);
}

function checkRow(facts: RowFacts): Finding[] {
  const { row, target } = facts;
  if (row.name.value.trim() === "") return [];
  const findings: Finding[] = [];
  const likelihood = row.likelihood;
  if (likelihood && !isBlank(likelihood.value)) {
    const value = likelihood.value.replace(/[\s\u3000。.]/g, "");
    if (!(LIKELIHOODS as readonly string[]).includes(value)) {
      findings.push(
        makeFinding(likelihood.cell, "MONITOR_LIKELIHOOD_INVALID", "error", {
          value,
          allowed: LIKELIHOODS.join(" / "),
        }),
      );
    } else if (value !== "确定能" && (row.deviation?.value ?? "").trim() === "") {
      findings.push(
        makeFinding(row.deviation?.cell ?? likelihood.cell, "MONITOR_REASON_MISSING", "warning", {
          likelihood: value,
        }),
      );
    }
  }
  if (target.kind === "quantitative" && target.unit !== "") {
    for (const located of [row.progress, row.forecast]) {
      if (!located || isBlank(located.value) || typeof located.value === "number") continue;
      const value = parseTargetCached(cellText(located.value), { role: "actual", expectedUnit: target.unit });
      if (
        value.kind === "quantitative" &&
        value.unit !== "" &&
        value.unit !== target.unit &&
        unitFactor(value.unit, target.unit) === null
      ) {
        findings.push(
          makeFinding(located.cell, "MONITOR_UNIT_MISMATCH", "warning", {
            unit: value.unit,
            targetUnit: target.unit,
          }),
        );
      }
    }
  }
  return findings;
}
