import { columnName, toA1 } from "../address";
import type { Framework } from "../frameworks";
import type { LayoutBuilder } from "./createLayoutBuilder";
import { level1Names, level2Names } from "./lists";
import { CHECK_FILL } from "./styles";
import type { CheckColumns } from "./putCheckFormula";

/**
 * The indicator block's shared wiring: 一级/二级 dropdowns limited to the framework (warning style, so
 * a region's own label can still be typed) and the red fill on a target whose live check is not blank.
 *
 * @example
 * addIndicatorDropdowns(b, frameworks.national, C, 12, 40);
 */
export function addIndicatorDropdowns(
  b: LayoutBuilder,
  framework: Framework,
  columns: CheckColumns,
  firstRow: number,
  lastRow: number,
): void {
  const span = (col: number): string => `${toA1(firstRow, col)}:${toA1(lastRow, col)}`;
  b.validate({ range: span(columns.level1), values: level1Names(framework), alert: "warning" });
  b.validate({ range: span(columns.level2), values: level2Names(framework), alert: "warning" });
  b.conditionalFill({
    range: span(columns.target),
    formula: `$${columnName(columns.check)}${firstRow + 1}<>""`,
    ...CHECK_FILL,
  });
}
