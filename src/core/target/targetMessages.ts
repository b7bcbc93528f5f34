import type { Message } from "../messages/types";

/** Messages for reading target and actual values (src/core/target): what is wrong, then what to do. */
export const targetMessages = {
  TARGET_UNREADABLE: {
    "zh-CN": "无法识别指标值“{text}”，请按“运算符+数值+(单位)”填写，如 ≥90.00(%)，定性指标填写如“健全”。",
    en: 'Cannot read the value "{text}". Write operator + number + (unit), e.g. ≥90.00(%), or a qualitative word such as 健全.',
  },
  TARGET_INTERNAL_ERROR: {
    "zh-CN": "读取指标值时发生内部错误（{detail}），请检查该单元格内容或联系技术支持。",
    en: "Internal error while reading the value ({detail}). Check the cell or contact support.",
  },
  TARGET_EXCEL_ERROR: {
    "zh-CN": "单元格显示 Excel 错误值“{text}”，请先修正该单元格的公式或内容。",
    en: 'The cell shows the Excel error "{text}". Fix the formula or content of the cell first.',
  },
  TARGET_NO_NUMBER: {
    "zh-CN": "指标值“{text}”只有单位或符号，缺少数值，请填写完整，如 ≥90.00(%)。",
    en: 'The value "{text}" is only a unit or a sign with no number. Write it in full, e.g. ≥90.00(%).',
  },
  TARGET_DATE_VALUE: {
    "zh-CN":
      "指标值“{text}”是日期或期间：单个日期按截止日期与实际完成日期比较评分，期间无法评分。时效指标宜填写时限，如 ≤30.00(天)，或定性值如“按时完成”。",
    en: 'The value "{text}" is a date or period: a single date is scored as a deadline against the completion date, a period cannot be scored. For a time indicator a limit such as ≤30.00(天), or a word such as 按时完成, is better.',
  },
  TARGET_NOT_A_NUMBER: {
    "zh-CN": "指标值“{text}”不是有效数字，请填写具体数值，如 ≥90.00(%)。",
    en: 'The value "{text}" is not a valid number. Enter a concrete number, e.g. ≥90.00(%).',
  },
  TARGET_NUMBER_TOO_LARGE: {
    "zh-CN": "指标值“{text}”中的数字过大（超过 15 位），无法准确计算，请检查是否多输入了数字。",
    en: 'The number in "{text}" is too large (more than 15 digits) to calculate with. Check for extra digits.',
  },
  TARGET_NUMBER_TOO_SMALL: {
    "zh-CN": "指标值“{text}”中的数字过小（小数超过 12 位），无法准确计算，请检查数值或改用更合适的单位。",
    en: 'The number in "{text}" is too small (more than 12 decimal places) to calculate with. Check it or use a smaller unit.',
  },
  TARGET_EXPONENT: {
    "zh-CN": "指标值“{text}”使用了科学计数法（如 1e5），无法准确评分，请直接写出数值，如 ≥100000.00(人次)。",
    en: 'The value "{text}" is written in scientific notation (e.g. 1e5) and cannot be scored reliably. Write the number out, e.g. ≥100000.00(人次).',
  },
  TARGET_ARITHMETIC: {
    "zh-CN": "指标值“{text}”是一个算式，无法评分，请填写计算后的数值，如 =50.00(%)。",
    en: 'The value "{text}" is a calculation and cannot be scored. Enter the resulting number, e.g. =50.00(%).',
  },
  TARGET_CONFLICTING_OPERATORS: {
    "zh-CN": "指标值“{text}”中的比较方向互相矛盾（如 ≥…以下），请只保留一个运算符，如 ≥90.00(%)。",
    en: 'The comparisons in "{text}" contradict each other (e.g. ≥ … 以下). Keep one operator, e.g. ≥90.00(%).',
  },
  TARGET_COMPOUND: {
    "zh-CN": "一个单元格中填写了 {count} 个指标值，无法评分，请拆分为多个三级指标，每个指标一个指标值。",
    en: "This cell holds {count} target values and cannot be scored. Split it into several indicators, one value each.",
  },
  TARGET_RANGE: {
    "zh-CN": "指标值“{text}”是一个区间，评分规则只支持单一目标值，请改为 ≥下限 或 ≤上限，如 ≥80.00(%)。",
    en: 'The value "{text}" is a range; scoring needs a single target. Use ≥ the lower or ≤ the upper bound, e.g. ≥80.00(%).',
  },
  TARGET_RANGE_UNITS_DIFFER: {
    "zh-CN": "区间“{text}”两端的单位不一致，请统一单位。",
    en: 'The two ends of the range "{text}" have different units. Use one unit.',
  },
  TARGET_DOUBLED_OPERATOR: {
    "zh-CN": "指标值“{text}”重复表达了比较关系（如 ≥95%以上），请只保留符号，如 ≥95.00(%)。",
    en: 'The value "{text}" states the comparison twice (e.g. ≥95%以上). Keep only the symbol, e.g. ≥95.00(%).',
  },
  TARGET_APPROXIMATE: {
    "zh-CN": "指标值“{text}”为约数（左右），无法准确评分，请改为明确的目标值，如 =25.00(人)。",
    en: 'The value "{text}" is approximate (左右) and cannot be scored exactly. Give a definite target, e.g. =25.00(人).',
  },
  TARGET_TEXT_WITH_NUMBER: {
    "zh-CN":
      "指标值中夹杂了文字“{text}”，请把说明写入指标名称，指标值只填写“运算符+数值+(单位)”，如 ≥90.00(%)。",
    en: 'The value contains text ("{text}"). Move the description into the indicator name and keep only operator + number + (unit), e.g. ≥90.00(%).',
  },
  TARGET_UNIT_NOTE: {
    "zh-CN": "单位后的说明“({note})”已忽略，如有必要请写入指标名称。",
    en: 'The note "({note})" after the unit was ignored; put it in the indicator name if it matters.',
  },
  TARGET_UNIT_UNRECOGNISED: {
    "zh-CN": "计量单位“{unit}”不在常用单位中，已按原样使用，请确认单位是否正确。",
    en: 'The unit "{unit}" is not a common unit and was used as written. Check that it is right.',
  },
  TARGET_MISSING_OPERATOR: {
    "zh-CN": "指标值“{text}”缺少运算符，无法判断是正向还是反向指标，请补充 ≥、≤ 或 =，如 ≥90.00(%)。",
    en: 'The value "{text}" has no operator, so its direction is unknown. Add ≥, ≤ or =, e.g. ≥90.00(%).',
  },
  TARGET_MISSING_UNIT: {
    "zh-CN": "指标值“{text}”缺少计量单位，请补充单位，如 {example}。",
    en: 'The value "{text}" has no unit of measure. Add one, e.g. {example}.',
  },
  TARGET_RATIO_AS_PERCENT: {
    "zh-CN": "比率类指标值 {value} 已按 {percent}% 理解，建议直接填写百分数，如 ={percent}.00(%)。",
    en: "The ratio {value} was read as {percent}%. Write the percentage directly, e.g. ={percent}.00(%).",
  },
  TARGET_PERCENT_OVER_100: {
    "zh-CN": "比率类指标的值 {value} 超过 100%，请检查数值或指标名称。",
    en: "The rate indicator's value {value} is above 100%. Check the number or the indicator name.",
  },
  TARGET_QUALITATIVE_ON_RATE: {
    "zh-CN": "“{name}”是比率类指标，却填写了定性值“{text}”，请改为量化值，如 =100.00(%)。",
    en: '"{name}" is a rate indicator but its value "{text}" is qualitative. Give a number, e.g. =100.00(%).',
  },
  TARGET_QUALITATIVE_TYPO: {
    "zh-CN": "定性指标值“{text}”疑似笔误，应为“{suggestion}”，请修改。",
    en: 'The qualitative value "{text}" looks like a slip for "{suggestion}". Please correct it.',
  },
  TARGET_TOO_LONG: {
    "zh-CN":
      "指标值是一段长文字（{length} 字），无法作为目标评分，请改为简短的定性值（如“健全”）或量化值（如 ≥90.00(%)）。",
    en: "The value is a long text ({length} characters) and cannot be scored. Use a short qualitative word (e.g. 健全) or a number (e.g. ≥90.00(%)).",
  },
  TARGET_OUTCOME_TRUNCATED: {
    "zh-CN": "实际完成值“{text}”不完整，已按对应的完成情况理解，请补全文字。",
    en: 'The actual value "{text}" is cut short; it was read as the matching outcome. Complete the text.',
  },
} as const satisfies Record<string, Message>;
