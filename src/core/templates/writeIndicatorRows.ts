import type { IndicatorContent } from "./content";
import type { LayoutBuilder } from "./createLayoutBuilder";
import type { IndicatorBlock } from "./layout";
import type { PlannedBlock } from "./planIndicatorBlocks";

/** Rows (0-based) holding the 一级 and 二级 labels of the row being written (tops of their merges). */
export interface BlockTops {
  readonly level1Row: number;
  readonly level2Row: number;
}

export interface IndicatorRowsSpec {
  readonly startRow: number;
  readonly blocks: readonly PlannedBlock[];
  readonly level1Col: number;
  /** null on forms without 二级 (2019 application form). */
  readonly level2Col: number | null;
  readonly writeRow: (row: number, content: IndicatorContent, tops: BlockTops) => void;
}

/**
 * Writes indicator blocks from `startRow` down: 一级 merged over its rows, 二级 merged over its own,
 * each row's other cells by `writeRow`. Returns the blocks with their rows and the last row written.
 *
 * @example
 * writeIndicatorRows(b, { startRow: 12, blocks, level1Col: 0, level2Col: 1, writeRow }).lastRow;
 */
export function writeIndicatorRows(
  b: LayoutBuilder,
  spec: IndicatorRowsSpec,
): { blocks: IndicatorBlock[]; lastRow: number } {
  const out: IndicatorBlock[] = [];
  let row = spec.startRow;
  let level1Top = row;
  spec.blocks.forEach((block, i) => {
    const previous = spec.blocks[i - 1];
    if (!previous || previous.level1 !== block.level1) level1Top = row;
    const first = row;
    for (const content of block.rows) {
      spec.writeRow(row, content, { level1Row: level1Top, level2Row: first });
      row += 1;
    }
    const last = row - 1;
    out.push({ level1: block.level1, level2: block.level2, firstRow: first, lastRow: last });
    if (spec.level2Col !== null)
      b.merge(first, spec.level2Col, last, spec.level2Col, block.level2, "label", true);
    const next = spec.blocks[i + 1];
    if (!next || next.level1 !== block.level1) {
      b.merge(level1Top, spec.level1Col, last, spec.level1Col, block.level1, "label", true);
    }
  });
  return { blocks: out, lastRow: row - 1 };
}
