import type { QuantitativeTarget } from "../target/types";

/** Units that count things: a count cannot fall below 0. */
const COUNTING_UNITS = new Set([
  "个",
  "件",
  "次",
  "起",
  "人",
  "人次",
  "户",
  "项",
  "例",
  "宗",
  "家",
  "场",
  "处",
  "台",
  "套",
]);
/** Names that count things (事故数, 投诉次数, 发生起数). */
const COUNTING_NAME = /(?:数|次数|起数|件数|个数|人数|宗数)$/;
const RATE_NAME = /(?:率|比例|占比|比率|比重)$/;
/** "满意度（满分100分）", "评分（最高5分）", "百分制", "10分制". */
const MAXIMUM = /(?:满分|最高|上限为?)\s*(\d+(?:\.\d+)?)|(\d+(?:\.\d+)?)\s*分制|(百)分制/;

/** What the target says and what it should say, when its bound cannot bind. */
export interface UnbindingBound {
  readonly suggestion: string;
  /** Why: "rate" (≥100% on a share), "count" (≤0 on a count) or "maximum" (≥ what the name calls the most). */
  readonly reason: "rate" | "count" | "maximum";
}

/**
 * A bound that every possible value meets or none can: ≥100% on a 率 (a share never exceeds 100%, so
 * the target is really =100%), ≤0 on a count (=0), ≥ the maximum the name states (满分100分 → =100).
 *
 * @example
 * checkBound(parseTarget("≥100%"), "验收合格率") // → { suggestion: "=100%", reason: "rate" }
 * checkBound(parseTarget("≤0起"), "安全事故数") // → { suggestion: "=0起", reason: "count" }
 */
export function checkBound(target: QuantitativeTarget, name: string): UnbindingBound | undefined {
  const bare = name.replace(/[(（][^()（）]*[)）]\s*$/, "").trim();
  const { op, value, unit } = target;
  if ((op === ">=" || op === ">") && unit === "%" && value === 100 && RATE_NAME.test(bare)) {
    return { suggestion: "=100%", reason: "rate" };
  }
  if (
    (op === "<=" || op === "<") &&
    value === 0 &&
    (COUNTING_UNITS.has(unit) || (unit === "" && COUNTING_NAME.test(bare)))
  ) {
    return { suggestion: `=0${unit}`, reason: "count" };
  }
  const max = MAXIMUM.exec(name);
  if (max && (op === ">=" || op === ">")) {
    const most = max[3] ? 100 : Number(max[1] ?? max[2]);
    if (Number.isFinite(most) && value === most) return { suggestion: `=${most}${unit}`, reason: "maximum" };
  }
  return undefined;
}
