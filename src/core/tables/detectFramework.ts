import type { FrameworkId } from "../frameworks";
import { frameworks, normaliseLabel } from "../frameworks";
import { lookupLevel1 } from "./lookupLevel1";
import { kindOf, type TableKind } from "../kinds";

/**
 * The indicator framework a table follows: a kind's fixed framework (the Shanghai forms); otherwise the national one, or
 * the pre-2021 one when 成本指标 stands as a 二级 (under 产出) rather than as a 一级; a scored table
 * using the Shanghai 2020 一级 labels (投入与管理, 效果目标 …) follows sh2020; one using 决策 / 过程
 * follows the evaluation framework of 财预〔2020〕10号.
 *
 * @example
 * detectFramework(table.kind, [{ level1: "产出指标", level2: "成本指标" }]) // → "national-pre2021" (no fixed framework)
 */
export function detectFramework(
  kind: TableKind,
  rows: readonly { readonly level1: string; readonly level2: string }[],
): FrameworkId {
  const fixed = kindOf(kind).fixedFramework;
  if (fixed !== undefined) return fixed;
  let sh2020 = 0;
  let national = 0;
  let evaluation = 0;
  let costAsLevel1 = false;
  let costAsLevel2 = false;
  for (const { level1, level2 } of rows) {
    if (level1 !== "") {
      if (lookupLevel1(frameworks.national, level1)) national++;
      else if (lookupLevel1(frameworks.sh2020, level1)) sh2020++;
      else if (lookupLevel1(frameworks.evaluation, level1)) evaluation++;
      if (normaliseLabel(level1).startsWith("成本")) costAsLevel1 = true;
    }
    if (normaliseLabel(level2).startsWith("成本")) costAsLevel2 = true;
  }
  if (sh2020 > national) return "sh2020";
  // 决策 / 过程 are 一级 only the evaluation framework has (产出 / 效益 are shared with the national one).
  if (evaluation > 0 && evaluation >= sh2020) return "evaluation";
  if (costAsLevel2 && !costAsLevel1) return "national-pre2021";
  return "national";
}
