/**
 * The hidden helper cells of one indicator row in a portable sheet and the formulas that read them:
 * the target and the actual value are each read step by step (valueReaderFormulas: one step per cell,
 * so no formula repeats a long expression and each stays far below Excel's 64 nesting levels), then
 * scored by the national rules with the settings chosen when the template was made.
 * docs/architecture.md §5.1.
 */
import { countingUnits, dimensionedUnits } from "../../target/units";
import { MAX_WEIGHT, type ScoringOptions } from "../../scoring/options";
import { PORTABLE_MARK, arrayOf, cached, quote, restateExpr, round2Expr } from "./portableText";
import { BIGGEST, SMALLEST, VALUE_STEPS, valueReaderFormulas, type ValueStep } from "./valueReaderFormulas";
import { DATE_STEPS, dateReaderFormulas, onOrBefore, type DateStep } from "./dateReaderFormulas";

type Side = "T" | "A";
type StepName = `${Side}${ValueStep | DateStep}`;
const steps = (side: Side): StepName[] =>
  [...VALUE_STEPS, ...DATE_STEPS].map((step): StepName => `${side}${step}`);

/** Helper cells of a row that only checks its target (goal tables). */
export const TARGET_HELPERS: readonly HelperName[] = [...steps("T"), "TK"];
/** Helper cells of a scored row (self-evaluation), in column order; TQ comes first after the target's. */
export const SCORE_HELPERS: readonly HelperName[] = [
  ...TARGET_HELPERS,
  "TQ",
  ...steps("A"),
  "AT",
  "AS",
  "AQ",
  "AK",
  "TI",
  "AI",
  "AF",
  "TT",
  "AA",
  "S",
];
export type HelperName =
  StepName | "TK" | "TQ" | "AT" | "AS" | "AQ" | "AK" | "TI" | "AI" | "AF" | "TT" | "AA" | "S";

/** Cells a row's helpers read. */
export interface RowRefs {
  readonly target: string;
  readonly actual?: string;
  readonly weight?: string;
}

const M = quote(PORTABLE_MARK);

/**
 * Unit spellings the formulas convert between, each with its dimension and size: the dimensioned units
 * (aliases included) and the counting words with their 万 forms (个 ↔ 万个), as unitFactor converts.
 */
const unitTable = cached((): { spellings: string; indexes: string; dims: string; sizes: string } => {
  const dimIds = new Map<string, number>();
  let rows: (readonly [string, string, number])[] = [
    ...dimensionedUnits(),
    ...countingUnits().flatMap((c): (readonly [string, string, number])[] => [
      [c, `count:${c}`, 1],
      [`万${c}`, `count:${c}`, 1e4],
    ]),
  ];
  // One row per spelling: the formulas find a unit by summing the indexes of every match.
  const seen = new Set<string>();
  rows = rows.filter(([spelling]) => !seen.has(spelling) && seen.add(spelling));
  for (const [, dim] of rows) if (!dimIds.has(dim)) dimIds.set(dim, dimIds.size + 1);
  return {
    spellings: arrayOf(rows.map(([s]) => s)),
    indexes: arrayOf(rows.map((_, i) => i + 1)),
    dims: arrayOf(rows.map(([, d]) => dimIds.get(d) ?? 0)),
    sizes: arrayOf(rows.map(([, , size]) => size)),
  };
});

const EMPTY_MARKERS = ["", "-", "--", "---", "/", "无", "空", "暂无", "n/a", "na", "null"];
const OUTCOME_PHRASES: readonly (readonly [string, 1 | 2 | 3])[] = [
  ["部分达成年度指标并具有一定效果", 2],
  ["部分达成指标并具有一定效果", 2],
  ["未达成年度指标且效果较差", 3],
  ["未达成指标且效果较差", 3],
  ["达成年度指标", 1],
  ["达成指标", 1],
  ["全部达成年度指标", 1],
  ["全部达成指标", 1],
  ["完全达成年度指标", 1],
  ["完全达成指标", 1],
  ["已达成年度指标", 1],
  ["已达成指标", 1],
  ["达成预期指标", 1],
  ["达到预期指标", 1],
];

