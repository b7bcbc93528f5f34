import type { Framework } from "../frameworks";
import type { IndicatorContent } from "./content";
import type { FinishSpec, LayoutBuilder } from "./createLayoutBuilder";
import type { Layout } from "./layout";
import type { CheckColumns } from "./putCheckFormula";
import { writeGoalIndicators, type GoalIndicatorsSpec } from "./writeGoalIndicators";

/** What a goal table's kind decides; the rest of a goal table's end is the same for every kind. */
export interface GoalTableEnd extends Pick<
  FinishSpec,
  "kind" | "framework" | "options" | "sheetName" | "columnWidths"
> {
  readonly frameworkRules: Framework;
  readonly indicators: readonly IndicatorContent[] | undefined;
  readonly headerRow: number;
  readonly labels: GoalIndicatorsSpec["labels"];
  readonly columns: CheckColumns;
  readonly headerHeight: number;
  readonly rowHeight: number;
  /** Last column printed (the check column after it is not). */
  readonly lastCol: number;
}

/**
 * The indicator block of a goal table (header, rows, check column, dropdowns) from `headerRow` down,
 * and the layout finished as every goal form prints: portrait, the header row repeated, centred, the
 * title rows frozen, the check column hidden-ish.
 *
 * @example
 * return finishGoalTable(b, { kind: "goal", framework: "national", … , headerRow: 9, lastCol: 3 });
 */
export function finishGoalTable(b: LayoutBuilder, end: GoalTableEnd): Layout {
  const { headerRow, columns } = end;
  const written = writeGoalIndicators(b, {
    framework: end.frameworkRules,
    indicators: end.indicators,
    headerRow,
    labels: end.labels,
    columns,
    headerHeight: end.headerHeight,
    rowHeight: end.rowHeight,
  });
  return b.finish({
    kind: end.kind,
    framework: end.framework,
    options: end.options,
    sheetName: end.sheetName,
    columnWidths: end.columnWidths,
    print: {
      orientation: "portrait",
      titleRows: [headerRow, headerRow],
      centerHorizontally: true,
      lastPrintedCol: end.lastCol,
    },
    freeze: { rows: 2, cols: 0 },
    hiddenishColumns: [columns.check],
    indicators: {
      headerRow,
      firstRow: written.firstRow,
      lastRow: written.lastRow,
      columns,
      blocks: written.blocks,
    },
  });
}
