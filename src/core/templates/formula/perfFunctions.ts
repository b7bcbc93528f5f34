/**
 * The PERF.* worksheet functions over the core, for computing cached results of template formulas
 * (what a file shows before the add-in loads). They follow src/functions/functions.ts but return cell
 * errors instead of throwing.
 */
import type { CellValue } from "../../grid";
import { formatMessage } from "../../messages";
import { budgetScore, executionRate, grade, isScoringIssue, scoreIndicator } from "../../scoring";
import { parseTargetCached, type ParsedTarget } from "../../target";

export type ScalarFunction = (args: readonly CellValue[]) => CellValue;

const VALUE = { error: "#VALUE!" } as const;
const NA = { error: "#N/A" } as const;
const DIV0 = { error: "#DIV/0!" } as const;

function toNumber(value: CellValue): number | null {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (typeof value === "string" && value.trim() !== "") {
    const n = Number(value.replace(/,/g, "").trim());
    return Number.isFinite(n) ? n : null;
  }
  return null;
}

function toText(value: CellValue): string | number | null {
  if (typeof value === "number" || typeof value === "string") return value;
  return null;
}

function readTarget(value: CellValue): ParsedTarget | null {
  const parsed = parseTargetCached(toText(value), { role: "target" });
  return parsed.kind === "empty" || parsed.kind === "invalid" ? null : parsed;
}

function readActual(value: CellValue, target: ParsedTarget): ParsedTarget | number {
  if (typeof value === "number") return value;
  const expectedUnit = target.kind === "quantitative" ? target.unit : undefined;
  return parseTargetCached(
    toText(value),
    expectedUnit ? { role: "actual", expectedUnit } : { role: "actual" },
  );
}

function errorOf(code: string | undefined): CellValue {
  return code === "DIV0" ? DIV0 : code === "NA" ? NA : VALUE;
}

export const PERF_FUNCTIONS: Readonly<Record<string, ScalarFunction>> = {
  "PERF.EXECRATE": ([executed = null, budget = null]) => {
    const e = toNumber(executed);
    const b = toNumber(budget);
    if (e === null || b === null) return VALUE;
    const rate = executionRate(e, b);
    return isScoringIssue(rate) ? errorOf(rate.error) : rate;
  },
  "PERF.BUDGETSCORE": ([executed = null, budget = null, weight = null]) => {
    const e = toNumber(executed);
    const b = toNumber(budget);
    if (e === null || b === null) return VALUE;
    const result = budgetScore(e, b, toNumber(weight));
    return result.ok ? result.score : errorOf(result.issues[0]?.error);
  },
  "PERF.SCORE": ([target = null, actual = null, weight = null]) => {
    const parsed = readTarget(target);
    const w = toNumber(weight);
    if (!parsed || w === null) return parsed ? VALUE : NA;
    const result = scoreIndicator(parsed, readActual(actual, parsed), w);
    return result.ok ? result.score : errorOf(result.issues.find((i) => i.error)?.error);
  },
  "PERF.GRADE": ([total = null]) => {
    const t = toNumber(total);
    if (t === null) return VALUE;
    const result = grade(t);
    return isScoringIssue(result) ? VALUE : result;
  },
  "PERF.CHECK": ([target = null, , , name = null]) => {
    const indicator = typeof name === "string" && name.trim() !== "" ? name : undefined;
    const parsed = parseTargetCached(toText(target), indicator ? { name: indicator } : undefined);
    if (parsed.kind === "empty") return formatMessage("FN_TARGET_EMPTY");
    const problem =
      parsed.issues.find((issue) => issue.severity === "error") ??
      parsed.issues.find((issue) => issue.severity === "warning");
    return problem ? formatMessage(problem.code, problem.params ?? {}) : "";
  },
};
