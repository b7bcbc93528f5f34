/**
 * The PERF.* worksheet functions. Each is a few lines over the pure core; the JSDoc below is the source
 * of functions.json (custom-functions-metadata-plugin), which also appends the CustomFunctions.associate
 * calls at build time. Ids after `@customfunction` are released: never change them. Chinese texts of
 * the metadata live in functions.zh-CN.json (same ids and parameter names).
 *
 * Rules for every function: pure (no Excel API calls), optional arguments arrive as null, and nothing
 * leaves but a value or a CustomFunctions.Error (see runSafely).
 */
import { formatIssue } from "../core/messages";
import {
  budgetScore,
  executionRate,
  explainScore,
  grade,
  isAchieved,
  isScoringIssue,
  NATIONAL_RULES,
  parseGradeBands,
  scoreIndicator,
  type ScoringIssue,
  type ScoringOptions,
} from "../core/scoring";
import { parseTargetCached, type ParsedTarget } from "../core/target";
import { checkIndicator } from "../core/validation";
import {
  readNumber,
  readOptionalText,
  readRequiredNumber,
  readValueText,
  unwrapSingleCell,
  type ArgumentValue,
} from "./readArguments";
import { runSafely, toCustomFunctionError, type FunctionIssue } from "./toCustomFunctionError";

/**
 * Budget execution rate (全年执行数 ÷ 全年预算数) as a fraction, e.g. 0.9989; #DIV/0! when the budget is 0.
 * @customfunction EXECRATE EXECRATE
 * @param executed Amount executed in the year (全年执行数).
 * @param budget Budget for the year (全年预算数).
 * @returns The execution rate as a fraction (format the cell as %).
 */
export function execRate(executed: number | string | null, budget: number | string | null): number {
  return runSafely(() => {
    const rate = executionRate(
      readRequiredNumber(executed, "executed"),
      readRequiredNumber(budget, "budget"),
    );
    if (isScoringIssue(rate)) throw toCustomFunctionError(rate);
    return rate;
  });
}

/**
 * Score of the budget execution row: weight × min(rate, 1), rounded to 2 decimals (17.50 of 17.52 → 9.99).
 * @customfunction BUDGETSCORE BUDGETSCORE
 * @param executed Amount executed in the year (全年执行数).
 * @param budget Budget for the year (全年预算数).
 * @param [weight] Points of the budget row; 10 when omitted.
 * @returns The budget execution score.
 */
export function budgetScoreFn(
  executed: number | string | null,
  budget: number | string | null,
  weight?: number | string | null,
): number {
  return runSafely(() => {
    const result = budgetScore(
      readRequiredNumber(executed, "executed"),
      readRequiredNumber(budget, "budget"),
      readNumber(weight, "weight", true),
    );
    if (!result.ok) throw toCustomFunctionError(firstError(result.issues));
    return result.score;
  });
}

/**
 * Score of one indicator by the national rules: ≥ and = score actual ÷ target × weight up to the weight, ≤ falls to 0 at twice the target, qualitative actuals (达成/部分达成/未达成) take their band's default.
 * @customfunction SCORE SCORE
 * @param target Target value as written, e.g. "≥90.00(%)", "≤17.52(万元)" or "健全".
 * @param actual Actual value, e.g. "89.00(%)", 0.89 or 89 (both mean 89% against a % target), or "达成年度指标".
 * @param weight Points of the indicator (分值).
 * @param [rule] Scoring variant: "national" (default) or "ratio" (≤ indicators score target ÷ actual × weight).
 * @returns The score rounded to 2 decimals.
 */
export function score(
  target: string | number | null,
  actual: string | number | null,
  weight: number | string | null,
  rule?: string | null,
): number {
  return runSafely(() => scoreArguments(target, actual, weight, rule).result.score);
}

/**
 * How PERF.SCORE scores the row, with the rule and its numbers: "正向指标：89.00 ÷ 90.00 × 5 = 4.94".
 * @customfunction EXPLAIN EXPLAIN
 * @param target Target value as written, e.g. "≥90.00(%)", "≤10(分钟)" or "健全".
 * @param actual Actual value, e.g. "89.00(%)", 0.89 or "部分达成指标并具有一定效果".
 * @param weight Points of the indicator (分值).
 * @param [rule] Scoring variant: "national" (default) or "ratio", as for PERF.SCORE.
 * @returns The rule and the computation, ending with the score PERF.SCORE gives (in Chinese).
 */
