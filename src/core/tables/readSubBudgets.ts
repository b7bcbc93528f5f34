import type { Located, SubBudgets } from "./model";
import type { SheetView } from "./sheetView";
import { bareLabelKey } from "./labelKey";
import { isHeaderFieldLabel } from "./headerFieldLabels";
import { parseAmount } from "./parseAmount";

/**
 * 项目当年投入资金构成 of the 2019 application form: a "子项目名称 | 预算金额（元）" header and one row per
 * part, up to the next labelled row. `total` is the 项目当年预算（元） header field.
 *
 * @example
 * readSubBudgets(view, 0, 30, fields)?.parts.length // → 4 (seed 003)
 */
export function readSubBudgets(
  view: SheetView,
  top: number,
  bottom: number,
  total: Located<string> | undefined,
): { subBudgets: SubBudgets; rows: Set<number> } | undefined {
  for (let r = top; r < bottom; r++) {
    const filled = view.filledColumns(r);
    const nameCol = filled.find((c) => bareLabelKey(view.key(r, c)) === "子项目名称");
    if (nameCol === undefined) continue;
    const amountCol = filled.find((c) => /^(?:预算金额|金额|预算数)$/.test(bareLabelKey(view.key(r, c))));
    if (amountCol === undefined) continue;
    const rows = new Set<number>([r]);
    const parts: { name: Located<string>; amount: Located<number | null> }[] = [];
    for (let d = r + 1; d < bottom; d++) {
      const first = view.filledColumns(d)[0];
      if (first === undefined) break;
      if (first < nameCol && isHeaderFieldLabel(view.key(d, first)) && !/资金构成/.test(view.key(d, first)))
        break;
      const name = view.text(d, nameCol);
      const amount = view.value(d, amountCol);
      if (name === "" && view.text(d, amountCol) === "") break;
      rows.add(d);
      parts.push({
        name: { value: name, cell: view.address(d, nameCol) },
        amount: { value: parseAmount(amount), cell: view.address(d, amountCol) },
      });
    }
    const subBudgets: SubBudgets = {
      parts,
      ...(total ? { total: { value: parseAmount(total.value), cell: total.cell } } : {}),
    };
    return { subBudgets, rows };
  }
  return undefined;
}
