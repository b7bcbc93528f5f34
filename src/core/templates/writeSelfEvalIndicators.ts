import { toA1 } from "../address";
import type { Framework } from "../frameworks";
import { formatMessage } from "../messages";
import type { IndicatorContent } from "./content";
import type { LayoutBuilder } from "./createLayoutBuilder";
import type { IndicatorBlock } from "./layout";
import { addIndicatorDropdowns } from "./addIndicatorDropdowns";
import { QUALITATIVE_OUTCOMES } from "./lists";
import { planIndicatorBlocks } from "./planIndicatorBlocks";
import { putCheckFormula } from "./putCheckFormula";
import { writeIndicatorRows } from "./writeIndicatorRows";

/** Columns (A…J) of the self-evaluation indicator block, the project's and the department's alike. */
export const SELF_EVAL_COLUMNS = {
  level1: 0,
  level2: 1,
  name: 2,
  target: 3,
  actual: 4,
  weight: 5,
  score: 6,
  deviation: 7,
  ruleScore: 8,
  check: 9,
} as const;

const HEADER = [
  "一级指标",
  "二级指标",
  "三级指标",
  "年度指标值",
  "实际完成值",
  "分值",
  "得分",
  "偏差原因分析及改进措施",
  "规则得分",
] as const;

/**
 * Writes a self-evaluation's indicator header and rows (every 一级/二级 of the framework, two empty 三级
 * rows each unless content is given), each with its 规则得分 formula and live check, the dropdowns and
 * the 实际完成值 prompt; returns where the rows went. The project and the department self-evaluations
 * share it, so their indicator blocks cannot drift apart.
 *
 * @example
 * const { firstRow, lastRow } = writeSelfEvalIndicators(b, framework, content.indicators, 11);
 */
export function writeSelfEvalIndicators(
  b: LayoutBuilder,
  framework: Framework,
  indicators: readonly IndicatorContent[] | undefined,
  headerRow: number,
): { firstRow: number; lastRow: number; blocks: IndicatorBlock[] } {
  const C = SELF_EVAL_COLUMNS;
  HEADER.forEach((text, col) => b.put(headerRow, col, text, "header"));
  b.put(headerRow, C.check, "检查（自动）", "check");
  b.height(headerRow, 30);

  const firstRow = headerRow + 1;
  const written = writeIndicatorRows(b, {
    startRow: firstRow,
    blocks: planIndicatorBlocks(framework, indicators, 2),
    level1Col: C.level1,
    level2Col: C.level2,
    writeRow(row, item, tops) {
      const r = row + 1;
      b.put(row, C.name, item.name ?? null, "text", true);
      b.put(row, C.target, item.target ?? null, "centerText", true);
      b.put(row, C.actual, item.actual ?? null, "centerText", true);
      b.put(row, C.weight, item.weight ?? null, "points", true);
      b.put(row, C.score, item.score ?? { formula: `=I${r}` }, "computed", true);
      b.put(row, C.deviation, item.deviation ?? null, "text", true);
      b.put(
        row,
        C.ruleScore,
        { formula: `=IF(COUNTA(D${r}:F${r})<3,"",PERF.SCORE(D${r},E${r},F${r}))` },
        "computed",
      );
      putCheckFormula(b, row, tops, C);
      b.height(row, 30);
    },
  });
  const lastRow = written.lastRow;
  addIndicatorDropdowns(b, framework, C, firstRow, lastRow);
  b.validate({
    range: `${toA1(firstRow, C.actual)}:${toA1(lastRow, C.actual)}`,
    values: QUALITATIVE_OUTCOMES,
    alert: "warning",
    prompt: formatMessage("TEMPLATE_ACTUAL_PROMPT"),
  });
  return { firstRow, lastRow, blocks: written.blocks };
}
