import type { TableKind } from "../tables/model";
import type { Finding } from "./finding";

/**
 * Codes whose message names the 三级指标 column, with a variant worded for a form that has none: the
 * 2019 application form lists 绩效指标 | 指标目标值 under each 一级 (no 二级, no 三级).
 */
const WORDED_FOR_SH2019: ReadonlySet<string> = new Set([
  "STRUCTURE_NO_INDICATORS",
  "STRUCTURE_NAME_EMPTY",
  "STRUCTURE_NAME_DUPLICATE",
  "STRUCTURE_NAME_SENTENCE",
  "STRUCTURE_LEVEL1_WITHOUT_INDICATORS",
  "TARGETS_SEVERAL",
  // The target parser's own finding, passed through by the targets family.
  "TARGET_COMPOUND",
]);

/**
 * The finding with the code whose message fits the table's kind (…_SH2019 on the 2019 application
 * form, which says 绩效指标 / 指标目标值 where the other forms say 三级指标 / 指标值).
 *
 * @example
 * fitWordingToKind({ code: "STRUCTURE_NO_INDICATORS", … }, "application-sh2019").code; // "STRUCTURE_NO_INDICATORS_SH2019"
 */
export function fitWordingToKind(finding: Finding, kind: TableKind): Finding {
  return kind === "application-sh2019" && WORDED_FOR_SH2019.has(finding.code)
    ? { ...finding, code: `${finding.code}_SH2019` }
    : finding;
}
