/**
 * The hidden helper cells of one indicator row in a portable sheet and the formulas that read them:
 * the target and the actual value are taken apart step by step (one step per cell, so no formula
 * repeats a long expression and each stays far below Excel's 64 nesting levels), then scored by the
 * national rules with the settings chosen when the template was made. docs/architecture.md §5.1.
 */
import { PREFIX_WORDS } from "../../target/readOperator";
import { countingUnits, dimensionedUnits } from "../../target/units";
import { MAX_TARGET_MAGNITUDE, MIN_TARGET_MAGNITUDE, readTail } from "../../target/readClause";
import { MAX_WEIGHT, type ScoringOptions } from "../../scoring/options";
import {
  PORTABLE_MARK,
  arrayOf,
  firstDigitExpr,
  normaliseExpr,
  quote,
  restateExpr,
  round2Expr,
  runLengthExpr,
} from "./portableText";

/** Helper cells of a row that only checks its target (goal tables). */
export const TARGET_HELPERS = ["TN", "TP", "TL", "TR", "TX", "TU", "TC", "TY", "TO", "TV", "TK"] as const;
/** Helper cells of a scored row (self-evaluation), in column order. */
export const SCORE_HELPERS = [
  ...TARGET_HELPERS,
  "TQ",
  "AN",
  "AP",
  "AL",
  "AR",
  "AX",
  "AU",
  "AV",
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
] as const;
export type HelperName = (typeof SCORE_HELPERS)[number];

/** Cells a row's helpers read. */
export interface RowRefs {
  readonly target: string;
  readonly actual?: string;
  readonly weight?: string;
}

const M = quote(PORTABLE_MARK);

/** Operator codes: 1 ≥, 2 >, 3 ≤, 4 <, 5 =; a word adds 10; 16 is 控制在 (the suffix decides, else ≤). */
const OP_CODES: Readonly<Record<string, number>> = { ">=": 1, ">": 2, "<=": 3, "<": 4, "=": 5 };

/** What may stand before the number: symbol runs as normaliseTargetText folds them, or one word. */
function prefixTable(): [string[], number[]] {
  const symbols: [string, number][] = [
    ["≥", 1],
    [">", 2],
    ["≤", 3],
    ["<", 4],
    ["=", 5],
    ...[">=", "=>", "≥=", "=≥", "≥≥", ">≥", "≥>"].map((s): [string, number] => [s, 1]),
    ...["<=", "=<", "≤=", "=≤", "≤≤", "<≤", "≤<"].map((s): [string, number] => [s, 3]),
    [">>", 2],
    ["<<", 4],
    ["==", 5],
  ];
  const words = PREFIX_WORDS.map(([word, op]): [string, number] => [
    word,
    op === null ? 16 : 10 + (OP_CODES[op] ?? 0),
  ]);
  const all = [...symbols, ...words];
  return [all.map(([s]) => s), all.map(([, c]) => c)];
}

/** Suffix words, longest first as RIGHT() must try them, with the bracketed forms readTail accepts. */
const SUFFIXES = [
  "(以上)",
  "(以下)",
  "(以内)",
  "及以上",
  "或以上",
  "及以下",
  "或以下",
  "及以内",
  "以上",
  "以下",
  "以内",
  "之内",
  "左右",
  "内",
];

/** Unit spellings the formulas convert between: read whole by the core as that very unit. */
function unitTable(): { spellings: string[]; dims: number[]; sizes: number[] } {
  const dimIds = new Map<string, number>();
  const rows = dimensionedUnits().filter(([spelling]) => {
    if (/[\d()]/.test(spelling)) return false;
    const tail = readTail(spelling);
    return tail.trailing === "" && tail.suffix === undefined && tail.unit !== "";
  });
  for (const [, dim] of rows) if (!dimIds.has(dim)) dimIds.set(dim, dimIds.size + 1);
  return {
    spellings: rows.map(([s]) => s),
    dims: rows.map(([, d]) => dimIds.get(d) ?? 0),
    sizes: rows.map(([, , size]) => size),
  };
}

