/**
 * Every case of the target/actual corpus that has a number, as (target, actual, weight, settings) rows
 * for a portable template, with the core's own result for each: test/fixtures/scoring/rules*.jsonl as
 * written, and each input of test/fixtures/targets/*.jsonl that holds a digit, paired with actual values
 * around its own number (below, at, above; as text with the unit and as a bare number cell).
 */
import fs from "node:fs";
import path from "node:path";
import { NATIONAL_RULES, scoreIndicator, type ScoringOptions } from "../../src/core/scoring";
import { parseTargetCached, type ParsedTarget } from "../../src/core/target";

export interface PortableCase {
  readonly name: string;
  readonly target: string | number;
  readonly actual: string | number;
  readonly weight: number;
  /** Key of the settings group (one template per group). */
  readonly settings: string;
}

/** The settings groups the corpus uses (presets a template can be made with). */
export const SETTINGS: Readonly<Record<string, ScoringOptions>> = {
  national: NATIONAL_RULES,
  ratio: { ...NATIONAL_RULES, negativeFormula: "ratio" },
  qualitative65: { ...NATIONAL_RULES, qualitativeDefaults: { achieved: 1, partial: 0.65, failed: 0.3 } },
};

const ROOT = path.resolve(__dirname, "../fixtures");

function lines(file: string): Record<string, unknown>[] {
  return fs
    .readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

const SYMBOL: Readonly<Record<string, string>> = { ">=": "≥", "<=": "≤", ">": ">", "<": "<", "=": "=" };

function settingsOf(options: unknown): string | undefined {
  if (options === undefined) return "national";
  const o = options as Partial<ScoringOptions>;
  if (o.negativeFormula === "ratio") return "ratio";
  if (o.qualitativeDefaults?.partial === 0.65) return "qualitative65";
  if (o.overAchievementFactor !== undefined) return "national"; // no effect on a score
  return undefined; // capAtWeight false: no preset offers it
}

function hasDigit(value: unknown): boolean {
  return typeof value === "number" || (typeof value === "string" && /[0-9０-９]/.test(value));
}

/** Numbers written back the way a person types them (no binary tails). */
function show(n: number): string {
  return String(Number(n.toPrecision(10)));
}

/**
 * @example
 * portableCorpus().length; // several hundred cases
 */
export function portableCorpus(): PortableCase[] {
  const cases: PortableCase[] = [];
  for (const c of lines(path.join(ROOT, "scoring/rules-text.jsonl"))) {
    const settings = settingsOf(c.options);
    if (!settings || !(hasDigit(c.target) || hasDigit(c.actual))) continue;
    cases.push({
      name: String(c.name),
      target: c.target as string,
      actual: c.actual as string | number,
      weight: c.weight as number,
      settings,
    });
  }
  for (const c of lines(path.join(ROOT, "scoring/rules.jsonl"))) {
    const settings = settingsOf(c.options);
    const t = c.target as { op?: string | null; value?: number; unit?: string; text?: string } | undefined;
    const a = c.actual as { value?: number; unit?: string; text?: string } | number | undefined;
    if (!settings || !t || t.value === undefined || a === undefined) continue;
    const target = `${t.op ? (SYMBOL[t.op] ?? "") : ""}${show(t.value)}${t.unit ?? ""}`;
    const actual =
      typeof a === "number" ? a : a.value === undefined ? (a.text ?? "") : `${show(a.value)}${a.unit ?? ""}`;
    cases.push({ name: String(c.name), target, actual, weight: c.weight as number, settings });
  }
  // Date pairs (rule 5a) and value spellings written for the portable reader, as data.
  for (const c of lines(path.join(ROOT, "portable/dates.jsonl"))) {
    const target = String(c.target);
    cases.push({
      name: `portable/dates.jsonl: ${target}`,
      target,
      actual: c.actual as string | number,
      weight: c.weight as number,
      settings: "national",
    });
  }
  for (const c of lines(path.join(ROOT, "portable/values.jsonl"))) {
    for (const actual of actualsAround(String(c.target), "portable/values.jsonl")) cases.push(actual);
  }
  const dir = path.join(ROOT, "targets");
  for (const file of fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".jsonl"))
    .sort()) {
    for (const c of lines(path.join(dir, file))) {
      const input = c.input;
      if (!hasDigit(input)) continue;
      const role = (c.context as { role?: string } | undefined)?.role;
      const name = `${file}: ${String(input)}`;
      if (role !== "actual") {
        cases.push(...actualsAround(input as string, file));
        continue;
      }
      const parsed = parseTargetCached(input as string | number, { role: "actual" });
      const value = parsed.kind === "quantitative" ? parsed.value : 90;
      const unit = parsed.kind === "quantitative" ? parsed.unit : "%";
      for (const target of [
        `≥${show(value * 1.1 + 1)}${unit}`,
        `≤${show(value)}${unit}`,
        `=${show(value)}${unit}`,
      ]) {
        cases.push({ name, target, actual: input as string, weight: 5, settings: "national" });
      }
    }
  }
  return cases;
}

/**
 * A target with actual values around its own number: below, at, above (as text with the unit), and as
 * bare number cells (0.8 of it, and the fraction of a % target).
 */
function actualsAround(target: string, source: string): PortableCase[] {
  const parsed = parseTargetCached(target, { role: "target" });
  const value = parsed.kind === "quantitative" ? parsed.value : 90;
  const unit = parsed.kind === "quantitative" ? parsed.unit : "%";
  const actuals: (string | number)[] = [
    `${show(value * 0.9)}${unit}`,
    `${show(value)}${unit}`,
    `${show(value * 1.5 + 1)}${unit}`,
    Number(show(value * 0.8)),
  ];
  if (unit === "%") actuals.push(Number(show(value / 100)));
  return actuals.map((actual) => ({
    name: `${source}: ${target}`,
    target,
    actual,
    weight: 10,
    settings: "national",
  }));
}

/**
 * What PERF.SCORE gives for a case under its settings: the score, or null where the core refuses.
 *
 * @example
 * coreScore({ name: "", target: "≥90%", actual: "89%", weight: 5, settings: "national" }); // 4.94
 */
export function coreScore(c: PortableCase): number | null {
  const target = parseTargetCached(c.target, { role: "target" });
  if (target.kind === "empty" || target.kind === "invalid") return null;
  const actual: ParsedTarget | number =
    typeof c.actual === "number"
      ? c.actual
      : parseTargetCached(c.actual, {
          role: "actual",
          ...(target.kind === "quantitative" ? { expectedUnit: target.unit } : {}),
        });
  const result = scoreIndicator(target, actual, c.weight, SETTINGS[c.settings] ?? NATIONAL_RULES);
  return result.ok ? result.score : null;
}
