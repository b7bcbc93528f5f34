import { normaliseLabel } from "../frameworks";
import type { RecognisedTable } from "../tables/model";
import type { ParsedTarget, QuantitativeTarget, TargetIssue } from "../target/types";
import { findingAt, type Finding } from "./finding";
import { makeFinding } from "./makeFinding";
import type { RowFacts, ValidationContext } from "./types";
import { parseTarget } from "../target";
import { cellText } from "../cells";
import { findPlaceholder } from "./findPlaceholder";
import { checkBound } from "./checkBound";
import { readStatedValue, type StatedValue } from "./readStatedValue";
import { readDate } from "../target/readDate";

/**
 * Targets (年度指标值 / 指标目标值): the parser's own issues (missing operator or unit, typos such as
 * 建全, doubled operators …) placed on the target's cell, plus what needs the row around the value:
 * an empty target, several targets in one cell, a range, a qualitative value where a number is
 * expected (under 数量/时效, or on a name ending in 率/数/量) and a 率 above 100 %.
 *
 * @example
 * targetRules(table, ctx); // [{ code: "TARGETS_SEVERAL", cell: "D20", severity: "error", … }]
 */
export function targetRules(_table: RecognisedTable, ctx: ValidationContext): Finding[] {
  return ctx.rows.flatMap((facts) => {
    const placeholders = findPlaceholders(facts);
    // A target that is still template text says nothing else worth reporting.
    const own = placeholders.some((f) => f.cell === facts.row.target.cell) ? [] : checkRow(facts);
    return [...placeholders, ...own, ...checkSubTargets(facts)];
  });
}

/** Template text left in the name, the target(s) or the actual value of a row. */
function findPlaceholders(facts: RowFacts): Finding[] {
  const { row } = facts;
  const cells: { readonly value: string; readonly cell: string }[] = [row.name, row.target];
  for (const sub of row.subTargets ?? []) if (sub.target.cell !== row.target.cell) cells.push(sub.target);
  if (row.actual) cells.push({ value: cellText(row.actual.value), cell: row.actual.cell });
  const findings: Finding[] = [];
  for (const { value, cell } of cells) {
    const text = findPlaceholder(value);
    if (text !== undefined) findings.push(makeFinding(cell, "TARGETS_PLACEHOLDER", "error", { text, value }));
  }
  return findings;
}

/** One target per sub-unit (per township …): each is read and checked like the row's own target. */
function checkSubTargets(facts: RowFacts): Finding[] {
  const { row } = facts;
  const name = row.name.value.trim();
  const findings: Finding[] = [];
  for (const sub of row.subTargets ?? []) {
    if (sub.target.cell === row.target.cell || findPlaceholder(sub.target.value) !== undefined) continue;
    const parsed = parseTarget(sub.target.value, { name, role: "target" });
    findings.push(...checkRow({ ...facts, row: { ...row, target: sub.target }, target: parsed }));
  }
  return findings;
}

/** Parser codes that already say what the validator's own finding would (no double reports). */
const TOPICS = {
  several: "TARGET_COMPOUND",
  range: "TARGET_RANGE",
  operator: "TARGET_MISSING_OPERATOR",
  over100: "TARGET_PERCENT_OVER_100",
  qualitative: "TARGET_QUALITATIVE_ON_RATE",
} as const;

function hasTopic(issues: readonly TargetIssue[], topic: keyof typeof TOPICS): boolean {
  return issues.some((issue) => issue.code === TOPICS[topic]);
}

/** Names of indicators that count something: a number is expected (docs/domain.md §4); 质量 counts nothing. */
const COUNTING_NAME = /(?<!质)[率数量]$/;
/** 二级 where a number is expected. */
const COUNTING_LEVEL2 = /^(数量|时效)/;