export function explain(
  target: string | number | null,
  actual: string | number | null,
  weight: number | string | null,
  rule?: string | null,
): string {
  return runSafely(() => {
    const { result, options } = scoreArguments(target, actual, weight, rule);
    const explanation = explainScore(result, options);
    if (explanation === null)
      throw toCustomFunctionError({
        code: "FN_INTERNAL",
        error: "VALUE",
        params: { detail: "no explanation" },
      });
    return formatIssue(explanation);
  });
}

/**
 * PERF.SCORE's and PERF.EXPLAIN's arguments read and scored once, the same way for both: a row that
 * cannot be scored throws its first error as the cell's error.
 */
function scoreArguments(
  target: string | number | null,
  actual: string | number | null,
  weight: number | string | null,
  rule: string | null | undefined,
): { result: Extract<ReturnType<typeof scoreIndicator>, { ok: true }>; options: ScoringOptions } {
  const options = readRule(rule);
  const parsed = readTarget(target);
  const result = scoreIndicator(
    parsed,
    readActual(actual, parsed),
    readRequiredNumber(weight, "weight"),
    options,
  );
  if (!result.ok) throw toCustomFunctionError(firstError(result.issues));
  return { result, options };
}

/**
 * Whether the actual value meets the target as written (strict for > and <; 达成 for qualitative targets).
 * @customfunction ACHIEVED ACHIEVED
 * @param target Target value as written, e.g. "≥90.00(%)" or "健全".
 * @param actual Actual value, e.g. "89.00(%)", 0.89 or "达成年度指标".
 * @returns TRUE when the target is met.
 */
export function achieved(target: string | number | null, actual: string | number | null): boolean {
  return runSafely(() => {
    const parsed = readTarget(target);
    const result = isAchieved(parsed, readActual(actual, parsed));
    if (typeof result !== "boolean") throw toCustomFunctionError(result);
    return result;
  });
}

/**
 * Grade of a total score: 优 (≥ 90), 良 (≥ 80), 中 (≥ 60) or 差; other lower bounds can be given.
 * @customfunction GRADE GRADE
 * @param total Total score (总分).
 * @param [bands] Lower bounds of 优, 良, 中 as text "90,80,60" or a range of three numbers; 90,80,60 when omitted.
 * @returns 优, 良, 中 or 差.
 */
export function gradeFn(
  total: number | string | null,
  bands?: Array<Array<number | string | boolean | null>>,
): string {
  return runSafely(() => {
    const value = readRequiredNumber(total, "total");
    const result = grade(value, readBands(bands));
    if (isScoringIssue(result)) throw toCustomFunctionError(result);
    return result;
  });
}

/**
 * Checks a target as a reviewer would: "" when it is fine, otherwise what is wrong with it.
 * @customfunction CHECK CHECK
 * @param target Target value as written, e.g. "≥90.00(%)".
 * @param [level1] First-level indicator (一级指标), e.g. "产出指标".
 * @param [level2] Second-level indicator (二级指标), e.g. "数量指标".
 * @param [name] Indicator name (三级指标), e.g. "系统运维验收通过率".
 * @returns "" or the first problem found, in Chinese.
 */
export function check(
  target: string | number | null,
  level1?: string | null,
  level2?: string | null,
  name?: string | null,
): string {
  return runSafely(() => {
    const value = readValueText(target, "target");
    const findings = checkIndicator({
      target: value === null ? "" : String(value),
      level1: readOptionalText(level1, "level1"),
      level2: readOptionalText(level2, "level2"),
      name: readOptionalText(name, "name"),
    });
    const first =
      findings.find((finding) => finding.severity === "error") ??
      findings.find((finding) => finding.severity === "warning");
    return first ? formatIssue(first) : "";
  });
}

/**
 * Splits a target into operator, number and unit, spilled across three cells: "≥90.00(%)" → ≥ | 90 | %.
 * @customfunction PARSE PARSE
 * @param target Target value as written, e.g. "≥90.00(%)" or "健全".
 * @returns One row: operator, value, unit (a qualitative target gives "", its text, "").
 */
export function parse(target: string | number | null): Array<Array<string | number>> {
  return runSafely(() => {
    const parsed = readTarget(target);
    switch (parsed.kind) {
      case "quantitative":
        return [[parsed.op ? OPERATOR_SYMBOLS[parsed.op] : "", parsed.value, parsed.unit]];
      case "qualitative":
        return [["", parsed.text, ""]];
      case "range":
        return [["", `${parsed.low}-${parsed.high}`, parsed.unit]];
      default:
        throw toCustomFunctionError(firstTargetError(parsed));
    }
  });
}

