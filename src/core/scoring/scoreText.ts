import { parseTargetCached } from "../target/parseTargetCached";
import type { ParsedTarget, TargetContext } from "../target/types";
import { NATIONAL_RULES, type ScoringOptions } from "./options";
import type { IndicatorScore } from "./types";
import { scoreIndicator } from "./scoreIndicator";

const ACTUAL: TargetContext = { role: "actual" };

/** Bounded like the parser's own cache: enough for every distinct value of a large workbook. */
const MAX_ENTRIES = 10_000;

/*
 * The parser's cache builds a key string per call (input + context); a worksheet recalculating
 * thousands of PERF.SCORE cells asks for the same few strings again and again, so the plain texts are
 * looked up here first, keyed by the string itself.
 */
const targets = new Map<string, ParsedTarget>();
const actuals = new Map<string, ParsedTarget>();

/**
 * {@link scoreIndicator} over text as typed in a table: the target and the actual value are read with
 * the cached parser. A number actual (a numeric cell) is passed on as a number, so the fraction rule
 * applies (0.89 against ≥90% is 89%). `name` (the 三级指标) lets the parser read `=1` on a 率 row
 * as 100%.
 *
 * @example
 * scoreText("≥90.00(%)", "89.00(%)", 5); // { ok: true, score: 4.94, rule: "positive", … }
 * scoreText("≥90%", 0.89, 5).score; // 4.94
 * scoreText("建立健全", "部分达成指标并具有一定效果", 5); // score 3.5, band [3, 4]
 */
export function scoreText(
  targetText: string | number | null | undefined,
  actualText: string | number | null | undefined,
  weight: number,
  options: ScoringOptions = NATIONAL_RULES,
  name?: string,
): IndicatorScore {
  const target =
    typeof targetText === "string" && !name
      ? lookUp(targets, targetText, undefined)
      : parseTargetCached(targetText, name ? { name } : undefined);
  const actual =
    typeof actualText === "number"
      ? actualText
      : typeof actualText === "string"
        ? lookUp(actuals, actualText, ACTUAL)
        : parseTargetCached(actualText, ACTUAL);
  return scoreIndicator(target, actual, weight, options);
}

function lookUp(
  cache: Map<string, ParsedTarget>,
  text: string,
  context: TargetContext | undefined,
): ParsedTarget {
  const hit = cache.get(text);
  if (hit !== undefined) return hit;
  const parsed = parseTargetCached(text, context);
  if (cache.size >= MAX_ENTRIES) cache.clear();
  cache.set(text, parsed);
  return parsed;
}
