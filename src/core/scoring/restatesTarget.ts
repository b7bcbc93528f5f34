/**
 * Whether an actual value only repeats its target (docs/domain.md §3 rule 5): "健全" restated as "健全", "已健全" or "健全。"; "在项目计划完成时间内完成" as "已在项目计划完成时间内完成":
 * the same words after trimming marks and a leading 已 / 均已 / 全部.
 *
 * @example
 * restatesTarget("健全", "已健全") // → true
 * restatesTarget("健全", "部分健全") // → false
 */
export function restatesTarget(target: string, actual: string): boolean {
  const a = normalise(actual).replace(RESTATE_PREFIX, "");
  const t = normalise(target).replace(RESTATE_PREFIX, "");
  return t !== "" && a === t;
}

const RESTATE_PREFIX = /^(?:已经|均已|全部已|已全部|全部|已|均)/;

function normalise(text: string): string {
  return text.replace(/[\s\u3000。.，,、；;！!]/g, "");
}
