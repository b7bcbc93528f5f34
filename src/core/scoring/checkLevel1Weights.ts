import { findLevel1 } from "../frameworks";
import { national } from "../frameworks/national";
import type { Framework } from "../frameworks/types";
import type { ScoringIssue } from "./types";
import { makeWarning, NO_ISSUES } from "./issues";
import { round2 } from "./round2";

/** The national split counts 成本 with 产出 (产出 50 "含成本"). */
const FOLDED: Readonly<Record<string, string>> = { 成本指标: "产出指标" };

/**
 * Warnings for 一级 weight sums that differ from the framework's default split (docs/domain.md §3 rule 9:
 * national 产出 50 with 成本, 效益 30, 满意度 10). Seed 002 uses other splits, so this never blocks.
 * Nothing is said when a row's 一级 is not in the framework (another framework's table) or when no
 * row names its 一级.
 *
 * @example
 * checkLevel1Weights([{ level1: "成本指标", weight: 10 }, { level1: "产出指标", weight: 40 }, …]);
 * // [{ code: "SCORE_LEVEL1_WEIGHT", params: { level1: "效益指标", weight: 35, expected: 30 } }, …]
 */
export function checkLevel1Weights(
  rows: readonly { readonly level1?: string | undefined; readonly weight: number | null | undefined }[],
  framework: Framework = national,
): readonly ScoringIssue[] {
  const sums = new Map<string, number>();
  for (const row of rows) {
    if (row.level1 === undefined || row.level1.trim() === "") return NO_ISSUES;
    const level1 = findLevel1(framework, row.level1);
    if (!level1) return NO_ISSUES;
    const group = FOLDED[level1.name] ?? level1.name;
    const weight = typeof row.weight === "number" && Number.isFinite(row.weight) ? row.weight : 0;
    sums.set(group, (sums.get(group) ?? 0) + weight);
  }
  if (sums.size === 0) return NO_ISSUES;
  const issues: ScoringIssue[] = [];
  for (const level1 of framework.level1) {
    if (level1.defaultWeight === undefined) continue;
    const weight = round2(sums.get(level1.name) ?? 0);
    if (weight !== level1.defaultWeight) {
      issues.push(
        makeWarning("SCORE_LEVEL1_WEIGHT", { level1: level1.name, weight, expected: level1.defaultWeight }),
      );
    }
  }
  return issues;
}
