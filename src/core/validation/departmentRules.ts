import { readNumber } from "../cells";
import { round2 } from "../scoring/round2";
import type { RecognisedTable } from "../tables/model";
import { AMOUNT_TOLERANCE, amountTolerance, reachableRates } from "./budgetTolerance";
import type { Finding } from "./finding";
import { fixed2 } from "./fixed2";
import { makeFinding } from "./makeFinding";
import { rateMatches } from "./rateMatches";
import type { ValidationContext } from "./types";

/**
 * Amounts of a department-level table that must reconcile (docs/domain.md §1.6): 年度资金总额 against the
 * parts the table lists (基本支出 + 项目支出 …, whatever it has — not the project table's 当年财政拨款 /
 * 上年结转 / 其他资金), the 年度主要任务 amounts against their printed 金额合计 and against the funds,
 * and the execution rate printed on each 其中 line against that line's amounts.
 *
 * @example
 * departmentRules(table, ctx); // [{ cell: "D14", code: "DEPT_TASKS_NOT_FUNDS", … }]
 */
export function departmentRules(table: RecognisedTable, _ctx: ValidationContext): Finding[] {
  return [...checkFundsParts(table), ...checkBalance(table), ...checkTasks(table), ...checkPartRates(table)];
}

/**
 * The 预算安排 | 拨付 | 结余 block on its total line: 小计 = ①年初 + ②调整 (…), 结余 = 小计 − 拨付,
 * 结余率 = 结余 ÷ 小计.
 */
function checkBalance(table: RecognisedTable): Finding[] {
  const block = table.budget;
  const balance = block?.balance;
  const budget = block?.budget.value ?? null;
  const executed = block?.executed.value ?? null;
  if (!block || !balance || budget === null) return [];
  const findings: Finding[] = [];
  const components = (balance.components ?? []).filter((c) => c.value !== null);
  if (components.length > 0) {
    const sum = round2(components.reduce((s, c) => s + (c.value ?? 0), 0));
    if (differ(budget, sum, components.length)) {
      findings.push(
        makeFinding(block.budget.cell, "DEPT_SUBTOTAL_NOT_SUM", "error", {
          total: fixed2(budget),
          sum: fixed2(sum),
        }),
      );
    }
  }
  const printed = balance.amount?.value ?? null;
  if (balance.amount && printed !== null && executed !== null && differ(printed, budget - executed, 2)) {
    findings.push(
      makeFinding(balance.amount.cell, "DEPT_BALANCE_MISMATCH", "error", {
        claimed: fixed2(printed),
        expected: fixed2(budget - executed),
      }),
    );
  }
  const rate = readNumber(balance.rate?.value);
  const left = printed ?? (executed === null ? null : budget - executed);
  if (balance.rate && rate !== null && left !== null && budget > 0) {
    // The balance's own rounding decides the reachable rates, as for the execution rate.
    const reach = reachableRates(Math.max(left, 0), budget, amountTolerance(left), amountTolerance(budget));
    if (reach && !rateMatches(rate, balance.rate.value, reach)) {
      findings.push(
        makeFinding(balance.rate.cell, "DEPT_BALANCE_RATE_MISMATCH", "error", {
          claimed: fixed2(rate),
          expected: fixed2((left / budget) * 100),
        }),
      );
    }
  }
  return findings;
}

/** Whether two sums of `count` printed amounts differ beyond their rounding. */
function differ(a: number, b: number, count: number): boolean {
  return Math.abs(a - b) > AMOUNT_TOLERANCE * (count + 1) + 1e-9;
}

function checkFundsParts(table: RecognisedTable): Finding[] {
  const funds = table.departmentFunds;
  if (!funds || funds.total.value === null) return [];
  const filled = funds.parts.filter((p) => p.amount.value !== null);
  if (filled.length === 0) return [];
  const sum = round2(filled.reduce((s, p) => s + (p.amount.value ?? 0), 0));
  if (!differ(funds.total.value, sum, filled.length)) return [];
  return [
    makeFinding(funds.total.cell, "DEPT_FUNDS_NOT_SUM_OF_PARTS", "error", {
      total: fixed2(funds.total.value),
      sum: fixed2(sum),
      parts: filled.map((p) => p.name.value.replace(/^其中[:：]?|\s+/g, "")).join("+"),
    }),
  ];
}

/** The funds the tasks must account for: the label | amount total, else the funds block's budget. */
function fundsTotal(table: RecognisedTable): { amount: number; label: string; alt?: number } | undefined {
  const own = table.departmentFunds?.total.value;
  if (own !== undefined && own !== null) return { amount: own, label: "年度资金总额" };
  const budget = table.budget?.budget.value;
  if (budget === undefined || budget === null) return undefined;
  const initial = table.budget?.initialBudget?.value;
  // Tasks are planned at the start of the year: 年初预算数 is as good a match as 全年预算数.
  return {
    amount: budget,
    label: "全年预算数",
    ...(initial !== undefined && initial !== null ? { alt: initial } : {}),
  };
}

function checkTasks(table: RecognisedTable): Finding[] {
  const block = table.tasks;
  if (!block) return [];
  const findings: Finding[] = [];
  const amounts = block.tasks.filter((t) => t.amount.value !== null);
  for (const task of block.tasks) {
    if (task.amount.value === null && task.name.value.trim() !== "" && amounts.length > 0) {
      findings.push(
        makeFinding(task.amount.cell, "DEPT_TASK_AMOUNT_MISSING", "warning", { name: task.name.value }),
      );
    }
  }
  if (amounts.length === 0) return findings;
  const sum = round2(amounts.reduce((s, t) => s + (t.amount.value ?? 0), 0));
  const printed = block.total?.value ?? null;
  if (block.total && printed !== null && differ(printed, sum, amounts.length)) {
    findings.push(
      makeFinding(block.total.cell, "DEPT_TASK_TOTAL_NOT_SUM", "error", {
        total: fixed2(printed),
        sum: fixed2(sum),
      }),
    );
  }
  const funds = fundsTotal(table);
  if (
    funds &&
    differ(sum, funds.amount, amounts.length + 1) &&
    (funds.alt === undefined || differ(sum, funds.alt, amounts.length + 1))
  ) {
    const last = amounts[amounts.length - 1];
    findings.push(
      makeFinding(
        block.total?.cell ?? last?.amount.cell ?? block.heading.cell,
        "DEPT_TASKS_NOT_FUNDS",
        "error",
        {
          sum: fixed2(sum),
          funds: funds.label,
          amount: fixed2(funds.amount),
        },
      ),
    );
  }
  return findings;
}

/** The execution rate printed on each 其中 line (基本支出 99.9, 项目支出 100) against its amounts. */
function checkPartRates(table: RecognisedTable): Finding[] {
  const findings: Finding[] = [];
  for (const part of table.budget?.parts ?? []) {
    const claimed = readNumber(part.claimedRate?.value);
    const budget = part.budget.value;
    const executed = part.executed.value;
    if (!part.claimedRate || claimed === null || budget === null || executed === null) continue;
    const reach = reachableRates(executed, budget, amountTolerance(executed), amountTolerance(budget));
    if (!reach || rateMatches(claimed, part.claimedRate.value, reach)) continue;
    findings.push(
      makeFinding(part.claimedRate.cell, "DEPT_PART_RATE_MISMATCH", "error", {
        part: part.name.value.replace(/^其中[:：]?|\s+/g, "").replace(/^[①②③④⑤⑥⑦⑧⑨⑩]/, ""),
        claimed: fixed2(claimed),
        expected: fixed2((executed / budget) * 100),
      }),
    );
  }
  return findings;
}
