import type { BudgetBlock, BudgetPart, Located } from "./model";
import type { SheetView } from "./sheetView";
import { bareLabelKey } from "./labelKey";
import { parseAmount } from "./parseAmount";

type FundsRole =
  "initialBudget" | "budget" | "executed" | "weight" | "rate" | "score" | "balance" | "balanceRate";

const FUNDS: Readonly<Record<string, FundsRole>> = {
  年初预算数: "initialBudget",
  年初预算: "initialBudget",
  年初预算金额: "initialBudget",
  全年预算数: "budget",
  全年预算: "budget",
  调整后预算数: "budget",
  调整后预算: "budget",
  预算数: "budget",
  全年预算金额: "budget",
  全年执行数: "executed",
  执行数: "executed",
  实际执行数: "executed",
  全年实际执行数: "executed",
  实际支出数: "executed",
  预算执行数: "executed",
  执行率权重: "weight",
  执行率得分: "score",
  全年支出数: "executed",
  分值: "weight",
  分数: "weight",
  权重: "weight",
  执行率: "rate",
  预算执行率: "rate",
  执行率分值: "weight",
  得分: "score",
  // Department-level self-evaluations (Fujian: 预算安排 | 拨付情况 | 结余情况).
  年初部门预算安排金额: "initialBudget",
  年初部门预算: "initialBudget",
  小计: "budget",
  预算安排小计: "budget",
  年度拨付金额: "executed",
  拨付金额: "executed",
  支出实现率: "rate",
  本年度结余金额: "balance",
  结余金额: "balance",
  资金结余率: "balanceRate",
  结余率: "balanceRate",
};

const TOTAL_ROW = /年度资金总额|资金总额|资金合计|合计|总计|总额|资金小计/;

/**
 * Labels of the 其中 rows under the total row (其中：当年财政拨款 / 上年结转资金 / 其他资金 …; a
 * department's 基本支出 / 项目支出).
 */
const PART_ROW = /其中|拨款|结转|其他资金|自筹|自有资金|补助|专项资金|债券|基金|基本支出|项目支出/;

/** Circled step numbers and formulas printed in department headings: "支出实现率(%)⑤=④/③". */
const STEP_NOTE = /[①②③④⑤⑥⑦⑧⑨⑩]+(?:=.*)?$|=[①②③④⑤⑥⑦⑧⑨⑩+\-*/×÷]+$/;

/**
 * The funds block above a self-evaluation or monitoring table (项目资金（万元） | 年初预算数 | 全年预算数 |
 * 全年执行数 | 分值 | 执行率 | 得分, or 预算数(A) | 执行数(B) | 执行率(B/A) | 得分(20分*执行率)), read from
 * its total row (年度资金总额). Returns the rows it covers so header fields skip them.
 *
 * @example
 * readBudgetBlock(view, 0, 12)?.block.executed // → { value: 17.5, cell: "E6" }
 */
export function readBudgetBlock(
  view: SheetView,
  top: number,
  bottom: number,
): { block: BudgetBlock; rows: Set<number> } | undefined {
  for (let r = top; r < bottom; r++) {
    const cols = readFundsHeader(view, r);
    if (!cols) continue;
    const rows = new Set<number>([r]);
    let dataRow: number | undefined;
    for (let d = r + 1; d < Math.min(bottom, r + 8); d++) {
      const hasAmount = [cols.budget, cols.executed, cols.initialBudget, cols.rate, cols.score].some(
        (c) => c !== undefined && (parseAmount(view.value(d, c)) !== null || /^[-—/]$/.test(view.text(d, c))),
      );
      if (!hasAmount) {
        if (view.isBlankRow(d)) continue;
        break;
      }
      rows.add(d);
      const label = view
        .filledColumns(d)
        .slice(0, 2)
        .map((c) => view.key(d, c))
        .join("");
      if (dataRow === undefined && TOTAL_ROW.test(label)) dataRow = d;
    }
    const parts = dataRow === undefined ? [] : readParts(view, dataRow, bottom, cols);
    if (dataRow === undefined) dataRow = [...rows].find((d) => d > r);
    if (dataRow === undefined) return undefined;
    const at = (c: number | undefined): Located<number | null> | undefined =>
      c === undefined
        ? undefined
        : { value: parseAmount(view.value(dataRow, c)), cell: view.address(dataRow, c) };
    const amountAt = (c: number): Located<number | null> => ({
      value: parseAmount(view.value(dataRow, c)),
      cell: view.address(dataRow, c),
    });
    const budgetCol = cols.budget ?? cols.initialBudget;
    if (budgetCol === undefined || cols.executed === undefined) return undefined;
    const weight = at(cols.weight) ?? cols.headerWeight;
    const block: BudgetBlock = {
      unit: cols.unit,
      budget: at(budgetCol) ?? { value: null, cell: view.address(dataRow, budgetCol) },
      executed: at(cols.executed) ?? { value: null, cell: view.address(dataRow, cols.executed) },
      ...(cols.budget !== undefined && cols.initialBudget !== undefined
        ? {
            initialBudget: {
              value: parseAmount(view.value(dataRow, cols.initialBudget)),
              cell: view.address(dataRow, cols.initialBudget),
            },
          }
        : {}),
      ...(weight ? { weight } : {}),
      ...(cols.rate !== undefined
        ? { claimedRate: { value: view.value(dataRow, cols.rate), cell: view.address(dataRow, cols.rate) } }
        : {}),
      ...(cols.score !== undefined
        ? {
            claimedScore: { value: view.value(dataRow, cols.score), cell: view.address(dataRow, cols.score) },
          }
        : {}),
      ...(parts.length > 0 ? { parts } : {}),
      ...(cols.balance !== undefined || cols.balanceRate !== undefined
        ? {
            balance: {
              ...(cols.balance !== undefined ? { amount: amountAt(cols.balance) } : {}),
              ...(cols.balanceRate !== undefined
                ? {
                    rate: {
                      value: view.value(dataRow, cols.balanceRate),
                      cell: view.address(dataRow, cols.balanceRate),
                    },
                  }
                : {}),
              ...(cols.subtotal && cols.initialBudget !== undefined && cols.budget !== undefined
                ? { components: range(cols.initialBudget, cols.budget).map((c) => amountAt(c)) }
                : {}),
            },
          }
        : {}),
    };
    return { block, rows };
  }
  return undefined;
}

