import type { Framework } from "../frameworks";
import type { IndicatorContent } from "./content";
import type { LayoutBuilder } from "./createLayoutBuilder";
import type { IndicatorBlock } from "./layout";
import { addIndicatorDropdowns } from "./addIndicatorDropdowns";
import { planIndicatorBlocks } from "./planIndicatorBlocks";
import { putCheckFormula, type CheckColumns } from "./putCheckFormula";
import { writeIndicatorRows } from "./writeIndicatorRows";

/** The four-column indicator block of a goal table: 一级 | 二级 | 三级 | 指标值, plus the live check. */
export interface GoalIndicatorsSpec {
  readonly framework: Framework;
  readonly indicators: readonly IndicatorContent[] | undefined;
  readonly headerRow: number;
  /** Header texts of 一级, 二级, 三级 and 指标值 as the form prints them. */
  readonly labels: readonly [string, string, string, string];
  readonly columns: CheckColumns;
  readonly headerHeight: number;
  readonly rowHeight: number;
}

/**
 * Writes a goal table's indicator header and rows (every 一级/二级 of the framework, two empty 三级 rows
 * each unless content is given), the check column and the dropdowns; returns where the rows went.
 *
 * @example
 * const { firstRow, lastRow } = writeGoalIndicators(b, { framework, indicators, headerRow: 12, labels, columns: C, headerHeight: 24, rowHeight: 22 });
 */
export function writeGoalIndicators(
  b: LayoutBuilder,
  spec: GoalIndicatorsSpec,
): { firstRow: number; lastRow: number; blocks: IndicatorBlock[] } {
  const C = spec.columns;
  spec.labels.forEach((text, col) => b.put(spec.headerRow, col, text, "header"));
  b.put(spec.headerRow, C.check, "检查（自动）", "check");
  b.height(spec.headerRow, spec.headerHeight);

  const firstRow = spec.headerRow + 1;
  const written = writeIndicatorRows(b, {
    startRow: firstRow,
    blocks: planIndicatorBlocks(spec.framework, spec.indicators, 2),
    level1Col: C.level1,
    level2Col: C.level2,
    writeRow(r, item, tops) {
      b.put(r, C.name, item.name ?? null, "text", true);
      b.put(r, C.target, item.target ?? null, "centerText", true);
      putCheckFormula(b, r, tops, C);
      b.height(r, spec.rowHeight);
    },
  });
  addIndicatorDropdowns(b, spec.framework, C, firstRow, written.lastRow);
  return { firstRow, lastRow: written.lastRow, blocks: written.blocks };
}