const EMPTY_MARKERS = ["", "-", "--", "---", "/", "无", "空", "暂无", "n/a", "na", "null"];
const FORBIDDEN_IN_UNIT = [
  "(",
  ")",
  ",",
  ";",
  "，",
  "；",
  "。",
  "、",
  ":",
  "：",
  "<",
  ">",
  "=",
  "≥",
  "≤",
  "≠",
  "~",
  "-",
  "*",
  "?",
];

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
  const [prefixes, codes] = prefixTable();
  readParts(f, "T", normaliseExpr(refs.target), h);
  const pre = `LEFT(${h("TN")},${h("TP")}-1)`;
  f.TC = `=IF(${h("TP")}=1,0,IF(SUMPRODUCT(--EXACT(${arrayOf(prefixes)},${pre}))=0,-1,SUMPRODUCT(EXACT(${arrayOf(prefixes)},${pre})*${arrayOf(codes)})))`;
  f.TY = `=IF(${h("TX")}="",0,IF(ISNUMBER(FIND("上",${h("TX")})),1,IF(${h("TX")}="左右",0,3)))`;
  const c = h("TC");
  const y = h("TY");
  const merge = `IF(${c}=5,${y},IF((${c}<=2)=(${y}=1),${c},-1))`;
  const w = `(${c}-10)`;
  const word = `IF(${y}=0,IF(${w}=6,3,${w}),IF(${w}=6,${y},IF(AND(${w}<>5,(${w}<=2)<>(${y}=1)),-1,${w})))`;
  f.TO = `=IF(${c}<0,-1,IF(${c}<10,IF(${y}=0,${c},IF(${c}=0,${y},${merge})),${word}))`;
  f.TV = `=IF(${h("TL")}=0,"",${inRange(`--MID(${h("TN")},${h("TP")},${h("TL")})`)})`;
  const tn = h("TN");
  const numericTarget = `AND(${h("TP")}<=LEN(${tn}),ISNUMBER(${h("TV")}),${h("TO")}>=0,LEN(${tn})<=100,${unitOk(h("TU"))})`;
  const units = [...dimensionedUnits().map(([s]) => s), ...countingUnits()];
  const qualitativeTarget = [
    `${h("TP")}>LEN(${tn})`,
    `ISERROR(MATCH(${tn},${arrayOf(EMPTY_MARKERS)},0))`,
    `SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(${tn},"-",""),"—",""),"/",""),CHAR(92),""),".","")<>""`,
    `SUMPRODUCT(--ISNUMBER(FIND({"<",">","=","≥","≤","≠","/","·","*","?","~"},${tn})))=0`,
    `LEFT(${tn},1)<>"#"`,
    `ISERROR(MATCH(${tn},${arrayOf(units)},0))`,
    `ISERROR(MATCH(MID(${tn},2,99),${arrayOf(countingUnits())},0))`,
  ];
  f.TK = `=IF(${numericTarget},1,IF(AND(${qualitativeTarget.join(",")}),2,0))`;
  const check = `IF(${h("TK")}=0,${quote(`${PORTABLE_MARK}：公式无法识别此指标值，请写成“≥90.00(%)”的形式`)},"")`;
  if (refs.actual === undefined || refs.weight === undefined) {
    return { helpers: f, score: M, check };
  }
  const a = refs.actual;
  const wt = refs.weight;
  f.TQ = `=${restateExpr(refs.target)}`;
  readParts(f, "A", `IF(ISNUMBER(${a}),"",${normaliseExpr(a)})`, h);
  f.AV = `=IF(${h("AL")}=0,"",${inRange(`--MID(${h("AN")},${h("AP")},${h("AL")})`)})`;
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
  const numericActual = `AND(${h("AP")}=1,ISNUMBER(${h("AV")}),LEN(${an})<=100,${unitOk(h("AU"))})`;
  // A number cell past what Excel keeps (15 digits) is refused by the core (TARGET_NUMBER_TOO_LARGE).
  f.AK = `=IF(ISNUMBER(${a}),IF(ABS(${a})>=${BIGGEST},0,3),IF(${h("AP")}<=LEN(${an}),IF(${numericActual},1,0),IF(${h("AQ")}<>"",2,0)))`;
  const table = unitTable();
  const spellings = arrayOf(table.spellings);
  const indexes = arrayOf(table.spellings.map((_, i) => i + 1));
  f.TI = `=SUMPRODUCT(EXACT(${spellings},${h("TU")})*${indexes})`;
  f.AI = `=SUMPRODUCT(EXACT(${spellings},${h("AU")})*${indexes})`;
  const dims = arrayOf(table.dims);
  const sizes = arrayOf(table.sizes);
  const ratio = `INDEX(${sizes},1,${h("AI")})/INDEX(${sizes},1,${h("TI")})`;
  const conv = `IF(OR(${h("TI")}=0,${h("AI")}=0),-1,IF(INDEX(${dims},1,${h("AI")})<>INDEX(${dims},1,${h("TI")}),-1,ROUND(${ratio},11-INT(LOG10(${ratio})))))`;
  const au = `IF(ISNUMBER(${a}),"",${h("AU")})`;
  const a0 = `IF(ISNUMBER(${a}),${a},${h("AV")})`;
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
  f.S = `=IF(OR(NOT(ISNUMBER(${wt})),${wt}<0,${wt}>${MAX_WEIGHT}),${M},IF(${h("TK")}=0,${M},IF(${h("TK")}=2,${qual},IF(OR(${h("AK")}=1,${h("AK")}=3),IF(${h("AF")}<0,${M},${quant}),${M}))))`;
  return { helpers: f, score: h("S"), check };
}

