import type { Framework } from "../frameworks";
import type { IndicatorContent } from "./content";

/** One 一级/二级 group and the rows it starts with. */
export interface PlannedBlock {
  readonly level1: string;
  readonly level2: string;
  readonly rows: readonly IndicatorContent[];
}

/**
 * The indicator groups of a template: the content's own rows grouped by consecutive 一级/二级, or — for
 * a blank form — every 一级/二级 of the framework with `blankRows` empty 三级 rows (a framework without
 * 二级, like the 2019 form, gets `blankRows` rows per 一级).
 *
 * @example
 * planIndicatorBlocks(national, undefined, 2).length; // 11 (one per 二级)
 */
export function planIndicatorBlocks(
  framework: Framework,
  content: readonly IndicatorContent[] | undefined,
  blankRows: number,
): PlannedBlock[] {
  if (content && content.length > 0) return groupRows(content);
  const blocks: PlannedBlock[] = [];
  for (const l1 of framework.level1) {
    const level2s = l1.level2.length > 0 ? l1.level2 : [""];
    for (const level2 of level2s) {
      const rows = Array.from({ length: blankRows }, () => ({ level1: l1.name, level2 }));
      blocks.push({ level1: l1.name, level2, rows });
    }
  }
  return blocks;
}

function groupRows(content: readonly IndicatorContent[]): PlannedBlock[] {
  const blocks: { level1: string; level2: string; rows: IndicatorContent[] }[] = [];
  for (const row of content) {
    const last = blocks[blocks.length - 1];
    if (last && last.level1 === row.level1 && last.level2 === row.level2) last.rows.push(row);
    else blocks.push({ level1: row.level1, level2: row.level2, rows: [row] });
  }
  return blocks;
}
