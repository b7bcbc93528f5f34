/**
 * The hidden helper cells that read one value cell (a target or an actual value) the way parseTarget
 * reads it, one step per cell: the text folded as normaliseTargetText folds it, the one run of digits
 * (thousands separators checked as the core checks them, a sign, a leading dot), the piece of text
 * around it between list punctuation, the text before it split into label, comparison word and
 * symbols, and the text after it read as readTail reads it (comparison word, 余/多, unit in brackets,
 * the longest known unit or a short bare one, a bracketed note, comparison word). Whatever the core
 * reads differently — two numbers, a date, a compound unit, an operator the formulas cannot merge —
 * leaves the value unread, so the row shows the mark and never a number the core would not give.
 * docs/architecture.md §5.1.
 */
import { PREFIX_WORDS, SUFFIX_WORDS } from "../../target/readOperator";
import { countingUnits, dimensionedUnits, unitAliases } from "../../target/units";
import { MAX_TARGET_MAGNITUDE, MIN_TARGET_MAGNITUDE } from "../../target/readClause";
import { SPACES, arrayOf, cached, lengthsOf, quotedPairs, substituteAll } from "./portableText";

/** The steps of reading one value, in column order; each name is prefixed with the side (T or A). */
export const VALUE_STEPS = [
  "W",
  "9",
  "e",
  "N",
  "D",
  "P",
  "L",
  "B",
  "E",
  "G",
  "V",
  "H",
  "J",
  "C",
  "0",
  "M",
  "Z",
  "R",
  "1",
  "2",
  "d",
  "3",
  "a",
  "b",
  "c",
  "X",
  "U",
  "4",
  "5",
  "6",
  "Y",
  "8",
  "O",
  "7",
] as const;
export type ValueStep = (typeof VALUE_STEPS)[number];

/** Positions 1…64: the longest text the formulas read character by character (longer ones show the mark). */
const MAX_LENGTH = 64;
const K = arrayOf(Array.from({ length: MAX_LENGTH }, (_, i) => i + 1));
const DIGITS = '"0123456789"';
const SEPARATORS = '",;。、!?"';
const SYMBOL_CHARS = '"<>=≥≤≠"';

/** Operator codes: 1 ≥, 2 >, 3 ≤, 4 <, 5 =; 6 is a word that only frames the number (控制在); 7 is 左右. */
const OP_CODES: Readonly<Record<string, number>> = { ">=": 1, ">": 2, "<=": 3, "<": 4, "=": 5, "~": 7 };

