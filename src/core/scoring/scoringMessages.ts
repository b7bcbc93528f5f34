import type { Message } from "../messages/types";

/** Messages of the scoring engine (src/core/scoring): budget row, indicator scores, totals, grade. */
export const scoringMessages = {
  BUDGET_AMOUNT_NOT_A_NUMBER: {
    "zh-CN": "全年预算数不是数字。",
    en: "The full-year budget is not a number.",
  },
  BUDGET_EXECUTED_NOT_A_NUMBER: {
    "zh-CN": "全年执行数不是数字。",
    en: "The full-year execution amount is not a number.",
  },
  BUDGET_NEGATIVE_AMOUNT: {
    "zh-CN": "预算数或执行数为负数（预算数 {budget}，执行数 {executed}）。",
    en: "A budget or execution amount is negative (budget {budget}, executed {executed}).",
  },
  BUDGET_ZERO: {
    "zh-CN": "全年预算数为 0，无法计算执行率（执行数 {executed}）。",
    en: "The full-year budget is 0, so no execution rate can be computed (executed {executed}).",
  },
  BUDGET_OVER_EXECUTED: {
    "zh-CN": "执行率为 {rate}%，全年执行数超过了全年预算数。",
    en: "The execution rate is {rate}%: more was spent than the full-year budget.",
  },
  BUDGET_CLAIMED_DIFFERS: {
    "zh-CN": "预算执行率得分填写为 {claimed}，按规则应为 {rule}（相差 {difference}）。",
    en: "The budget execution score entered is {claimed}; the rule gives {rule} (difference {difference}).",
  },
  SCORE_WEIGHT_INVALID: {
    "zh-CN": "分值“{weight}”不是有效的非负数。",
    en: "The weight “{weight}” is not a valid non-negative number.",
  },
  SCORE_WEIGHT_TOO_LARGE: {
    "zh-CN": "分值“{weight}”过大（超过 {limit}），请检查是否多输入了数字。",
    en: "The weight “{weight}” is too large (above {limit}). Check for extra digits.",
  },
  SCORE_TARGET_EMPTY: {
    "zh-CN": "年度指标值为空，无法评分。",
    en: "The target value is empty, so the row cannot be scored.",
  },
  SCORE_TARGET_INVALID: {
    "zh-CN": "无法识别年度指标值“{target}”，无法评分。",
    en: "The target value “{target}” cannot be read, so the row cannot be scored.",
  },
  SCORE_TARGET_RANGE: {
    "zh-CN": "年度指标值“{target}”是一个区间，无法按规则评分，请改为单一目标值。",
    en: "The target “{target}” is a range and cannot be scored by the rules; give a single target value.",
  },
  SCORE_TARGET_COMPOUND: {
    "zh-CN": "年度指标值“{target}”包含多个目标，无法评分，请拆分为多个三级指标。",
    en: "The target “{target}” holds several targets and cannot be scored; split it into several indicators.",
  },
  SCORE_TARGET_NO_OPERATOR: {
    "zh-CN": "年度指标值“{target}”缺少比较符号（≥、≤、= 等），已按“=”评分。",
    en: "The target “{target}” has no comparison sign (≥, ≤, = …); it was scored as “=”.",
  },
  SCORE_TARGET_NEGATIVE: {
    "zh-CN": "年度指标值 {target} 为负数，请核实。",
    en: "The target value {target} is negative; please check it.",
  },
  SCORE_TARGET_UNIT_ASSUMED: {
    "zh-CN": "年度指标值未写计量单位，已按实际完成值的单位“{unit}”评分。",
    en: "The target has no unit; the actual value's unit “{unit}” was used.",
  },
  SCORE_TARGET_READ_AS_FRACTION: {
    "zh-CN": "无单位的年度指标值按比例理解为 {target}%。",
    en: "The unitless target was read as a ratio: {target}%.",
  },
  SCORE_ACTUAL_EMPTY: {
    "zh-CN": "实际完成值为空，无法评分。",
    en: "The actual value is empty, so the row cannot be scored.",
  },
  SCORE_ACTUAL_INVALID: {
    "zh-CN": "无法识别实际完成值“{actual}”，无法评分。",
    en: "The actual value “{actual}” cannot be read, so the row cannot be scored.",
  },
  SCORE_ACTUAL_NOT_NUMERIC: {
    "zh-CN": "年度指标值是定量的，实际完成值“{actual}”却不是数值。",
    en: "The target is quantitative but the actual value “{actual}” is not a number.",
  },
  SCORE_ACTUAL_NOT_QUALITATIVE: {
    "zh-CN":
      "年度指标值是定性的，实际完成值“{actual}”应填写“达成年度指标”“部分达成年度指标并具有一定效果”或“未达成年度指标且效果较差”。",
    en: "The target is qualitative; the actual value “{actual}” should be one of 达成年度指标 (achieved), 部分达成年度指标并具有一定效果 (partly achieved) or 未达成年度指标且效果较差 (not achieved).",
  },
  SCORE_ACTUAL_READ_AS_FRACTION: {
    "zh-CN": "无单位的实际完成值按比例理解为 {actual}%。",
    en: "The unitless actual value was read as a ratio: {actual}%.",
  },
  SCORE_ACTUAL_NEGATIVE: {
    "zh-CN": "实际完成值为负数，按 0 计分。",
    en: "The actual value is negative and counts as 0.",
  },
  SCORE_UNIT_MISMATCH: {
    "zh-CN": "实际完成值的单位“{actualUnit}”与年度指标值的单位“{targetUnit}”不一致，无法评分。",
    en: "The actual value's unit “{actualUnit}” does not match the target's unit “{targetUnit}”; the row cannot be scored.",
  },
  SCORE_UNIT_CONVERTED: {
    "zh-CN": "实际完成值已由“{from}”换算为“{to}”后评分。",
    en: "The actual value was converted from “{from}” to “{to}” before scoring.",
  },
  SCORE_QUALITATIVE_OUTCOME_UNKNOWN: {
    "zh-CN":
      "定性指标的实际完成值“{actual}”不是“达成年度指标”“部分达成年度指标并具有一定效果”“未达成年度指标且效果较差”之一，无法评分。",
    en: "The qualitative actual value “{actual}” is not one of 达成年度指标 (achieved), 部分达成年度指标并具有一定效果 (partly achieved), 未达成年度指标且效果较差 (not achieved); the row cannot be scored.",
  },
  SCORE_QUALITATIVE_SAME_TEXT: {
    "zh-CN": "实际完成值“{actual}”与年度指标值相同，按“达成年度指标”评分。",
    en: "The actual value “{actual}” repeats the target and was scored as achieved.",
  },
  SCORE_DATE_MET: {
    "zh-CN": "按日期比较：实际完成“{actual}”不晚于目标“{target}”，得满分。",
    en: "Compared as dates: “{actual}” is not later than the deadline “{target}”, so the row gets its full weight.",
  },
  SCORE_DATE_MISSED: {
    "zh-CN": "按日期比较：实际完成“{actual}”晚于目标“{target}”，未按时完成，得 0 分。",
    en: "Compared as dates: “{actual}” is later than the deadline “{target}”; the deadline was missed and the row scores 0.",
  },
  SCORE_TARGET_NOT_APPLICABLE: {
    "zh-CN": "年度指标值为“不适用”（“{target}”），该行不评分。",
    en: "The target is marked not applicable (“{target}”), so the row is not scored.",
  },
  SCORE_CLAIMED_DIFFERS: {
    "zh-CN": "第 {row} 行填写得分 {claimed}，按规则应为 {rule}（相差 {difference}），以填写的得分计入总分。",
    en: "Row {row}: the score entered is {claimed}; the rule gives {rule} (difference {difference}). The entered score is kept in the total.",
  },
  SCORE_CLAIMED_OUT_OF_RANGE: {
    "zh-CN": "第 {row} 行填写得分 {claimed} 超出 0 至分值 {weight} 的范围。",
    en: "Row {row}: the score entered, {claimed}, is outside 0 to the weight {weight}.",
  },
  SCORE_CLAIMED_OUTSIDE_BAND: {
    "zh-CN": "第 {row} 行填写得分 {claimed} 不在该完成情况对应的分数区间 {band} 内。",
    en: "Row {row}: the score entered, {claimed}, is outside the band {band} of its outcome.",
  },
  SCORE_ROW_NOT_SCORED: {
    "zh-CN": "第 {row} 行既无法按规则计分，也没有填写得分，按 0 分计入总分。",
    en: "Row {row} can neither be scored by the rules nor has an entered score; it counts as 0.",
  },
  SCORE_WEIGHT_TOTAL: {
    "zh-CN": "三级指标分值合计为 {total}，应为 {expected}。",
    en: "The indicator weights add up to {total}; they should add up to {expected}.",
  },
  SCORE_LEVEL1_WEIGHT: {
    "zh-CN": "一级指标“{level1}”分值合计为 {weight}，与默认的 {expected} 分不同，请确认。",
    en: "The weights under “{level1}” add up to {weight}, not the default {expected}; please confirm.",
  },
  GRADE_TOTAL_INVALID: {
    "zh-CN": "总分“{total}”不是数字，无法评定等级。",
    en: "The total “{total}” is not a number, so no grade can be given.",
  },
  GRADE_BANDS_INVALID: {
    "zh-CN": "等级分数线“{bands}”无效：应为三个依次递减的非负数，如“90,80,60”。",
    en: "The grade bands “{bands}” are invalid: give three falling non-negative numbers, e.g. “90,80,60”.",
  },
} as const satisfies Record<string, Message>;
