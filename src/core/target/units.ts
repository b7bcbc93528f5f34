/**
 * Units of measure (计量单位) of targets and actual values: one canonical spelling per unit, and the
 * factor between two units of the same kind so scoring can compare 17.50(万元) with 175000(元).
 */

/** Spellings seen in tables mapped to the canonical one (keys are already NFKC-normalised, lower case). */
const ALIASES: Readonly<Record<string, string>> = {
  "%": "%",
  percent: "%",
  百分比: "%",
  "‰": "‰",
  min: "分钟",
  mins: "分钟",
  分鐘: "分钟",
  h: "小时",
  hr: "小时",
  hrs: "小时",
  小時: "小时",
  s: "秒",
  sec: "秒",
  d: "天",
  km: "公里",
  kg: "公斤",
  t: "吨",
  千米: "公里",
  m: "米",
  m2: "平方米",
  "m²": "平方米",
  平米: "平方米",
  "人/次": "人次",
  "个(套)": "套",
  个次: "次",
};

/**
 * Units known to the parser; anything else is accepted as written but reported as unrecognised.
 * Value: [dimension, size in the dimension's base unit]. Units of a dimension convert into each other.
 */
const DIMENSIONS: Readonly<Record<string, readonly [string, number]>> = {
  "%": ["ratio", 0.01],
  "‰": ["ratio", 0.001],
  元: ["money", 1],
  千元: ["money", 1e3],
  万元: ["money", 1e4],
  百万元: ["money", 1e6],
  亿元: ["money", 1e8],
  秒: ["time", 1],
  分钟: ["time", 60],
  小时: ["time", 3600],
  天: ["time", 86400],
  日: ["time", 86400],
  工作日: ["workday", 1],
  个工作日: ["workday", 1],
  周: ["week", 1],
  星期: ["week", 1],
  月: ["month", 1],
  个月: ["month", 1],
  季度: ["month", 3],
  半年: ["month", 6],
  年: ["month", 12],
  米: ["length", 1],
  公里: ["length", 1000],
  平方米: ["area", 1],
  万平方米: ["area", 1e4],
  平方公里: ["area", 1e6],
  亩: ["mu", 1],
  万亩: ["mu", 1e4],
  百分点: ["points", 1],
  个百分点: ["points", 1],
  倍: ["times", 1],
  吨: ["mass", 1],
  万吨: ["mass", 1e4],
  公斤: ["mass", 0.001],
  千克: ["mass", 0.001],
};

/** Counting words: each converts to its 万 form (个 ↔ 万个) and nothing else. */
const COUNTERS: ReadonlySet<string> = new Set([
  "个",
  "件",
  "人",
  "次",
  "份",
  "项",
  "套",
  "起",
  "人次",
  "户",
  "台",
  "条",
  "篇",
  "批",
  "场",
  "期",
  "家",
  "所",
  "本",
  "册",
  "部",
  "张",
  "辆",
  "处",
  "座",
  "名",
  "位",
  "例",
  "宗",
  "单",
  "棵",
  "株",
  "只",
  "头",
  "天次",
  "课时",
  "学时",
  "节",
  "门",
  "类",
  "种",
  "轮",
  "组",
  "队",
  "册次",
  "篇次",
  "场次",
  "批次",
  "架次",
  "车次",
  "户次",
  "家次",
  "期次",
  "件次",
  "分",
]);

/** Own keys only: a unit called "__proto__" or "constructor" must not find Object's members. */
function lookup<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}

function dimensionOf(unit: string): readonly [string, number] | undefined {
  const known = lookup(DIMENSIONS, unit);
  if (known) return known;
  if (COUNTERS.has(unit)) return [`count:${unit}`, 1];
  if (unit.startsWith("万") && COUNTERS.has(unit.slice(1))) {
    return [`count:${unit.slice(1)}`, 1e4];
  }
  return undefined;
}

/**
 * The canonical spelling of a unit: trimmed, full-width folded, outer parentheses dropped, aliases
 * mapped ("％" → "%", "（个）" → "个", "min" → "分钟"). An unknown unit comes back as written (trimmed).
 *
 * @example
 * canonicalUnit("（万元）") // "万元"
 * canonicalUnit(" ％ ") // "%"
 */
