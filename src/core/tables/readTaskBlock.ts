import type { Located, TaskBlock } from "./model";
import type { SheetView } from "./sheetView";
import { bareLabelKey } from "./labelKey";
import { parseAmount } from "./parseAmount";

/** Headings of the task's name, in the order they are preferred (Fujian prints all three). */
const NAME_HEADINGS = ["任务名称", "年度目标任务", "主要任务", "年度任务", "支出项目名称", "项目名称"];
const CONTENT_HEADINGS = ["主要内容", "任务内容", "部门职能", "工作内容"];
/** The amount heading: 预算金额（万元）, 预算数, 金额, or 总额 on the line under a merged 预算金额. */
const AMOUNT_HEADING = /^(?:预算金额|预算数|金额|资金金额|预算安排|年度预算金额)$/;
const TOTAL_ROW = /^(?:金额合计|合计|总计|小计)$/;
/** Labels that end the task lines: the next block of the table. */
const NEXT_BLOCK = /年度总体目标|总体目标|绩效指标|一级指标|年度绩效|预期目标|三级指标/;

/**
 * The 年度主要任务 / 年度履职目标 sub-table of a department-level table in rows [top, bottom): a heading
 * row with a task-name column and a 预算金额 column (a merged 预算金额 over 总额 | 财政拨款 | 其他资金 reads
 * 总额), then one line per task until a blank line, the 金额合计 line or the next block. Returns the rows
 * it covers, so header fields skip them.
 *
 * @example
 * readTaskBlock(view, 0, 20)?.block.tasks[0]?.amount // → { value: 49.8, cell: "D9" }
 */
export function readTaskBlock(
  view: SheetView,
  top: number,
  bottom: number,
): { block: TaskBlock; rows: Set<number> } | undefined {
  for (let r = top; r < bottom; r++) {
    const heading = readHeading(view, r);
    if (!heading) continue;
    const rows = new Set<number>([r]);
    let first = r + 1;
    let amountCol = heading.amount;
    // 预算金额 merged over 总额 | 财政拨款 | 其他资金 on the next line: the amount is the 总额 column.
    const sub = view
      .filledColumns(r + 1)
      .find((c) => /^(?:总额|合计|小计)$/.test(bareLabelKey(view.key(r + 1, c))));
    if (sub !== undefined && sub >= heading.amount) {
      amountCol = sub;
      rows.add(r + 1);
      first = r + 2;
    }
    const tasks: TaskBlock["tasks"][number][] = [];
    let total: Located<number | null> | undefined;
    for (let d = first; d < bottom; d++) {
      if (view.isBlankRow(d)) {
        if (tasks.length > 0) break;
        continue;
      }
      const labels = view.filledColumns(d).filter((c) => c < amountCol);
      const text = labels.map((c) => bareLabelKey(view.key(d, c))).join("");
      if (NEXT_BLOCK.test(text) && parseAmount(view.value(d, amountCol)) === null) break;
      const amount: Located<number | null> = {
        value: parseAmount(view.value(d, amountCol)),
        cell: view.address(d, amountCol),
      };
      const nameText = view.text(d, heading.name);
      if (labels.some((c) => TOTAL_ROW.test(bareLabelKey(view.key(d, c))))) {
        total = amount;
        rows.add(d);
        break;
      }
      if (nameText === "" && amount.value === null) {
        // A leftover line of the template (a merged label running down), nothing to read.
        if (labels.every((c) => c < heading.name)) {
          rows.add(d);
          continue;
        }
        break;
      }
      rows.add(d);
      const content = heading.content === undefined ? "" : view.text(d, heading.content);
      tasks.push({
        name: { value: nameText, cell: view.address(d, heading.name) },
        ...(heading.content !== undefined && content !== ""
          ? { content: { value: content, cell: view.address(d, heading.content) } }
          : {}),
        amount,
      });
    }
    if (tasks.length === 0 && !total) continue;
    return {
      block: {
        heading: { value: view.text(r, heading.amount), cell: view.address(r, heading.amount) },
        tasks,
        ...(total ? { total } : {}),
      },
      rows,
    };
  }
  return undefined;
}

interface TaskHeading {
  readonly name: number;
  readonly content?: number;
  readonly amount: number;
}

function readHeading(view: SheetView, r: number): TaskHeading | undefined {
  const filled = view.filledColumns(r);
  if (filled.length < 2) return undefined;
  const names = new Map<string, number>();
  let content: number | undefined;
  let amount: number | undefined;
  for (const c of filled) {
    const bare = bareLabelKey(view.key(r, c));
    if (NAME_HEADINGS.includes(bare) && !names.has(bare)) names.set(bare, c);
    else if (content === undefined && CONTENT_HEADINGS.includes(bare)) content = c;
    else if (amount === undefined && AMOUNT_HEADING.test(bare)) amount = c;
  }
  const nameHeading = NAME_HEADINGS.find((h) => names.has(h));
  const name = nameHeading === undefined ? undefined : names.get(nameHeading);
  if (name === undefined || amount === undefined || amount <= name) return undefined;
  return { name, amount, ...(content !== undefined ? { content } : {}) };
}
