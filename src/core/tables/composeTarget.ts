/**
 * Target text of a table that keeps operator, value and unit in separate columns (四川: 指标性质 |
 * 指标值 | 度量单位). Operators written as words or as 定量/定性 markers are handled: "定性" adds nothing.
 *
 * @example
 * composeTarget("≥", "90", "%") // → "≥90%"
 * composeTarget("定性", "好", "") // → "好"
 */
export function composeTarget(operator: string, value: string, unit: string): string {
  const op = /^(?:定性|定量)(?:指标)?$|^(?:\/|-|无)$/.test(operator.trim()) ? "" : operator.trim();
  const v = value.trim();
  if (v === "") return "";
  const u = unit.trim();
  const withUnit = u === "" || /^(?:\/|-|无)$/.test(u) || v.endsWith(u) ? v : `${v}${u}`;
  return `${op}${withUnit}`;
}