/**
 * The formula of each helper cell of one row, and of the score cell, given where each helper sits.
 *
 * @example
 * const f = rowFormulas({ target: "D13", actual: "E13", weight: "F13" }, (h) => `${h}13`, NATIONAL_RULES);
 * f.helpers.TN; // '=SUBSTITUTE(…D13&"" …)'
 */
export function rowFormulas(
  refs: RowRefs,
  at: (helper: HelperName) => string,
  options: ScoringOptions,
): { helpers: Partial<Record<HelperName, string>>; score: string; check: string } {
  const h = at;
  const f: Partial<Record<HelperName, string>> = {};
  const tgt = (step: ValueStep | DateStep): string => h(`T${step}`);
  Object.assign(f, prefixed("T", valueReaderFormulas(refs.target, tgt)));
  Object.assign(f, prefixed("T", dateReaderFormulas(tgt("9"), "target", tgt)));
  const tn = h("TN");
  const units = [...dimensionedUnits().map(([s]) => s), ...countingUnits()];
  const qualitativeTarget = [
    `${h("TD")}=0`,
    `ISERROR(MATCH(${tn},${arrayOf(EMPTY_MARKERS)},0))`,
    `SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(${tn},"-",""),"—",""),"/",""),CHAR(92),""),".","")<>""`,
    `SUMPRODUCT(--ISNUMBER(FIND({"<",">","=","≥","≤","≠","/","·","*","?","~"},${tn})))=0`,
    `LEFT(${tn},1)<>"#"`,
    `ISERROR(MATCH(${tn},${arrayOf(units)},0))`,
    `ISERROR(MATCH(MID(${tn},2,99),${arrayOf(countingUnits())},0))`,
  ];
  // 3: a deadline (11月底前), scored against a completion date by rule 5a.
  f.TK = `=IF(${h("T7")}=1,1,IF(AND(${qualitativeTarget.join(",")}),2,IF(${h("Tv")}=1,3,0)))`;
  const check = `IF(${h("TK")}=0,${quote(`${PORTABLE_MARK}：公式无法识别此指标值，请写成“≥90.00(%)”的形式`)},"")`;
  if (refs.actual === undefined || refs.weight === undefined) {
    return { helpers: f, score: M, check };
  }
  const a = refs.actual;
  const wt = refs.weight;
  f.TQ = `=${restateExpr(refs.target)}`;
  const act = (step: ValueStep | DateStep): string => h(`A${step}`);
  Object.assign(f, prefixed("A", valueReaderFormulas(`IF(ISNUMBER(${a}),"",${a})`, act)));
  Object.assign(f, prefixed("A", dateReaderFormulas(act("9"), "actual", act)));
  const an = h("AN");
  f.AT = `=IF(${an}="","",IF(ISNUMBER(FIND(RIGHT(${an},1),"。.,，;；!！")),LEFT(${an},LEN(${an})-1),${an}))`;
  f.AS = `=${restateExpr(a)}`;
  const trimmed = h("AT");
  const phrases = arrayOf(OUTCOME_PHRASES.map(([p]) => p));
  const classes = arrayOf(OUTCOME_PHRASES.map(([, k]) => k));
  const outcome = `SUMPRODUCT(MAX((((${phrases}=${trimmed})+(LEN(${trimmed})>=4)*(LEFT(${phrases},LEN(${trimmed}))=${trimmed}))>0)*${classes}))`;
  const q = options.qualitativeDefaults;
  const shares = arrayOf([q.achieved, q.partial, q.failed]);
  const tq = h("TQ");
  const as = h("AS");
  const restated = `AND(${tq}<>"",OR(EXACT(${as},${tq}),EXACT(${as},"已"&${tq}),EXACT(${as},"已经"&${tq})))`;
  f.AQ = `=IF(${trimmed}="","",IF(${outcome}>0,INDEX(${shares},1,${outcome}),IF(${restated},${q.achieved},"")))`;
  // A number cell is read as it is, unless it is beyond what the core calculates with.
  f.AK = `=IF(ISNUMBER(${a}),IF(ABS(${a})>${BIGGEST},0,3),IF(${h("AD")}>0,IF(${h("A7")}=1,1,0),IF(${h("AQ")}<>"",2,0)))`;
  const table = unitTable();
  const { spellings, indexes } = table;
  f.TI = `=SUMPRODUCT(EXACT(${spellings},${h("TU")})*${indexes})`;
  f.AI = `=SUMPRODUCT(EXACT(${spellings},${h("AU")})*${indexes})`;
  const { dims, sizes } = table;
  const ratio = `INDEX(${sizes},1,${h("AI")})/INDEX(${sizes},1,${h("TI")})`;
  const conv = `IF(OR(${h("TI")}=0,${h("AI")}=0),-1,IF(INDEX(${dims},1,${h("AI")})<>INDEX(${dims},1,${h("TI")}),-1,ROUND(${ratio},11-INT(LOG10(${ratio})))))`;
  const au = `IF(ISNUMBER(${a}),"",${h("AU")})`;
  // Below the smallest magnitude the core reads a number cell as 0 (a formula's rounding noise).
  const a0 = `IF(ISNUMBER(${a}),IF(ABS(${a})<${SMALLEST},0,${a}),${h("AV")})`;
  const tu = h("TU");
  const tv = h("TV");
  f.AF = `=IF(OR(${h("AK")}=1,${h("AK")}=3),IF(OR(${au}="",EXACT(${au},${tu})),IF(AND(${au}="",${percent(tu)},${tv}>1.5,${a0}<>0,ABS(${a0})<=1.5),100,1),IF(${tu}="",1,${conv})),"")`;
  f.TT = `=IF(AND(${tu}="",${percent(au)},${tv}>0,${tv}<=1.5),ROUND(${tv}*100,9),${tv})`;
  const p = `${a0}*${h("AF")}`;
  f.AA = `=IF(${h("AF")}="","",MAX(0,IF(${h("AF")}=1,${a0},IF(ABS(${p})<1000000,ROUND(${p},9),ROUND(${p},11-INT(LOG10(ABS(${p}))))))))`;
  const t = h("TT");
  const av = h("AA");
  const op = h("TO");
  const rw = round2Expr(wt);
  const negative =
    options.negativeFormula === "ratio"
      ? `IF(${av}<=${t},${rw},IF(${t}<=0,0,${round2Expr(`${t}*${wt}/${av}`)}))`
      : `IF(${av}<=${t},${rw},IF(${t}<=0,0,IF(${av}>=2*${t},0,${round2Expr(`(2*${t}-${av})*${wt}/${t}`)})))`;
  const positive = `IF(${t}<=0,IF(${av}>=${t},${rw},0),IF(${av}>=${t},${rw},${round2Expr(`${av}*${wt}/${t}`)}))`;
  const quant = `IF(OR(${op}=3,${op}=4),${negative},IF(AND(OR(${op}=5,${op}=0),${t}=0),IF(${av}<=0,${rw},0),${positive}))`;
  const qual = `IF(${h("AK")}=2,${round2Expr(`${h("AQ")}*${wt}`)},${M})`;
  const dates = `IF(${onOrBefore(tgt, act)},${wt},0)`;
  f.S = `=IF(OR(NOT(ISNUMBER(${wt})),${wt}<0,${wt}>${MAX_WEIGHT}),${M},IF(AND(${h("Tv")}=1,${h("Av")}=1),${dates},IF(${h("TK")}=0,${M},IF(OR(${h("TK")}=2,${h("TK")}=3),${qual},IF(OR(${h("AK")}=1,${h("AK")}=3),IF(${h("AF")}<0,${M},${quant}),${M})))))`;
  return { helpers: f, score: h("S"), check };
}

/** A side's step formulas under their helper names (TN, AV …). */
function prefixed(
  side: Side,
  formulas: Partial<Record<ValueStep | DateStep, string>>,
): Partial<Record<HelperName, string>> {
  const out: Partial<Record<HelperName, string>> = {};
  for (const [step, formula] of Object.entries(formulas)) out[`${side}${step}` as StepName] = formula;
  return out;
}

/** The spellings canonicalUnit turns into "%" (compared case-blind, as the alias lookup does). */
function percent(unit: string): string {
  return `OR(${unit}="%",${unit}="百分比",${unit}="percent")`;
}
