import type { Located } from "./model";
import type { SheetView } from "./sheetView";
import { isHeaderFieldLabel } from "./headerFieldLabels";
import { columnRole } from "./columnRoles";
import { labelKey } from "./labelKey";

/**
 * Header fields in rows [top, bottom): a label cell and its value in the next non-empty cell of the
 * row ("项目名称 | 信息化运维项目"), or "label：value" in one cell ("申报单位名称：上海市…"). When a label
 * has no value to its right (a block like 预期目标 | 实际完成情况 with the texts underneath), the cell
 * below is taken. Keys are label keys with full-width parentheses ("项目总预算（元）"); rows in `skip`
 * are ignored (the funds block).
 *
 * @example
 * readHeaderFields(view, 0, 12, new Set()).项目名称 // → { value: "信息化运维项目", cell: "C4" }
 */
export function readHeaderFields(
  view: SheetView,
  top: number,
  bottom: number,
  skip: ReadonlySet<number>,
): Record<string, Located<string>> {
  const fields: Record<string, Located<string>> = {};
  const used = new Set<number>();
  for (let r = top; r < bottom; r++) {
    if (skip.has(r)) continue;
    const filled = view.filledColumns(r);
    for (let i = 0; i < filled.length; i++) {
      const c = filled[i] ?? 0;
      if (used.has(r * 16384 + c)) continue;
      const key = view.key(r, c).replace(/^其中[:：]/, "");
      const pairs = readInlinePairs(view.text(r, c));
      if (pairs.length > 0) {
        for (const [label, value] of pairs) setField(fields, label, { value, cell: view.address(r, c) });
        continue;
      }
      const endsWithColon = /[:：]\s*$/.test(view.text(r, c));
      if (!isHeaderFieldLabel(key) && !(endsWithColon && key.length <= 24 && !columnRole(key))) continue;
      const next = filled[i + 1];
      const nextIsLabel = next !== undefined && isLabelCell(view, r, next);
      if (next !== undefined && !nextIsLabel) {
        used.add(r * 16384 + next);
        setField(fields, key, { value: view.text(r, next), cell: view.address(r, next) });
        continue;
      }
      // "预期目标 | 实际完成情况" blocks carry their texts underneath; a "label：" never does.
      const below = endsWithColon ? "" : view.text(r + 1, c);
      if (r + 1 < bottom && below !== "" && !isLabelCell(view, r + 1, c) && !skip.has(r + 1)) {
        used.add((r + 1) * 16384 + c);
        setField(fields, key, { value: below, cell: view.address(r + 1, c) });
        continue;
      }
      setField(fields, key, { value: "", cell: view.address(r, view.mergeRight(r, c) + 1) });
    }
  }
  return fields;
}

function isLabelCell(view: SheetView, r: number, c: number): boolean {
  const key = view.key(r, c);
  return (
    isHeaderFieldLabel(key) ||
    (/[:：]\s*$/.test(view.text(r, c)) && key.length <= 24) ||
    // "单位：万元" next to a label is a note about amounts, not the label's value.
    /^(?:金额)?单位[:：]/.test(key)
  );
}

/** Keys keep an amount unit ("项目总预算（元）") but drop other notes ("实施单位(盖章)" → "实施单位"). */
function setField(fields: Record<string, Located<string>>, key: string, value: Located<string>): void {
  const name = key
    .replace(/^其中[:：]/, "")
    .replace(/\((?!万?元\))[^()]*\)/g, "")
    .replace(/\(/g, "（")
    .replace(/\)/g, "）");
  if (!(name in fields)) fields[name] = value;
}

/**
 * "label：value" pairs typed into one cell, possibly several ("项目名称： 旅游投诉热线服务 项目类别：
 * 经常性专项业务费"); only known header labels count, so a value such as "工作架构：…" stays a value.
 */
function readInlinePairs(text: string): [string, string][] {
  if (!/[:：]./.test(text)) return [];
  const pieces = text.split(/\s+(?=[^\s:：]{2,24}[:：])/);
  const pairs: [string, string][] = [];
  for (const piece of pieces) {
    const m = /^([^:：]{2,24})[:：]([\s\S]*)$/.exec(piece.trim());
    const label = m?.[1] ? labelKey(m[1]) : "";
    if (!m || !isHeaderFieldLabel(label)) {
      if (pairs.length === 0) return [];
      // Not a label: the text belongs to the previous value.
      const last = pairs[pairs.length - 1];
      if (last) last[1] = `${last[1]} ${piece.trim()}`.trim();
      continue;
    }
    pairs.push([label, (m[2] ?? "").trim()]);
  }
  return pairs.filter(([, value]) => value !== "" || pieces.length > 1);
}
