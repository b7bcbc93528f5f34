import type { Located } from "./model";
import type { SheetView } from "./sheetView";

const TITLE =
  /绩效自评表|绩效目标表|目标申报表|绩效监控表|运行监控表|监控情况表|自评表|绩效评价表|绩效目标申报表/;

/**
 * Whether the row is a table title ("财政项目支出绩效自评表"); the title cell's column or -1.
 *
 * @example
 * titleColumn(view, 0) // → 0
 */
export function titleColumn(view: SheetView, r: number): number {
  const filled = view.filledColumns(r);
  if (filled.length === 0 || filled.length > 2) return -1;
  for (const c of filled) {
    if (view.text(r, c).length > 80) continue;
    const key = view.key(r, c);
    if (key.length <= 60 && TITLE.test(key)) return c;
  }
  return -1;
}

/**
 * Title and year of the table whose region is rows [top, bottom): the year from "(2024年度)", the title
 * itself ("…申报表（2019年）") or a "2020年绩效目标" line.
 *
 * @example
 * readTitle(view, 0, 13) // → { title: { value: "财政项目支出绩效自评表", cell: "A2" }, year: 2024 }
 */
export function readTitle(
  view: SheetView,
  top: number,
  bottom: number,
): { title?: Located<string>; year?: number } {
  let title: Located<string> | undefined;
  let year: number | undefined;
  for (let r = top; r < bottom; r++) {
    const c = title ? -1 : titleColumn(view, r);
    if (c >= 0) {
      title = { value: view.text(r, c), cell: view.address(r, c) };
      const inTitle = /(\d{4})\s*年/.exec(view.key(r, c));
      if (inTitle?.[1] && year === undefined) year = Number(inTitle[1]);
      continue;
    }
    if (year !== undefined) continue;
    for (const col of view.filledColumns(r)) {
      const key = view.key(r, col);
      // "(2024年度)", a monitoring period "(2025年1-7月)", or a "2020年绩效目标" line.
      const m =
        /^\((\d{4})年(?:度|\d{1,2}(?:月)?[-－—~～至]\d{1,2}月)?\)$/.exec(key) ??
        /^(\d{4})年度?(?:绩效目标|项目绩效目标)$/.exec(key);
      if (m?.[1]) {
        year = Number(m[1]);
        break;
      }
    }
  }
  return { ...(title ? { title } : {}), ...(year !== undefined ? { year } : {}) };
}