export function canonicalUnit(raw: string | null | undefined): string {
  if (typeof raw !== "string") return "";
  let unit = raw.normalize("NFKC").replace(/\s+/g, "");
  while (/^\(.*\)$/.test(unit) && balanced(unit.slice(1, -1))) unit = unit.slice(1, -1);
  const alias = lookup(ALIASES, unit.toLowerCase());
  return alias ?? unit;
}

function balanced(text: string): boolean {
  let depth = 0;
  for (const ch of text) {
    if (ch === "(") depth += 1;
    else if (ch === ")") depth -= 1;
    if (depth < 0) return false;
  }
  return depth === 0;
}

/** True when the parser knows the unit (after canonicalisation), including compound units like 万元/年. */
export function isKnownUnit(raw: string): boolean {
  return isKnownCanonical(canonicalUnit(raw));
}

/**
 * The canonical form of text that is already normalised (NFKC, no whitespace, no outer parentheses),
 * or `undefined` when it is not a known unit. The reader calls this for every candidate length after a
 * number, so it skips the normalisation canonicalUnit does.
 */
export function knownUnitOf(text: string): string | undefined {
  const unit = lookup(ALIASES, text.toLowerCase()) ?? text;
  return unit !== "" && isKnownCanonical(unit) ? unit : undefined;
}

function isKnownCanonical(unit: string): boolean {
  if (unit === "") return true;
  if (dimensionOf(unit)) return true;
  // 万元/年, 元/人·月: every part of a compound unit must be known.
  const parts = unit.split(/[/·]/);
  return parts.length >= 2 && parts.every((part) => dimensionOf(part) !== undefined);
}

/**
 * How many `to` make one `from`: the number to multiply a value in `from` by to express it in `to`.
 * `null` when the two units measure different things (件 and 人, % and 元) or one is unknown.
 * Compound units convert part by part (万元/年 → 元/年 is 10000).
 *
 * @example
 * unitFactor("万元", "元") // 10000
 * unitFactor("小时", "分钟") // 60
 * unitFactor("%", "‰") // 10
 * unitFactor("件", "人") // null
 */
export function unitFactor(from: string, to: string): number | null {
  const a = canonicalUnit(from);
  const b = canonicalUnit(to);
  if (a === b) return 1;
  const single = singleFactor(a, b);
  if (single !== null) return single;
  const aParts = a.split("/");
  const bParts = b.split("/");
  if (aParts.length !== 2 || bParts.length !== 2) return null;
  const top = singleFactor(aParts[0] ?? "", bParts[0] ?? "");
  const bottom = singleFactor(aParts[1] ?? "", bParts[1] ?? "");
  if (top === null || bottom === null) return null;
  return clean(top / bottom);
}

function singleFactor(a: string, b: string): number | null {
  if (a === b) return 1;
  const da = dimensionOf(a);
  const db = dimensionOf(b);
  if (!da || !db || da[0] !== db[0]) return null;
  return clean(da[1] / db[1]);
}

/** Ratios of powers of ten pick up binary noise (0.1 / 0.01 = 9.999…); 12 significant digits is plenty. */
function clean(factor: number): number {
  return Number(factor.toPrecision(12));
}

/**
 * Every spelling of a unit with a dimension (aliases included) and its [dimension, size]: the table the
 * portable formulas convert with (counting words and compound units are left out there).
 *
 * @example
 * dimensionedUnits().find(([spelling]) => spelling === "万元"); // ["万元", "money", 10000]
 */
export function dimensionedUnits(): (readonly [string, string, number])[] {
  const spellings = [...Object.keys(DIMENSIONS), ...Object.keys(ALIASES)];
  const rows: (readonly [string, string, number])[] = [];
  for (const spelling of spellings) {
    const dimension = lookup(DIMENSIONS, canonicalUnit(spelling));
    if (dimension) rows.push([spelling, dimension[0], dimension[1]]);
  }
  return rows;
}

/**
 * Counting words (个, 件, 人 …) without their 万 forms: a target that is only one of them is no target.
 *
 * @example
 * countingUnits().includes("件"); // true
 */
export function countingUnits(): string[] {
  return [...COUNTERS];
}

/**
 * Every alias spelling and the canonical unit it stands for: the table the portable formulas map a
 * unit with (compared case-blind there, as canonicalUnit lower-cases before the lookup).
 *
 * @example
 * unitAliases().find(([alias]) => alias === "min"); // ["min", "分钟"]
 */
export function unitAliases(): (readonly [string, string])[] {
  return Object.entries(ALIASES);
}