/** How tables write the operators (the core keeps ASCII forms). */
const OPERATOR_SYMBOLS = { ">=": "≥", ">": ">", "=": "=", "<=": "≤", "<": "<" } as const;

/** A target argument, parsed; an empty one is #N/A, an unreadable one #VALUE! with the parser's reason. */
function readTarget(target: unknown): ParsedTarget {
  const parsed = parseTargetCached(readValueText(target, "target"), { role: "target" });
  if (parsed.kind === "empty" && parsed.notApplicable === true) {
    // "/" or "无": the row does not apply, which is not the same as a target left blank.
    throw toCustomFunctionError({
      code: "SCORE_TARGET_NOT_APPLICABLE",
      error: "NA",
      params: { target: parsed.source },
    });
  }
  if (parsed.kind === "empty") throw toCustomFunctionError({ code: "FN_TARGET_EMPTY", error: "NA" });
  if (parsed.kind === "invalid") throw toCustomFunctionError(firstTargetError(parsed));
  return parsed;
}

/**
 * An actual argument, read as the checker reads 实际完成值 (src/core/validation/buildContext): text with
 * the target's unit expected, a number as it is (the fraction rule needs to know it was bare).
 */
function readActual(actual: unknown, target: ParsedTarget): ParsedTarget | number {
  const value = readValueText(actual, "actual");
  const expectedUnit = target.kind === "quantitative" || target.kind === "range" ? target.unit : undefined;
  if (typeof value === "number") {
    // A bare number stays bare (the fraction rule needs to know), unless it is beyond calculation.
    const read = parseTargetCached(value, { role: "actual" });
    if (read.kind === "invalid") throw toCustomFunctionError(firstTargetError(read));
    return value;
  }
  const parsed = parseTargetCached(
    value,
    expectedUnit ? { role: "actual", expectedUnit } : { role: "actual" },
  );
  // 1e999, 1/0, a number beyond 15 digits: say so rather than "cannot read the actual value".
  if (parsed.kind === "invalid" && parsed.issues.some((i) => NUMBER_CODES.has(i.code))) {
    throw toCustomFunctionError(firstTargetError(parsed));
  }
  return parsed;
}

/** Target-reader codes that say why a number cannot be calculated with. */
const NUMBER_CODES: ReadonlySet<string> = new Set([
  "TARGET_EXPONENT",
  "TARGET_ARITHMETIC",
  "TARGET_NUMBER_TOO_LARGE",
  "TARGET_NUMBER_TOO_SMALL",
]);

function readRule(rule: unknown): ScoringOptions {
  const text = readOptionalText(rule, "rule");
  if (text === null) return NATIONAL_RULES;
  const key = text.toLowerCase();
  if (key === "national" || key === "全国" || key === "国家") return NATIONAL_RULES;
  if (key === "ratio" || key === "比值" || key === "比例") return RATIO_RULES;
  throw toCustomFunctionError({ code: "FN_RULE_UNKNOWN", error: "VALUE", params: { rule: text } });
}

const RATIO_RULES: ScoringOptions = { ...NATIONAL_RULES, negativeFormula: "ratio" };

function readBands(bands: unknown): ScoringOptions {
  const given = unwrapSingleCell(bands as ArgumentValue[][] | ArgumentValue);
  if (given === null || given === undefined || given === "") return NATIONAL_RULES;
  const result = parseGradeBands(typeof given === "number" ? String(given) : given);
  if (!result.ok) throw toCustomFunctionError(firstError(result.issues));
  return { ...NATIONAL_RULES, gradeBands: result.bands };
}

function firstError(issues: readonly ScoringIssue[]): FunctionIssue {
  const found = issues.find((issue) => issue.severity === "error") ?? issues[0];
  return found ?? { code: "FN_INTERNAL", error: "VALUE", params: { detail: "no issue" } };
}

function firstTargetError(parsed: ParsedTarget): FunctionIssue {
  const issue = parsed.issues.find((i) => i.severity === "error") ?? parsed.issues[0];
  if (!issue) return { code: "FN_TARGET_UNREADABLE", params: { target: parsed.source }, error: "VALUE" };
  return { ...issue, error: "VALUE" };
}
