import { normaliseLabel } from "../frameworks";
import type { RecognisedTable } from "../tables/model";
import type { ParsedTarget, TargetIssue } from "../target/types";
import { findingAt, type Finding } from "./finding";
import { makeFinding } from "./makeFinding";
import type { RowFacts, ValidationContext } from "./types";

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
  return ctx.rows.flatMap(checkRow);
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

/** Names of indicators that count something: a number is expected (docs/domain.md §4). */
const COUNTING_NAME = /[率数量]$/;
/** 二级 where a number is expected. */
const COUNTING_LEVEL2 = /^(数量|时效)/;

function checkRow(facts: RowFacts): Finding[] {
  const { row, target } = facts;
  const cell = row.target.cell;
  const name = row.name.value.trim();
  if (target.kind === "empty") {
    return name === "" ? [] : [makeFinding(cell, "TARGETS_EMPTY", "error", { name })];
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
      break;
  }
  return findings;
}

function checkQualitative(facts: RowFacts, cell: string, issues: readonly TargetIssue[]): Finding[] {
  const level2 = normaliseLabel(facts.row.level2.value);
  const name = stripDecoration(facts.row.name.value);
  const text = facts.target.source;
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
