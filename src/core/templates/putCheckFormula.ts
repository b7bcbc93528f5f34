import { columnName } from "../address";
import type { LayoutBuilder } from "./createLayoutBuilder";
import type { BlockTops } from "./writeIndicatorRows";

/** Columns a live check reads: 一级, 二级, 三级 name, target, and where the check goes. */
export interface CheckColumns {
  readonly level1: number;
  readonly level2: number;
  readonly name: number;
  readonly target: number;
  readonly check: number;
}

/**
 * Writes the live check of one indicator row: `PERF.CHECK` of its target with the 一级/二级 labels at
 * the tops of their merged blocks, blank while no target is typed (a blank template stays quiet).
 *
 * @example
 * putCheckFormula(b, 12, { level1Row: 12, level2Row: 12 }, C); // J13: =IF(D13="","",PERF.CHECK(D13,$A$13,$B$13,C13))
 */
export function putCheckFormula(b: LayoutBuilder, row: number, tops: BlockTops, columns: CheckColumns): void {
  const n = row + 1;
  const target = `${columnName(columns.target)}${n}`;
  const level1 = `$${columnName(columns.level1)}$${tops.level1Row + 1}`;
  const level2 = `$${columnName(columns.level2)}$${tops.level2Row + 1}`;
  const name = `${columnName(columns.name)}${n}`;
  b.put(
    row,
    columns.check,
    { formula: `=IF(${target}="","",PERF.CHECK(${target},${level1},${level2},${name}))` },
    "check",
  );
}
