import type { LayoutBuilder } from "./createLayoutBuilder";

/**
 * The two rows every form opens with: the title merged across A…`lastCol` (named "title") and the
 * period under it (named "year").
 *
 * @example
 * writeTitleRows(b, "项目支出绩效目标表", "（2025年度）", 3);
 */
export function writeTitleRows(b: LayoutBuilder, title: string, subtitle: string, lastCol: number): void {
  b.merge(0, 0, 0, lastCol, title, "title");
  b.merge(1, 0, 1, lastCol, subtitle, "subtitle");
  b.height(0, 30);
  b.height(1, 20);
  b.name("title", 0, 0);
  b.name("year", 1, 0);
}