/** Runs of comparison symbols the formulas accept (as typed; the core folds >= and the like first). */
const SYMBOL_RUNS: readonly (readonly [string, number])[] = [
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

const WORDS = PREFIX_WORDS.map(([word]) => word);
const WORD_CODES = PREFIX_WORDS.map(([, op]) => (op === null ? 6 : (OP_CODES[op] ?? 0)));
const SUFFIXES = SUFFIX_WORDS.map(([word]) => word);
const SUFFIX_CODES = SUFFIX_WORDS.map(([, op]) => OP_CODES[op] ?? 0);

/**
 * Every simple unit spelling the core knows (longestKnownUnit), lower-cased aliases included; compound
 * units (万元/年) are left to the mark, spellings with brackets cannot follow a number there.
 */
const knownUnits = cached((): string[] => {
  const counters = countingUnits();
  const all = [
    ...dimensionedUnits().map(([spelling]) => spelling),
    ...unitAliases().map(([alias]) => alias),
    ...counters,
    ...counters.map((c) => `万${c}`),
  ];
  return [...new Set(all)].filter((u) => u.length <= 8 && !/[(),;，；:]/.test(u));
});

/** Units a part of a compound unit may be (dimensionOf: no aliases), longest first is not needed. */
const partUnits = cached((): string[] => {
  const counters = countingUnits();
  const dims = dimensionedUnits()
    .map(([spelling]) => spelling)
    .filter((spelling) => !unitAliases().some(([alias]) => alias === spelling));
  return [...new Set([...dims, ...counters, ...counters.map((c) => `万${c}`)])];
});

const unitsArray = cached(() => arrayOf(knownUnits()));
const unitLengthsArray = cached(() => lengthsOf(knownUnits()));
const partsArray = cached(() => arrayOf(partUnits()));
const partLengthsArray = cached(() => lengthsOf(partUnits()));
/** Every known unit and the spellings that are a unit alone though they hold a digit (m2). */
const allUnitsArray = cached(() => arrayOf([...knownUnits(), "m2", "m²"]));

/** Characters a bare unit may not hold (readTail's bare pattern), after the full-width fold. */
const NOT_IN_BARE_UNIT = ["(", ")", ",", ";", "。", "、", ":", "<", ">", "=", "≥", "≤", "~", "-"];
/** Characters that make a unit one the formulas do not trust (a wildcard, a list, a comparison). */
const NOT_IN_UNIT = [...NOT_IN_BARE_UNIT, "，", "；", "：", "≠", "*", "?"];

/** Full-width forms NFKC folds to ASCII (U+FF01…U+FF5E except letters) and the small forms. */
const widthPairs = cached((): [string, string][] => {
  const pairs: [string, string][] = [];
  for (let code = 0xff01; code <= 0xff5e; code += 1) {
    const ascii = String.fromCharCode(code - 0xfee0);
    if (/[A-Za-z]/.test(ascii)) continue;
    // ＂ folds to " which the core then drops; HyperFormula reads no "" inside a formula string.
    pairs.push([String.fromCharCode(code), ascii === '"' ? "" : ascii === "\\" ? "CHAR(92)" : ascii]);
  }
  // NFKC: the small forms are ASCII, ㎡ is m2, ² and ³ are digits.
  const more: [string, string][] = [
    ["﹤", "<"],
    ["﹥", ">"],
    ["﹦", "="],
    ["﹣", "-"],
    ["﹢", "+"],
    ["﹪", "%"],
    ["㎡", "m2"],
    ["²", "2"],
    ["³", "3"],
  ];
  return [...pairs, ...more];
});

/** The folds of normaliseTargetText after NFKC: symbols, dashes, quotes, LaTeX, areas. */
const FOLDS: readonly (readonly [string, string])[] = [
  ["≧", "≥"],
  ["⩾", "≥"],
  ["≽", "≥"],
  ["≦", "≤"],
  ["⩽", "≤"],
  ["≼", "≤"],
  ["═", "="],
  ["⩵", "="],
  ["〓", "="],
  ["〈", "<"],
  ["‹", "<"],
  ["〉", ">"],
  ["›", ">"],
  ["【", "("],
  ["〔", "("],
  ["】", ")"],
  ["〕", ")"],
  ["‐", "-"],
  ["‑", "-"],
  ["‒", "-"],
  ["–", "-"],
  ["—", "-"],
  ["―", "-"],
  ["−", "-"],
  ["〜", "~"],
  ["∼", "~"],
  ["˜", "~"],
  ["“", ""],
  ["”", ""],
  ["CHAR(34)", ""],
  ["'", ""],
  ["‘", ""],
  ["’", ""],
  ["`", ""],
  ["\\geqslant", "≥"],
  ["\\geq", "≥"],
  ["\\ge", "≥"],
  ["\\leqslant", "≤"],
  ["\\leq", "≤"],
  ["\\le", "≤"],
  ["\\gt", ">"],
  ["\\lt", "<"],
  ["\\neq", "≠"],
  ["\\ne", "≠"],
  ["\\%", "%"],
  ["\\text{", ""],
  ["\\mathrm{", ""],
  ["}", ""],
  ["$", ""],
  ["CHAR(92)", ""],
  // km2 anywhere and m2 after a number are areas (normaliseTargetText; ㎡ and ² were folded in W).
  ...["km2", "KM2", "Km2", "kM2"].map((k): [string, string] => [k, "平方公里"]),
  ...["m2", "M2"].map((m): [string, string] => [m, "平方米"]),
];

/** Whether the one character `ch` (a formula text, possibly an array) is a digit; "" counts, so guard. */
function isDigit(ch: string): string {
  return `ISNUMBER(FIND(${ch},${DIGITS}))`;
}

/** A SUMPRODUCT over the positions 1…100 of `text` that are inside it. */
function inside(text: string): string {
  return `(${K}<=LEN(${text}))`;
}

/**
 * Length of the comparison word at 0-based position `pos` of `text` (at most one can start there), and
 * its code.
 */
function suffixAt(text: string, pos: string): { len: string; code: string } {
  const at = `(MID(${text},${pos}+1,${lengthsOf(SUFFIXES)})=${arrayOf(SUFFIXES)})`;
  return {
    len: `SUMPRODUCT(${at}*${lengthsOf(SUFFIXES)})`,
    code: `SUMPRODUCT(${at}*${arrayOf(SUFFIX_CODES)})`,
  };
}

/** Direction of an operator code 1…5: 1 at least, -1 at most, 0 equal. */
function dir(code: string): string {
  return `((${code}<=2)*1-(${code}=3)-(${code}=4))`;
}

/** The core's bounds as plain decimal literals: HyperFormula parses no 1E+15 in a formula. */
export const BIGGEST = MAX_TARGET_MAGNITUDE.toFixed(0);
export const SMALLEST = MIN_TARGET_MAGNITUDE.toFixed(12);

/**
 * The formula of each step reading `source` (a cell reference, or an expression giving text), given
 * where each step of this side sits. The steps the rest of the row reads: N (the folded text), D (last
 * digit, 0 when none), V (the signed number, "" when unread), O (operator code, 0 none, -1 conflict),
 * U (canonical unit), 7 (1 when the value reads as one number the formulas can score with).
 *
 * @example
 * const steps = valueReaderFormulas("D13", (s) => `T${s}13`);
 * steps.V; // '=IF(AND(TD13>0, …),…,"")'
 */
export function valueReaderFormulas(
  source: string,
  at: (step: ValueStep) => string,
): Record<ValueStep, string> {
  const s = at;
  const n = s("N");
  const f = {} as Record<ValueStep, string>;
  f.W = `=${substituteAll(`${source}&""`, quotedPairs([...SPACES, ...widthPairs()]))}`;
  f["9"] = `=${substituteAll(s("W"), quotedPairs(FOLDS))}`;
  // ≥3.5分(满分5分): a closing note holding a number of its own is cut off (readClause's NUMBERED_NOTE).
  const w9 = s("9");
  f.e = `=SUMPRODUCT(MAX((MID(${w9},${K},1)="(")*${K}))`;
  const open = s("e");
  const inner = `MID(${w9},${open}+1,LEN(${w9})-${open}-1)`;
  const note = `AND(RIGHT(${w9},1)=")",${open}>1,MIN(FIND({0,1,2,3,4,5,6,7,8,9},${inner}&"0123456789"))<=LEN(${inner}),ISERROR(FIND(")",${inner})))`;
  f.N = `=IFERROR(IF(${note},LEFT(${w9},${open}-1),${w9}),${w9})`;
  f.D = `=SUMPRODUCT(MAX(${isDigit(`MID(${n},${K},1)`)}*${inside(n)}*${K}))`;
  const first = `MIN(FIND({0,1,2,3,4,5,6,7,8,9},${n}&"0123456789"))`;
  f.P = `=IF(MID("#"&${n},${first},1)=".",${first}-1,${first})`;
  f.L = `=IF(${s("D")}=0,0,${s("D")}-${s("P")}+1)`;
  const sepAt = `ISNUMBER(FIND(MID(${n},${K},1),${SEPARATORS}))*${inside(n)}`;
  f.B = `=1+SUMPRODUCT(MAX(${sepAt}*(${K}<${s("P")})*${K}))`;
  f.E = `=MIN(LEN(${n})+1,SUMPRODUCT(MIN(${sepAt}*(${K}>${s("D")})*(${K}-999)+999)))`;
  const before = `MID("#"&${n},${s("P")},1)`;
  f.G = `=IF(AND(${s("D")}>0,${s("P")}>${s("B")}),IF(OR(${before}="-",${before}="+"),1,0),0)`;
  f.V = `=${valueFormula(s)}`;
  f.H = `=MID(${n},${s("B")},MAX(0,${s("P")}-${s("G")}-${s("B")}))`;
  const pre = s("H");
  f.J = `=SUMPRODUCT(MAX(ISERROR(FIND(MID(${pre},${K},1),${SYMBOL_CHARS}))*${inside(pre)}*${K}))`;
  const symbols = `MID(${pre},${s("J")}+1,99)`;
  const runs = arrayOf(SYMBOL_RUNS.map(([r]) => r));
  f.C = `=IF(${symbols}="",0,IF(SUMPRODUCT(--EXACT(${runs},${symbols}))=0,-1,SUMPRODUCT(EXACT(${runs},${symbols})*${arrayOf(SYMBOL_RUNS.map(([, c]) => c))})))`;
  const head = `LEFT(${pre},${s("J")})`;
  const wordAt = `(RIGHT(${head},${lengthsOf(WORDS)})=${arrayOf(WORDS)})`;
  f["0"] = `=SUMPRODUCT(MAX(${wordAt}*${lengthsOf(WORDS)}))`;
  f.M = `=IF(${s("0")}=0,0,SUMPRODUCT(${wordAt}*(${lengthsOf(WORDS)}=${s("0")})*${arrayOf(WORD_CODES)}))`;
  // 90.%: a dot right after the last digit closes the number when it holds no dot yet (NUM's \d+\.).
  const run = `MID(${n},${s("P")},${s("L")})`;
  f.Z = `=IF(AND(${s("D")}>0,MID(${n}&"#",${s("D")}+1,1)=".",ISERROR(FIND(".",${run}))),1,0)`;
  const from = `(${s("D")}+1+${s("Z")})`;
  f.R = `=IF(${s("D")}=0,"",MID(${n},${from},MAX(0,${s("E")}-${from})))`;
  const r = s("R");
  f["1"] = `=${suffixAt(r, "0").len}`;
  f["2"] = `=${s("1")}+IF(AND(${s("1")}=0,OR(LEFT(${r},1)="余",LEFT(${r},1)="多")),1,0)`;
  const units = unitsArray();
  const unitLengths = unitLengthsArray();
  f.d = `=SUMPRODUCT(MAX((MID(${r},${s("2")}+1,${unitLengths})=${units})*${unitLengths}))`;
  f["3"] = `=${unitEndFormula(r, s("2"), s("d"))}`;
  const q = s("2");
  // 万元/年, 元/人·月: a compound unit whose parts are each known is the longest candidate.
  const parts = partsArray();
  const partLengths = partLengthsArray();
  const partAt = (pos: string): string =>
    `SUMPRODUCT(MAX((MID(${r},${pos}+1,${partLengths})=${parts})*${partLengths}))`;
  const slashAt = (pos: string): string => `OR(MID(${r},${pos}+1,1)="/",MID(${r},${pos}+1,1)="·")`;
  const end1 = `${q}+${s("a")}`;
  const end2 = `${end1}+1+${s("b")}`;
  f.a = `=${partAt(q)}`;
  f.b = `=IF(AND(${s("a")}>0,${slashAt(end1)}),${partAt(`${end1}+1`)},0)`;
  f.c = `=IF(AND(${s("b")}>0,${slashAt(end2)}),${partAt(`${end2}+1`)},0)`;
  f.X = `=IF(MID(${r},${q}+1,1)="(",${s("3")},MAX(${s("3")},IF(${s("b")}>0,${end2},0),IF(${s("c")}>0,${end2}+1+${s("c")},0)))`;
  const bracketed = `AND(MID(${r},${q}+1,1)="(",${s("X")}>${q})`;
  const raw = `IF(${bracketed},MID(${r},${q}+2,${s("X")}-${q}-2),MID(${r},${q}+1,${s("X")}-${q}))`;
  const aliases = unitAliases();
  const aliasIndex = `SUMPRODUCT((${arrayOf(aliases.map(([a]) => a))}=${raw})*${arrayOf(aliases.map((_, i) => i + 1))})`;
  f.U = `=IF(${aliasIndex}=0,${raw},INDEX(${arrayOf(aliases.map(([, c]) => c))},1,${aliasIndex}))`;
  f["4"] = `=${s("X")}+IF(${s("1")}=0,${suffixAt(r, s("X")).len},0)`;
  const p4 = s("4");
  const close4 = `IFERROR(FIND(")",${r},${p4}+2),0)`;
  f["5"] = `=IF(MID(${r},${p4}+1,1)="(",IF(AND(${close4}>0,${close4}-${p4}-1<=8),${close4},${p4}),${p4})`;
  const p5 = s("5");
  const noteWord = `IF(${p5}>${p4},SUMPRODUCT((MID(${r},${p4}+2,${p5}-${p4}-2)=${arrayOf(SUFFIXES)})*${arrayOf(SUFFIX_CODES)}),0)`;
  f["6"] = `=${p5}+IF(AND(${s("1")}=0,${p4}=${s("X")},${noteWord}=0),${suffixAt(r, p5).len},0)`;
  f.Y = `=IF(${s("1")}>0,${suffixAt(r, "0").code},IF(${p4}>${s("X")},${suffixAt(r, s("X")).code},IF(${noteWord}>0,${noteWord},IF(${s("6")}>${p5},${suffixAt(r, p5).code},IF(${q}>${s("1")},7,0)))))`;
  const m = s("M");
  const y = s("Y");
  f["8"] =
    `=IF(OR(${y}=1,${y}=3),IF(OR(${m}=0,${m}=6),${y},IF(AND(${dir(m)}<>${dir(y)},${dir(m)}<>0),-1,${m})),IF(${m}=6,3,${m}))`;
  const c = s("C");
  const w = s("8");
  const merge = `IF(${c}=${w},${c},IF(${dir(c)}=${dir(w)},${c},IF(${dir(c)}=0,${w},IF(${dir(w)}=0,${c},-1))))`;
  f.O = `=IF(OR(${c}<0,${w}<0),-1,IF(${w}=0,${c},IF(${c}=0,${w},${merge})))`;
  f["7"] = `=${readableFormula(s, n, r)}`;
  return f;
}

/** The signed number of the run, "" when the run is not one number the core reads the same way. */
function valueFormula(s: (step: ValueStep) => string): string {
  const n = s("N");
  const run = `MID(${n},${s("P")},${s("L")})`;
  const onlyNumber = `${substituteAll(run, quotedPairs([..."0123456789.,"].map((ch): [string, string] => [ch, ""])))}=""`;
  const dots = `LEN(${run})-LEN(SUBSTITUTE(${run},".",""))<=1`;
  const commas = `LEN(${run})-LEN(SUBSTITUTE(${run},",",""))`;
  // 2,500,000: a comma after a digit and before exactly three digits is a thousands separator.
  const pad = `${n}&"#####"`;
  const validCommas = `SUMPRODUCT((MID(${n},${K},1)=",")*(${K}>${s("P")})*(${K}<${s("D")})*${isDigit(`MID("#"&${n},${K},1)`)}*${isDigit(`MID(${pad},${K}+1,1)`)}*${isDigit(`MID(${pad},${K}+2,1)`)}*${isDigit(`MID(${pad},${K}+3,1)`)}*(1-${isDigit(`MID(${pad},${K}+4,1)`)}))`;
  const sign = `IF(AND(${s("G")}=1,MID("#"&${n},${s("P")},1)="-"),-1,1)`;
  const number = `(${sign}*SUBSTITUTE(${run},",",""))`;
  // Exactly 1E15 is read (the core refuses only above it), unless written longer: 1000000000000000.5
  // arrives as 1E15 in a spreadsheet, which keeps 15 significant digits.
  const digits = `SUBSTITUTE(${run},",","")`;
  const tooLarge = `OR(ABS(${number})>${BIGGEST},AND(ABS(${number})=${BIGGEST},${digits}<>"${BIGGEST}"))`;
  const inRange = `IF(OR(${tooLarge},AND(${number}<>0,ABS(${number})<${SMALLEST})),"",${number})`;
  // 1.5.: a second dot after the last digit is left to the mark.
  return `IFERROR(IF(AND(${s("D")}>0,${onlyNumber},${dots},${commas}=${validCommas},OR(${s("Z")}=1,MID(${n}&"#",${s("D")}+1,1)<>".")),${inRange},""),"")`;
}

/** Where the unit after the number ends (0-based in R): in brackets, the longest known one, or bare. */
function unitEndFormula(r: string, q: string, known: string): string {
  const close = `IFERROR(FIND(")",${r},${q}+2),0)`;
  const bracket = `IF(AND(${close}>0,${close}-${q}-2<=8),${close},${q})`;
  const rest = `MID(${r},${q}+1,99)`;
  const bareOk = `AND(LEN(${rest})>=1,LEN(${rest})<=8,SUMPRODUCT(--ISNUMBER(FIND(${arrayOf(NOT_IN_BARE_UNIT)},${rest})))=0)`;
  const endWord = `SUMPRODUCT(MAX((RIGHT(${rest},${lengthsOf(SUFFIXES)})=${arrayOf(SUFFIXES)})*(LEN(${rest})>${lengthsOf(SUFFIXES)})*${lengthsOf(SUFFIXES)}))`;
  const bare = `IF(${bareOk},${q}+LEN(${rest})-${endWord},${q})`;
  return `IF(MID(${r},${q}+1,1)="(",${bracket},IF(${known}>0,${q}+${known},${bare}))`;
}

/**
 * 1 when the value reads as one number with an operator the formulas merged, a unit they trust and
 * nothing the core reads otherwise (a date such as 12月底, a compound unit, a unit alone, a sentence).
 */
function readableFormula(s: (step: ValueStep) => string, n: string, r: string): string {
  const label = `LEFT(${s("H")},${s("J")}-${s("0")})`;
  const noSymbols = (text: string): string =>
    `SUMPRODUCT(--ISNUMBER(FIND({"<",">","=","≥","≤","≠"},${text})))=0`;
  const trailing = `MID(${r},${s("6")}+1,99)`;
  const u = s("U");
  const unitOk = `AND(LEN(${u})<=8,SUMPRODUCT(--ISNUMBER(FIND(${arrayOf(NOT_IN_UNIT)},${u})))=0)`;
  const allUnits = allUnitsArray();
  const cut = `LEN(${n})<LEN(${s("9")})`;
  const lower = `SUBSTITUTE(LOWER(${s("W")}),"km2","")`;
  const mSquared = (which: "ALL" | "AFTER_DIGIT"): string =>
    which === "ALL"
      ? `(LEN(${lower})-LEN(SUBSTITUTE(${lower},"m2","")))/2`
      : `SUMPRODUCT(LEN(${lower})-LEN(SUBSTITUTE(${lower},{0,1,2,3,4,5,6,7,8,9}&"m2","")))/3`;
  const conditions = [
    `LEN(${n})<=${MAX_LENGTH}`,
    `${s("D")}>0`,
    `ISNUMBER(${s("V")})`,
    `${s("O")}>=0`,
    noSymbols(label),
    `NOT(AND(LEN(${trailing})>8,${s("C")}=0,${s("M")}=0,${s("Y")}=0))`,
    unitOk,
    `${s("X")}-${s("2")}<=8`,
    // 12月底前 without a comparison sign is a date (DATE_IN_TEXT), with one a number of months.
    `NOT(AND(SUMPRODUCT(--ISNUMBER(FIND({"<",">","=","≥","≤"},${n})))=0,OR(${arrayOf(["月底", "月末", "月初", "月份"])}=LEFT(${r},2),${arrayOf(["月中旬", "月上旬", "月下旬"])}=LEFT(${r},3))))`,
    // #DIV/0! typed as text is an error value, not the number 0.
    `LEFT(${n},1)<>"#"`,
    `SUMPRODUCT(--(${allUnits}=${n}))=0`,
    // m2 not after a number stays m2 in the core (its 2 a second number): the formulas fold every m2.
    `${mSquared("ALL")}=${mSquared("AFTER_DIGIT")}`,
    // A cut-off note needs the value before it read whole (no note, nothing left over).
    `OR(NOT(${cut}),AND(${s("5")}=${s("4")},${trailing}="",${s("E")}>LEN(${n})))`,
  ];
  return `IFERROR(IF(AND(${conditions.join(",")}),1,0),0)`;
}
