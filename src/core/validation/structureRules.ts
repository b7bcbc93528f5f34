import {
  findLevel1,
  frameworks,
  isLevel2Allowed,
  normaliseLabel,
  type Framework,
  type Level1,
} from "../frameworks";
import type { RecognisedTable } from "../tables/model";
import { fromA1, parseRange, toA1 } from "../address";
import type { Finding } from "./finding";
import { makeFinding } from "./makeFinding";
import { isExecutionRow } from "./isExecutionRow";
import type { RowFacts, ValidationContext } from "./types";

/**
 * Structure of the indicator block: 一级/二级 belong to the table's framework, every 一级/二级 has
 * 三级 indicators beneath it, names are present, unique and short labels rather than sentences.
 *
 * @example
 * structureRules(table, ctx); // [{ code: "STRUCTURE_LEVEL2_NOT_ALLOWED", cell: "B14", … }]
 */
export function structureRules(table: RecognisedTable, ctx: ValidationContext): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const push = (finding: Finding): void => {
    const key = `${finding.code}@${finding.cell}`;
    if (seen.has(key)) return;
    seen.add(key);
    findings.push(finding);
  };
  if (!ctx.rows.some((f) => f.row.name.value.trim() !== "" || f.row.target.value.trim() !== "")) {
    return [makeFinding(tableCorner(table), "STRUCTURE_NO_INDICATORS", "error")];
  }
  const frameworksToTry = alternativesOf(ctx.framework);
  const lookup = levelLookup(frameworksToTry);
  const unknown = unknownFramework(ctx, lookup);
  if (unknown) push(unknown);
  else for (const facts of ctx.rows) checkLevels(facts, ctx.framework, lookup, push);
  checkEmptyParents(ctx.rows, push);
  checkNames(ctx.rows, push);
  if (!unknown) checkAbsentLevel1(table, ctx, lookup, push);
  return findings;
}

/**
 * A table whose 一级 labels are mostly unknown follows a framework the checker does not know (a
 * province's own, such as 投入 / 过程 / 产出 / 效果 or 经济性 / 效率性 / 效果性 / 公平性): one warning naming
 * the labels it saw, instead of an error on every row. At least two distinct unknown labels, and no
 * fewer unknown than known ones: a single stray label (影响力指标 in a national table) stays an error.
 */
function unknownFramework(ctx: ValidationContext, lookup: LevelLookup): Finding | undefined {
  const labels = new Map<string, { readonly cell: string; readonly known: boolean }>();
  for (const facts of ctx.rows) {
    const l1 = facts.row.level1.value.trim();
    if (l1 === "" || (facts.row.name.value.trim() === "" && facts.row.target.value.trim() === "")) continue;
    const key = normaliseLabel(l1);
    if (!labels.has(key)) labels.set(key, { cell: facts.row.level1.cell, known: !!lookup.level1(l1).found });
  }
  const unknown = [...labels.values()].filter((l) => !l.known);
  if (unknown.length < 2 || unknown.length < labels.size - unknown.length) return undefined;
  return makeFinding(unknown[0]?.cell ?? "A1", "STRUCTURE_FRAMEWORK_UNKNOWN", "warning", {
    labels: [...labels.keys()].join("、"),
    allowed: level1Names(ctx.framework),
  });
}

interface LevelLookup {
  /** The 一级 the label names in the first framework that knows it, and whether it takes 二级. */
  level1(label: string): { readonly found: Level1 | undefined; readonly needsLevel2: boolean };
  level2Allowed(level1: string, level2: string): boolean;
}

/** Rows repeat the same few labels: look each one up once per table. */
function levelLookup(candidates: readonly Framework[]): LevelLookup {
  const ones = new Map<string, { found: Level1 | undefined; needsLevel2: boolean }>();
  const twos = new Map<string, boolean>();
  return {
    level1(label) {
      let hit = ones.get(label);
      if (!hit) {
        const all = candidates.map((fw) => findLevel1(fw, label));
        hit = {
          found: all.find((l) => l !== undefined),
          needsLevel2: all.some((l) => (l?.level2.length ?? 0) > 0),
        };
        ones.set(label, hit);
      }
      return hit;
    },
    level2Allowed(level1, level2) {
      const key = `${level1}\u0000${level2}`;
      let hit = twos.get(key);
      if (hit === undefined) {
        hit = candidates.some((fw) => isLevel2Allowed(fw, level1, level2));
        twos.set(key, hit);
      }
      return hit;
    },
  };
}

/**
 * A national table may still use the pre-2021 layout (成本指标 under 产出指标): accept both. An
 * evaluation table (决策 / 过程 / 产出 / 效益) may carry the national 产出 / 效益 二级 as well.
 */
function alternativesOf(framework: Framework): readonly Framework[] {
  if (framework.id === "national") return [framework, frameworks["national-pre2021"]];
  if (framework.id === "evaluation") return [framework, frameworks["national-pre2021"]];
  return [framework];
}

