import type { KindDefinition } from "../kinds";
import type { Finding } from "./finding";

/**
 * The finding with the code whose message fits the table's kind (a kind's `rewording`: …_SH2019 on
 * the 2019 application form, which says 绩效指标 / 指标目标值 where the other forms say 三级指标 / 指标值).
 * The worded code has the same placeholders as the original (test/core/kinds pins it).
 *
 * @example
 * fitWordingToKind({ code: "STRUCTURE_NO_INDICATORS", … }, kindOf(table.kind)).code; // "…_SH2019" on the 2019 form
 */
export function fitWordingToKind(finding: Finding, kind: KindDefinition): Finding {
  const worded = kind.rewording?.[finding.code];
  return worded === undefined ? finding : ({ ...finding, code: worded } as Finding);
}
