/**
 * The hidden helper cells that read a deadline or a completion date (rule 5a, docs/domain.md §3) the
 * way readDate does — [于/截至 …][2023年]11月[15日|底|下旬 …][前][已][完成 …][前], 2023年底,
 * 2023-12-31, 2023.12.31 — and decide, as parseTarget does, whether the core holds the value as a date
 * at all: 10月 is a number of months as a target, a completion month as an actual value; 2023年底 and
 * 于2023-12完成 are numbers to the core, so they are no dates here either. docs/architecture.md §5.1.
 */
import { arrayOf, lengthsOf } from "./portableText";

/** The steps of reading a date, in column order; each name is prefixed with the side (T or A). */
export const DATE_STEPS = ["f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "s", "v"] as const;
export type DateStep = (typeof DATE_STEPS)[number];

/** Words before a date that do not change it (readDate's BEFORE). */
const BEFORE = [
  "已于",
  "已在",
  "计划于",
  "计划在",
  "预计于",
  "截至",
  "截止",
  "截止到",
  "截止至",
  "于",
  "在",
  "至",
];
/** readDate's AFTER, group by group. */
const AFTER_WHEN = ["前", "之前", "以前", "内", "以内"];
const AFTER_HOW = ["全部", "已", "已经", "按时", "如期", "顺利"];
const AFTER_WHAT = ["完成", "到位", "结束", "竣工", "验收", "支付", "拨付", "实施完毕", "完工", "发放"];
/** Parts of a month and the day they stand for (份: the month itself, no day: -1 here). */
const PARTS: readonly (readonly [string, number])[] = [
  ["底", 31],
  ["末", 31],
  ["份", -1],
  ["初", 10],
  ["上旬", 10],
  ["中旬", 20],
  ["下旬", 31],
];
/** 2023年底, 年底前, 年内: the end of the year. */
const YEAR_END = ["年底", "年末", "底", "末", "年内"];

/** Length of the longest word of `words` at 1-based position `pos` of `text` (0 when none). */
function wordAt(text: string, pos: string, words: readonly string[]): string {
  const list = arrayOf(words);
  const lengths = lengthsOf(words);
  return `SUMPRODUCT(MAX((MID(${text},${pos},${lengths})=${list})*${lengths}))`;
}

/** Length (0…3) of the run of digits at 1-based position `pos` of `text`. */
function digitsAt(text: string, pos: string): string {
  const d = (offset: number): string => `ISNUMBER(FIND(MID(${text}&"####",${pos}+${offset},1),"0123456789"))`;
  return `IF(${d(0)},IF(${d(1)},IF(${d(2)},3,2),1),0)`;
}

/**
 * The formula of each date step reading the folded text `folded` (the value reader's step 9), given
 * where each step of this side sits. Step m is the month (0: not a date the core compares), i the year
 * (0: not written), n the day (0 or -1: not written), v 1 when the core holds this value as a date.
 *
 * @example
 * const steps = dateReaderFormulas("T913", "target", (s) => `T${s}13`);
 * steps.v; // '=IF(AND(Tm13>0, …),1,0)'
 */
export function dateReaderFormulas(
  folded: string,
  role: "target" | "actual",
  at: (step: DateStep) => string,
): Record<DateStep, string> {
  const s = at;
  const t = s("f");
  const f = {} as Record<DateStep, string>;
  f.f = `=IF(ISNUMBER(FIND(RIGHT(${folded},1),"。.,")),LEFT(${folded},LEN(${folded})-1),${folded})`;
  // The BEFORE word the date follows: the one after which a digit or 年/底/末 comes (-1: none fits).
  const before = arrayOf(["", ...BEFORE]);
  const fits = `(LEFT(${t},LEN(${before}))=${before})*ISNUMBER(FIND(MID(${t}&"#",LEN(${before})+1,1),"0123456789年底末"))`;
  f.g = `=IF(SUMPRODUCT(--(${fits}>0))=0,-1,SUMPRODUCT(MAX(${fits}*LEN(${before}))))`;
  const b = s("g");
  f.h = `=IF(${b}<0,0,${digitsAt(t, `${b}+1`)}+IF(${digitsAt(t, `${b}+1`)}=3,${digitsAt(t, `${b}+4`)},0))`;
  const sepAt = `MID(${t},${b}+5,1)`;
  f.i = `=IF(${b}<0,0,IF(AND(${s("h")}=4,OR(MID(${t},${b}+1,2)="19",MID(${t},${b}+1,2)="20"),${sepAt}<>"",ISNUMBER(FIND(${sepAt},"年-/."))),--MID(${t},${b}+1,4),0))`;
  // 0: Chinese (年 or no year), 1: -, 2: /, 3: . (a dotted date needs its day).
  f.j = `=IF(${s("i")}=0,0,FIND(${sepAt},"年-/.")-1)`;
  f.k = `=IF(${b}<0,1,IF(${s("i")}>0,${b}+6,${b}+1))`;
  const k = s("k");
  f.l = `=${digitsAt(t, k)}`;
  const l = s("l");
  const month = `--MID(${t},${k},${l})`;
  const yearEnd = wordAt(t, k, YEAR_END);
  const chineseMonth = `AND(${l}>=1,${l}<=2,MID(${t},${k}+${l},1)="月")`;
  f.m = `=IFERROR(IF(${b}<0,0,IF(${s("j")}=0,IF(${chineseMonth},IF(AND(${month}>=1,${month}<=12),${month},0),IF(AND(${yearEnd}>0,OR(${s("i")}>0,${s("h")}=0)),12,0)),IF(AND(${l}>=1,${l}<=2,${month}>=1,${month}<=12),${month},0))),0)`;
  // Where the day starts: after 月 (Chinese) or after the separator repeated (numeric).
  const ds = `${k}+${l}+1`;
  const dl = digitsAt(t, ds);
  // Day 0 is no day (make() refuses it): 99 fails the day check below.
  const day = `IF(--MID(${t},${ds},${dl})=0,99,--MID(${t},${ds},${dl}))`;
  const chineseDay = `AND(${dl}>=1,${dl}<=2,OR(MID(${t},${ds}+${dl},1)="日",MID(${t},${ds}+${dl},1)="号"))`;
  const partLen = (pos: string): string =>
    wordAt(
      t,
      pos,
      PARTS.map(([p]) => p),
    );
  const partDay = (pos: string): string =>
    `SUMPRODUCT((MID(${t},${pos},${lengthsOf(PARTS.map(([p]) => p))})=${arrayOf(PARTS.map(([p]) => p))})*(${lengthsOf(PARTS.map(([p]) => p))}=${partLen(pos)})*${arrayOf(PARTS.map(([, d]) => d))})`;
  const numericDay = `AND(${s("j")}>=1,MID(${t},${k}+${l},1)=MID(${t},${b}+5,1),${dl}>=1,${dl}<=2)`;
  const chineseMonthPath = `AND(${s("j")}=0,${chineseMonth})`;
  // n: the day (1…31), -1 for 份, 0 when none is written.
  f.n = `=IFERROR(IF(${s("m")}=0,0,IF(${chineseMonthPath},IF(${chineseDay},${day},IF(${partLen(ds)}>0,${partDay(ds)},0)),IF(${s("j")}=0,31,IF(${numericDay},${day},0)))),0)`;
  // o: the first character after the date itself.
  const afterChineseDay = `${ds}+${dl}+1`;
  f.o = `=IFERROR(IF(${s("m")}=0,0,IF(${chineseMonthPath},IF(${chineseDay},${afterChineseDay}+${partLen(afterChineseDay)},${ds}+${partLen(ds)}),IF(${s("j")}=0,${k}+${yearEnd},IF(${numericDay},${ds}+${dl},${k}+${l})))),0)`;
  const rest = `MID(${t},${s("o")},99)`;
  const g1 = wordAt(rest, "1", AFTER_WHEN);
  f.s = `=IF(${s("o")}<1,1,1+${g1}+${wordAt(rest, `1+${g1}`, AFTER_HOW)})`;
  const g3 = `${s("s")}+${wordAt(rest, s("s"), AFTER_WHAT)}`;
  const afterOk = `${g3}+(MID(${rest}&"#",${g3},1)="前")>LEN(${rest})`;
  const dayOk = `OR(${s("n")}<=0,${s("n")}<=31)`;
  const noDigits = `AND(${s("i")}=0,${s("h")}=0)`;
  // What parseTarget holds as a date (DATE_VALUE, DATE_IN_TEXT, or no digit at all):
  const qualitative = [
    noDigits,
    `AND(${chineseMonthPath},OR(${s("i")}>0,${s("n")}<>0))`,
    `AND(${s("j")}>=1,${numericDay})`,
    `AND(${s("j")}>=1,${s("j")}<=2,NOT(${numericDay}),${b}=0,OR(${rest}="",${rest}="前",${rest}="之前",${rest}="以前"))`,
  ];
  // An actual 10月 (于10月完成) is a number of months with no operator: a completion month too.
  const monthOnly = `AND(${chineseMonthPath},${s("i")}=0,${s("n")}=0,${wordAt(rest, "1", ["内", "以内"])}=0)`;
  const kinds = role === "actual" ? [...qualitative, monthOnly] : qualitative;
  f.v = `=IFERROR(IF(AND(${s("m")}>0,${b}>=0,LEN(${t})<=30,${dayOk},${afterOk},OR(${kinds.join(",")})),1,0),0)`;
  return f;
}

/**
 * Whether the actual date (steps of side A) is on or before the deadline (side T): years only when both
 * are written, then months, then days only when both are written (isOnOrBefore).
 *
 * @example
 * onOrBefore((s) => `T${s}13`, (s) => `A${s}13`); // 'IF(AND(Ti13>0,…),…)'
 */
export function onOrBefore(target: (step: DateStep) => string, actual: (step: DateStep) => string): string {
  const [ty, tm, td] = [target("i"), target("m"), target("n")];
  const [ay, am, ad] = [actual("i"), actual("m"), actual("n")];
  return `IF(AND(${ty}>0,${ay}>0,${ty}<>${ay}),${ay}<${ty},IF(${am}<>${tm},${am}<${tm},IF(OR(${ad}<=0,${td}<=0),1,${ad}<=${td})))`;
}