function checkLevels(
  facts: RowFacts,
  framework: Framework,
  lookup: LevelLookup,
  push: (f: Finding) => void,
): void {
  const { level1, level2, name } = facts.row;
  if (name.value.trim() === "" && facts.row.target.value.trim() === "") return;
  // The budget execution carried as an indicator row (预算执行 | 预算执行率 | 10) is no framework's 一级.
  if (isExecutionRow(facts.row)) return;
  const l1 = level1.value.trim();
  if (l1 === "") {
    push(makeFinding(level1.cell, "STRUCTURE_LEVEL1_EMPTY", "error", { allowed: level1Names(framework) }));
    return;
  }
  const { found, needsLevel2 } = lookup.level1(l1);
  if (!found) {
    push(
      makeFinding(level1.cell, "STRUCTURE_LEVEL1_UNKNOWN", "error", {
        level1: l1,
        framework: framework.title,
        allowed: level1Names(framework),
      }),
    );
    return;
  }
  if (!needsLevel2) return;
  const l2 = level2.value.trim();
  if (l2 === "") {
    push(
      makeFinding(level2.cell, "STRUCTURE_LEVEL2_EMPTY", "error", {
        level1: l1,
        allowed: found.level2.join("、"),
      }),
    );
    return;
  }
  if (!lookup.level2Allowed(l1, l2)) {
    push(
      makeFinding(level2.cell, "STRUCTURE_LEVEL2_NOT_ALLOWED", "error", {
        level1: l1,
        level2: l2,
        framework: framework.title,
        allowed: found.level2.join("、"),
      }),
    );
  }
}

function level1Names(framework: Framework): string {
  return framework.level1.map((l) => l.name).join("、");
}

/** A row with a 一级 or 二级 but neither name nor target, and no sibling that has one. */
function checkEmptyParents(rows: readonly RowFacts[], push: (f: Finding) => void): void {
  const isEmpty = (f: RowFacts): boolean =>
    f.row.name.value.trim() === "" && f.row.target.value.trim() === "";
  const filled = rows.filter((f) => !isEmpty(f));
  for (const facts of rows.filter(isEmpty)) {
    const l1 = normaliseLabel(facts.row.level1.value);
    const l2 = normaliseLabel(facts.row.level2.value);
    if (l2 !== "") {
      const hasChild = filled.some(
        (f) => normaliseLabel(f.row.level1.value) === l1 && normaliseLabel(f.row.level2.value) === l2,
      );
      if (!hasChild) {
        push(
          makeFinding(facts.row.level2.cell, "STRUCTURE_LEVEL2_WITHOUT_INDICATORS", "error", { level2: l2 }),
        );
      }
    } else if (l1 !== "") {
      const hasChild = filled.some((f) => normaliseLabel(f.row.level1.value) === l1);
      if (!hasChild) {
        push(
          makeFinding(facts.row.level1.cell, "STRUCTURE_LEVEL1_WITHOUT_INDICATORS", "error", { level1: l1 }),
        );
      }
    }
  }
}

/** Signs that a 三级 name is a sentence rather than a measurable label (seeds 003, 004). */
const SENTENCE = /[，。；！？,;]|应该|应当|需要/;
const MAX_NAME_LENGTH = 20;

function checkNames(rows: readonly RowFacts[], push: (f: Finding) => void): void {
  const firstCellOf = new Map<string, string>();
  for (const facts of rows) {
    const { name, target } = facts.row;
    const text = name.value.trim();
    if (text === "") {
      if (target.value.trim() !== "") push(makeFinding(name.cell, "STRUCTURE_NAME_EMPTY", "error"));
      continue;
    }
    const key = text.replace(/[\s\u3000]/g, "");
    const first = firstCellOf.get(key);
    if (first === undefined) firstCellOf.set(key, name.cell);
    else push(makeFinding(name.cell, "STRUCTURE_NAME_DUPLICATE", "warning", { name: text, first }));
    // Code points counted only when the UTF-16 length could exceed the limit (spreading costs).
    if (SENTENCE.test(text) || (key.length > MAX_NAME_LENGTH && [...key].length > MAX_NAME_LENGTH)) {
      push(makeFinding(name.cell, "STRUCTURE_NAME_SENTENCE", "warning", { name: text }));
    }
  }
}

/** 一级 of the framework that the table never uses: worth a note, not an error (info). */
function checkAbsentLevel1(
  table: RecognisedTable,
  ctx: ValidationContext,
  lookup: LevelLookup,
  push: (f: Finding) => void,
): void {
  if (ctx.rows.length === 0) return;
  const present = new Set<string>();
  for (const facts of ctx.rows) {
    const found = lookup.level1(facts.row.level1.value.trim()).found;
    if (found) present.add(found.name);
  }
  // Pre-2021 national tables have no 成本指标 一级: count it present when 成本 sits under 产出.
  const anchor = tableCorner(table);
  for (const l1 of ctx.framework.level1) {
    if (present.has(l1.name)) continue;
    if (ctx.framework.id === "national" && l1.name === "成本指标" && hasCostUnderOutput(ctx.rows)) continue;
    push(makeFinding(anchor, "STRUCTURE_LEVEL1_ABSENT", "info", { level1: l1.name }));
  }
}

function hasCostUnderOutput(rows: readonly RowFacts[]): boolean {
  return rows.some((f) => normaliseLabel(f.row.level2.value).startsWith("成本"));
}

/** First indicator's 一级 cell when known, else the table's top-left cell. */
function tableCorner(table: RecognisedTable): string {
  const first = table.indicators[0];
  if (first && fromA1(first.level1.cell)) return first.level1.cell;
  const range = parseRange(table.range);
  return range ? toA1(range.top, range.left) : "A1";
}