function checkRow(facts: RowFacts): Finding[] {
  const { row, target } = facts;
  const cell = row.target.cell;
  const name = row.name.value.trim();
  if (target.kind === "empty") {
    if (name === "") return [];
    if (target.notApplicable === true) {
      return [makeFinding(cell, "TARGETS_NOT_APPLICABLE", "info", { name, target: target.source })];
    }
    return [makeFinding(cell, "TARGETS_EMPTY", "error", { name })];
  }
  const findings = target.issues.map((issue) => fromIssue(cell, issue));
  const issues = allIssues(target);
  const value = target.source;
  switch (target.kind) {
    case "invalid":
      if (findings.length === 0)
        findings.push(makeFinding(cell, "TARGETS_UNPARSEABLE", "error", { target: value }));
      break;
    case "compound":
      if (!hasTopic(issues, "several")) {
        findings.push(
          makeFinding(cell, "TARGETS_SEVERAL", "error", { target: value, count: target.parts.length }),
        );
      }
      break;
    case "range":
      if (!hasTopic(issues, "range"))
        findings.push(makeFinding(cell, "TARGETS_RANGE", "warning", { target: value }));
      break;
    case "qualitative":
      findings.push(...checkQualitative(facts, cell, issues));
      break;
    case "quantitative":
      if (target.op === null && !hasTopic(issues, "operator")) {
        findings.push(makeFinding(cell, "TARGETS_NO_OPERATOR", "warning", { target: value }));
      }
      if (
        target.unit === "%" &&
        target.value > 100 &&
        /率$/.test(stripDecoration(name)) &&
        !hasTopic(issues, "over100")
      ) {
        findings.push(makeFinding(cell, "TARGETS_RATE_OVER_100", "error", { name, value: target.value }));
      }
      findings.push(...checkMeaning(facts, target));
      break;
  }
  return findings;
}

const WHY = {
  rate: "比率不会超过100%",
  count: "计数不会小于0",
  maximum: "指标名称写明的最高值",
} as const;

/**
 * What the target means against the words around it: a bound that cannot bind, a value the name
 * contradicts ("…达到100%" with ≥98%), an explanation stating another threshold (90% for a target of 1).
 */
function checkMeaning(facts: RowFacts, target: QuantitativeTarget): Finding[] {
  const { row } = facts;
  const cell = row.target.cell;
  const name = row.name.value.trim();
  const findings: Finding[] = [];
  const bound = checkBound(target, name);
  if (bound) {
    findings.push(
      makeFinding(cell, "TARGETS_BOUND_CANNOT_BIND", "warning", {
        target: target.source,
        why: WHY[bound.reason],
        suggestion: bound.suggestion,
      }),
    );
  }
  const inName = readStatedValue(name);
  if (inName && contradicts(inName, target)) {
    findings.push(
      makeFinding(cell, "TARGETS_NAME_CONTRADICTS", "error", {
        name,
        stated: inName.text,
        target: target.source,
      }),
    );
  }
  const explained = row.explanation ? readStatedValue(row.explanation.value) : undefined;
  if (explained && contradicts(explained, target)) {
    findings.push(
      makeFinding(cell, "TARGETS_EXPLANATION_CONTRADICTS", "error", {
        stated: explained.text,
        target: target.source,
      }),
    );
  }
  return findings;
}

/**
 * A stated threshold that differs from the target in the same unit; a bare target of at most 1 against
 * a stated percentage is a share (=1 on a 率 is 100 %). Other units are not compared.
 */
function contradicts(stated: StatedValue, target: QuantitativeTarget): boolean {
  if (stated.unit === target.unit) return stated.value !== target.value;
  if (stated.unit === "%" && target.unit === "" && target.value > 0 && target.value <= 1) {
    return stated.value !== target.value * 100;
  }
  return false;
}

function checkQualitative(facts: RowFacts, cell: string, issues: readonly TargetIssue[]): Finding[] {
  const level2 = normaliseLabel(facts.row.level2.value);
  const name = stripDecoration(facts.row.name.value);
  const text = facts.target.source;
  // A deadline (11月底前) is what a 时效 indicator measures: compared as a date (rule 5a).
  if (readDate(text) !== undefined) return [];
  if (COUNTING_LEVEL2.test(level2)) {
    return [makeFinding(cell, "TARGETS_QUALITATIVE_UNDER_COUNT", "error", { level2, target: text })];
  }
  if (COUNTING_NAME.test(name) && !hasTopic(issues, "qualitative")) {
    return [makeFinding(cell, "TARGETS_QUALITATIVE_ON_RATE", "error", { name, target: text })];
  }
  return [];
}

/** "评价项目验收合格率（%）" → "评价项目验收合格率": a unit in the name is decoration. */
function stripDecoration(name: string): string {
  return name.replace(/[（(][^）)]*[）)]\s*$/, "").trim();
}

function allIssues(target: ParsedTarget): readonly TargetIssue[] {
  return target.kind === "compound"
    ? [...target.issues, ...target.parts.flatMap((p) => p.issues)]
    : target.issues;
}

function fromIssue(cell: string, issue: TargetIssue): Finding {
  return findingAt(cell, issue);
}