/** Columns from `from` up to, not including, `to`. */
function range(from: number, to: number): number[] {
  const cols: number[] = [];
  for (let c = from; c < to; c++) cols.push(c);
  return cols;
}

interface FundsHeader extends Partial<Record<FundsRole, number>> {
  unit: "元" | "万元";
  /** The budget column is a 小计 of the columns left of it (③=①+②). */
  subtotal?: boolean;
  /** Points printed in a label such as "得分(20分*执行率)". */
  headerWeight?: Located<number | null>;
}

function readFundsHeader(view: SheetView, r: number): FundsHeader | undefined {
  const filled = view.filledColumns(r);
  if (filled.length < 3) return undefined;
  const cols: FundsHeader = { unit: "万元" };
  let found = 0;
  let unitSeen = false;
  for (const c of filled) {
    const key = view.key(r, c);
    if (/万元/.test(key)) {
      cols.unit = "万元";
      unitSeen = true;
    } else if (!unitSeen && /[(（]元[)）]|单位[:：]?元$/.test(key)) {
      cols.unit = "元";
      unitSeen = true;
    }
    const bare = bareLabelKey(key).replace(STEP_NOTE, "");
    const role =
      FUNDS[bare] ?? (/^\d{1,2}-\d{1,2}月执行数$|^1-X月执行数$/i.test(bare) ? "executed" : undefined);
    if (role && cols[role] === undefined) {
      cols[role] = c;
      found++;
      if (role === "budget" && /^(?:预算安排)?小计$/.test(bare)) cols.subtotal = true;
      const points = /(\d+(?:\.\d+)?)分/.exec(key);
      if (role === "score" && points?.[1])
        cols.headerWeight = { value: Number(points[1]), cell: view.address(r, c) };
    }
  }
  if (
    found < 2 ||
    cols.executed === undefined ||
    (cols.budget === undefined && cols.initialBudget === undefined)
  ) {
    return undefined;
  }
  return cols;
}

/**
 * The 其中 rows right under the total row, read in the total row's amount columns; blank amounts are
 * null (a blank template lists the rows with nothing in them).
 */
function readParts(view: SheetView, totalRow: number, bottom: number, cols: FundsHeader): BudgetPart[] {
  const budgetCol = cols.budget ?? cols.initialBudget;
  const executedCol = cols.executed;
  if (budgetCol === undefined || executedCol === undefined) return [];
  const firstAmountCol = Math.min(budgetCol, executedCol, cols.initialBudget ?? budgetCol);
  const parts: BudgetPart[] = [];
  for (let d = totalRow + 1; d < Math.min(bottom, totalRow + 7); d++) {
    const labelCol = view
      .filledColumns(d)
      .filter((c) => c < firstAmountCol && view.text(d, c) !== "")
      .pop();
    if (labelCol === undefined) break;
    const name = view.text(d, labelCol);
    if (!PART_ROW.test(view.key(d, labelCol)) || TOTAL_ROW.test(view.key(d, labelCol))) break;
    const at = (c: number): Located<number | null> => ({
      value: parseAmount(view.value(d, c)),
      cell: view.address(d, c),
    });
    const rate = cols.rate;
    parts.push({
      name: { value: name, cell: view.address(d, labelCol) },
      budget: at(budgetCol),
      executed: at(executedCol),
      ...(cols.budget !== undefined && cols.initialBudget !== undefined
        ? { initialBudget: at(cols.initialBudget) }
        : {}),
      ...(rate !== undefined && view.text(d, rate) !== ""
        ? { claimedRate: { value: view.value(d, rate), cell: view.address(d, rate) } }
        : {}),
    });
  }
  return parts;
}
