import type { DepartmentFunds, Located } from "./model";
import type { SheetView } from "./sheetView";
import { bareLabelKey } from "./labelKey";
import { parseAmount } from "./parseAmount";

const TOTAL = /^(?:年度资金总额|资金总额|预算总额|总额|合计|年度预算总额|收入合计|支出合计)$/;
/** The parts a department's money is split into; the table lists whichever it has. */
const PART =
  /^(?:其中[:：]?)?(?:基本支出|项目支出|人员经费|公用经费|人员支出|公用支出|财政拨款|一般公共预算(?:拨款)?|政府性基金(?:预算)?(?:拨款)?|其他资金|上年结转|上年结转资金|事业收入|经营收入|其他收入|单位资金|财政专户管理资金)$/;

/**
 * The funds of a department-level goal table printed as label | amount lines in rows [top, bottom)
 * (年度预算安排（万元）: 资金总额 171.41 / 项目支出 60.8 / 基本支出 110.61): the first total line and
 * the part lines around it, each amount the first number right of its label. Undefined when the
 * region has no total line with parts.
 *
 * @example
 * readDepartmentFunds(view, 0, 20)?.parts.map((p) => p.name.value) // → ["项目支出", "基本支出"]
 */
export function readDepartmentFunds(
  view: SheetView,
  top: number,
  bottom: number,
  skip: ReadonlySet<number>,
): { funds: DepartmentFunds; rows: Set<number> } | undefined {
  let total: Located<number | null> | undefined;
  const parts: DepartmentFunds["parts"][number][] = [];
  const rows = new Set<number>();
  for (let r = top; r < bottom; r++) {
    if (skip.has(r)) continue;
    const line = readLine(view, r);
    if (!line) {
      if (total && !view.isBlankRow(r)) break;
      continue;
    }
    if (TOTAL.test(line.label)) {
      if (total) break;
      total = line.amount;
    } else if (PART.test(line.label)) {
      if (!total && parts.length === 0 && !seenFundsLabel(view, top, r)) continue;
      parts.push({ name: line.name, amount: line.amount });
    } else if (total) break;
    else continue;
    rows.add(r);
  }
  if (!total || parts.length === 0) return undefined;
  return { funds: { total, parts }, rows };
}

/** A label cell followed by an amount cell (the last label before the first amount on the line). */
function readLine(
  view: SheetView,
  r: number,
): { label: string; name: Located<string>; amount: Located<number | null> } | undefined {
  const filled = view.filledColumns(r);
  for (let i = 0; i < filled.length; i++) {
    const c = filled[i] ?? 0;
    const label = bareLabelKey(view.key(r, c)).replace(/^[①②③④⑤⑥⑦⑧⑨⑩\d.、]+/, "");
    if (!TOTAL.test(label) && !PART.test(label)) continue;
    const next = filled[i + 1];
    if (next === undefined) return undefined;
    const value = parseAmount(view.value(r, next));
    if (value === null && view.text(r, next) !== "") return undefined;
    return {
      label,
      name: { value: view.text(r, c), cell: view.address(r, c) },
      amount: { value, cell: view.address(r, next) },
    };
  }
  return undefined;
}

/** Whether a funds label (预算安排, 资金, 万元) appears above row `r`: a lone 财政拨款 line is no funds block. */
function seenFundsLabel(view: SheetView, top: number, r: number): boolean {
  for (let d = top; d <= r; d++) {
    for (const c of view.filledColumns(d))
      if (/预算安排|资金情况|资金构成|预算资金/.test(view.key(d, c))) return true;
  }
  return false;
}