/** N(ormalised), P(osition of the first digit), L(ength of the number), R(est), X (suffix word), U(nit). */
function readParts(
  f: Partial<Record<HelperName, string>>,
  side: "T" | "A",
  normalised: string,
  h: (helper: HelperName) => string,
): void {
  const n = h(`${side}N` as HelperName);
  const pos = h(`${side}P` as HelperName);
  const len = h(`${side}L` as HelperName);
  const rest = h(`${side}R` as HelperName);
  const suffix = h(`${side}X` as HelperName);
  f[`${side}N` as HelperName] = `=${normalised}`;
  f[`${side}P` as HelperName] = `=${firstDigitExpr(n)}`;
  f[`${side}L` as HelperName] = `=IF(${pos}>LEN(${n}),0,${runLengthExpr(`MID(${n},${pos},40)`)})`;
  f[`${side}R` as HelperName] = `=MID(${n},${pos}+${len},99)`;
  f[`${side}X` as HelperName] = `=${SUFFIXES.reduceRight(
    (inner, word) => `IF(RIGHT(${rest},${word.length})=${quote(word)},${quote(word)},${inner})`,
    '""',
  )}`;
  const stripped = `LEFT(${rest},LEN(${rest})-LEN(${suffix}))`;
  f[`${side}U` as HelperName] =
    `=IF(AND(LEFT(${stripped},1)="(",RIGHT(${stripped},1)=")"),MID(${stripped},2,LEN(${stripped})-2),${stripped})`;
}

/** The spellings canonicalUnit turns into "%" (compared case-blind, as the alias lookup does). */
function percent(unit: string): string {
  return `OR(${unit}="%",${unit}="百分比",${unit}="percent")`;
}

/**
 * The number `expr` reads, or "" when it cannot be read or lies outside what the core calculates with
 * (over MAX_TARGET_MAGNITUDE, or non-zero below MIN_TARGET_MAGNITUDE: TARGET_NUMBER_TOO_LARGE / _SMALL),
 * so the row shows the mark rather than a number the core refuses.
 */
function inRange(expr: string): string {
  // ≥, not >: a spreadsheet keeps 15 significant digits, so 1000000000000000.5 arrives as 1E15 there
  // while the core reads it whole and refuses it; a mark where the core scores is never a wrong number.
  return `IFERROR(IF(OR(ABS(${expr})>=${BIGGEST},AND(${expr}<>0,ABS(${expr})<${SMALLEST})),"",${expr}),"")`;
}

/**
 * The core's bounds as plain decimal literals ("1000000000000000", "0.000000000001"): HyperFormula
 * does not parse scientific notation such as 1E+15 in a formula.
 */
const BIGGEST = MAX_TARGET_MAGNITUDE.toFixed(0);
const SMALLEST = MIN_TARGET_MAGNITUDE.toFixed(12);

/** A unit the formulas can trust: short, no digit, no bracket or separator, not a date (月/年 first). */
function unitOk(unit: string): string {
  return `AND(LEN(${unit})<=8,${firstDigitExpr(unit)}>LEN(${unit}),SUMPRODUCT(--ISNUMBER(FIND(${arrayOf(FORBIDDEN_IN_UNIT)},${unit})))=0,LEFT(${unit},1)<>"月",LEFT(${unit},1)<>"年")`;
}
