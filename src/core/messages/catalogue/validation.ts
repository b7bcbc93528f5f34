import type { Message } from "../types";

/**
 * Validator findings (one prefix per rule family) and the `check` command's report labels.
 * Each message says what is wrong and what to do about it.
 */
export const validationMessages = {
  // ── structure ──────────────────────────────────────────────────────────────────────────────
  STRUCTURE_LEVEL1_EMPTY: {
    "zh-CN": "该指标没有一级指标。请填写一级指标，可选：{allowed}。",
    en: "This indicator has no level-1 indicator (一级指标). Fill it in; allowed: {allowed}.",
  },
  STRUCTURE_LEVEL1_UNKNOWN: {
    "zh-CN": "一级指标“{level1}”不属于{framework}指标体系。请改为以下之一：{allowed}。",
    en: "Level-1 indicator “{level1}” is not part of the {framework} framework. Use one of: {allowed}.",
  },
  STRUCTURE_LEVEL2_EMPTY: {
    "zh-CN": "一级指标“{level1}”下的指标缺少二级指标。请填写二级指标，可选：{allowed}。",
    en: "An indicator under “{level1}” has no level-2 indicator (二级指标). Fill it in; allowed: {allowed}.",
  },
  STRUCTURE_LEVEL2_NOT_ALLOWED: {
    "zh-CN":
      "二级指标“{level2}”不能放在一级指标“{level1}”下（{framework}）。请改为：{allowed}，或移到正确的一级指标下。",
    en: "Level-2 indicator “{level2}” may not stand under “{level1}” ({framework}). Use one of {allowed}, or move it under the right level-1 indicator.",
  },
  STRUCTURE_LEVEL2_WITHOUT_INDICATORS: {
    "zh-CN": "二级指标“{level2}”下没有任何三级指标。请补充至少一个三级指标及其指标值，或删除该行。",
    en: "Level-2 indicator “{level2}” has no level-3 indicator beneath it. Add at least one indicator with its target, or delete the row.",
  },
  STRUCTURE_LEVEL1_WITHOUT_INDICATORS: {
    "zh-CN": "一级指标“{level1}”下没有任何三级指标。请补充指标，或删除该行。",
    en: "Level-1 indicator “{level1}” has no indicator beneath it. Add indicators, or delete the row.",
  },
  STRUCTURE_NAME_EMPTY: {
    "zh-CN": "该行填写了指标值，但三级指标名称为空。请填写指标名称。",
    en: "This row has a target but no level-3 indicator name. Fill in the name.",
  },
  STRUCTURE_NAME_DUPLICATE: {
    "zh-CN": "三级指标“{name}”重复（首次出现在 {first}）。请合并两行，或改用能区分的名称。",
    en: "Level-3 indicator “{name}” appears twice (first at {first}). Merge the rows or give them distinct names.",
  },
  STRUCTURE_NAME_SENTENCE: {
    "zh-CN":
      "三级指标“{name}”像一句话而不是可衡量的指标名称。请改为简短的名称（如“××完成率”“××满意度”），说明写在指标值中。",
    en: "Level-3 indicator “{name}” reads as a sentence, not a measurable indicator. Use a short name (e.g. “… completion rate”) and put details in the target.",
  },
  STRUCTURE_NO_INDICATORS: {
    "zh-CN": "表中没有填写任何绩效指标。请填写三级指标及其指标值。",
    en: "The table has no indicators. Fill in the level-3 indicators and their targets.",
  },
  // The 2019 application form (绩效指标 | 指标目标值, no 二级/三级): same findings in its own words.
  STRUCTURE_NO_INDICATORS_SH2019: {
    "zh-CN": "表中没有填写任何绩效指标。请在各一级指标下填写绩效指标及其指标目标值。",
    en: "The table has no indicators. Fill in the performance indicators (绩效指标) and their target values (指标目标值) under each level-1 indicator.",
  },
  STRUCTURE_NAME_EMPTY_SH2019: {
    "zh-CN": "该行填写了指标目标值，但绩效指标名称为空。请填写绩效指标。",
    en: "This row has a target value but no indicator (绩效指标). Fill in the indicator.",
  },
  STRUCTURE_NAME_DUPLICATE_SH2019: {
    "zh-CN": "绩效指标“{name}”重复（首次出现在 {first}）。请合并两行，或改用能区分的名称。",
    en: "Indicator “{name}” appears twice (first at {first}). Merge the rows or give them distinct names.",
  },
  STRUCTURE_NAME_SENTENCE_SH2019: {
    "zh-CN":
      "绩效指标“{name}”像一句话而不是可衡量的指标名称。请改为简短的名称（如“××完成率”“××满意度”），说明写在指标目标值中。",
    en: "Indicator “{name}” reads as a sentence, not a measurable indicator. Use a short name (e.g. “… completion rate”) and put details in the target value.",
  },
  STRUCTURE_LEVEL1_WITHOUT_INDICATORS_SH2019: {
    "zh-CN": "一级指标“{level1}”下没有任何绩效指标。请补充指标，或删除该行。",
    en: "Level-1 indicator “{level1}” has no indicator beneath it. Add indicators, or delete the row.",
  },
  STRUCTURE_LEVEL1_ABSENT: {
    "zh-CN": "表中没有一级指标“{level1}”下的指标。如项目确有该方面的目标，请补充。",
    en: "The table has no indicator under “{level1}”. Add some if the project has goals of that kind.",
  },
  // ── targets ────────────────────────────────────────────────────────────────────────────────
  TARGETS_EMPTY: {
    "zh-CN": "指标“{name}”没有填写指标值。请填写目标值，如“≥90%”或“健全”。",
    en: "Indicator “{name}” has no target. Fill one in, e.g. “≥90%” or “健全”.",
  },
  TARGETS_UNPARSEABLE: {
    "zh-CN": "无法识别指标值“{target}”。请写成“运算符+数值+单位”（如“≥95%”）或定性描述（如“健全”）。",
    en: "The target “{target}” cannot be read. Write operator + number + unit (e.g. “≥95%”) or a qualitative value (e.g. “健全”).",
  },
  TARGETS_SEVERAL: {
    "zh-CN": "一个单元格中写了 {count} 个指标值：“{target}”。请拆成多个三级指标，每行一个指标值。",
    en: "One cell holds {count} targets: “{target}”. Split them into separate indicators, one target per row.",
  },
  TARGETS_SEVERAL_SH2019: {
    "zh-CN": "一个单元格中写了 {count} 个指标目标值：“{target}”。请拆成多个绩效指标，每行一个指标目标值。",
    en: "One cell holds {count} target values: “{target}”. Split them into separate indicators, one target per row.",
  },
  TARGET_COMPOUND_SH2019: {
    "zh-CN":
      "一个单元格中填写了 {count} 个指标目标值，无法评分，请拆分为多个绩效指标，每个指标一个指标目标值。",
    en: "This cell holds {count} target values and cannot be scored. Split it into several indicators, one value each.",
  },
  TARGETS_RANGE: {
    "zh-CN": "指标值“{target}”是一个区间，无法按规则评分。请改为单一目标（如“≥80%”）。",
    en: "The target “{target}” is a range and cannot be scored by the rules. Use a single bound (e.g. “≥80%”).",
  },
  TARGETS_NO_OPERATOR: {
    "zh-CN": "指标值“{target}”缺少运算符。请加上 ≥、≤ 或 =，例如“≥{target}”。",
    en: "The target “{target}” has no operator. Add ≥, ≤ or =, e.g. “≥{target}”.",
  },
  TARGETS_RATE_OVER_100: {
    "zh-CN": "“{name}”是比率，指标值 {value}% 超过 100%。请核对数值或单位。",
    en: "“{name}” is a rate, but its target {value}% is above 100%. Check the number or the unit.",
  },
  TARGETS_QUALITATIVE_UNDER_COUNT: {
    "zh-CN": "“{level2}”下的指标应为定量指标，但指标值是定性描述“{target}”。请改为数值（如“=100%”“≤30天”）。",
    en: "Indicators under “{level2}” must be quantitative, but the target is the qualitative “{target}”. Use a number (e.g. “=100%”, “≤30天”).",
  },
  TARGETS_QUALITATIVE_ON_RATE: {
    "zh-CN":
      "指标“{name}”是计量型名称（率/数/量），指标值却是定性描述“{target}”。请改为数值目标（如“=100%”），或修改指标名称。",
    en: "Indicator “{name}” counts something (rate/number/amount) but its target is the qualitative “{target}”. Give a numeric target (e.g. “=100%”) or rename the indicator.",
  },
  // ── actuals ────────────────────────────────────────────────────────────────────────────────
  ACTUALS_EMPTY: {
    "zh-CN": "指标“{name}”没有填写实际完成值。请填写实际完成值后再评分。",
    en: "Indicator “{name}” has no actual value. Enter the actual value so it can be scored.",
  },
  ACTUALS_NOT_AN_OUTCOME: {
    "zh-CN": "定性指标的实际完成值“{actual}”不是规定的表述。请改为以下之一：{outcomes}。",
    en: "The actual value “{actual}” of a qualitative indicator is not one of the prescribed outcomes. Use one of: {outcomes}.",
  },
  ACTUALS_NOT_A_NUMBER: {
    "zh-CN": "指标值是定量的，但实际完成值“{actual}”不是数值。请填写数值及单位（{unit}）。",
    en: "The target is quantitative but the actual value “{actual}” is not a number. Enter a number with its unit ({unit}).",
  },
  ACTUALS_UNPARSEABLE: {
    "zh-CN": "无法识别实际完成值“{actual}”。请填写单个数值及单位，如“89.00(%)”。",
    en: "The actual value “{actual}” cannot be read. Enter one number with its unit, e.g. “89.00(%)”.",
  },
  ACTUALS_UNIT_MISMATCH: {
    "zh-CN":
      "指标“{name}”实际完成值的单位“{actualUnit}”与指标值的单位“{targetUnit}”不一致。请使用与指标值相同的单位。",
    en: "Indicator “{name}”: the actual value's unit “{actualUnit}” differs from the target's unit “{targetUnit}”. Use the target's unit.",
  },
  // ── weights ────────────────────────────────────────────────────────────────────────────────
  WEIGHTS_MISSING: {
    "zh-CN": "指标“{name}”没有分值。请填写分值。",
    en: "Indicator “{name}” has no weight (分值). Fill it in.",
  },
  WEIGHTS_NEGATIVE: {
    "zh-CN": "分值 {weight} 为负数。请填写不小于 0 的分值。",
    en: "The weight {weight} is negative. Use a weight of 0 or more.",
  },
  WEIGHTS_TOTAL_MISMATCH: {
    "zh-CN": "三级指标分值合计为 {sum}，应为 {expected}。请调整各指标分值使合计等于 {expected}。",
    en: "The indicator weights add up to {sum}; they must total {expected}. Adjust the weights so that they total {expected}.",
  },
  WEIGHTS_LEVEL1_SPLIT: {
    "zh-CN":
      "一级指标“{level1}”分值合计为 {sum}，通行权重为 {expected}。如非主管部门另有规定，建议按通行权重设置。",
    en: "Level-1 “{level1}” weights add up to {sum}; the usual weight is {expected}. Use it unless your authority set another split.",
  },
  WEIGHTS_PARENT_MISMATCH: {
    "zh-CN": "“{parent}”的分值 {weight} 不等于其下级指标分值之和 {sum}。请修改上级分值或下级分值。",
    en: "The weight {weight} of “{parent}” is not the sum of the weights beneath it ({sum}). Correct one or the other.",
  },
  WEIGHTS_TOTAL_ROW_MISMATCH: {
    "zh-CN": "总分行的分值为 {printed}，但预算执行率与各指标分值合计为 {expected}。请更正总分行分值。",
    en: "The total row shows weight {printed}, but the budget row and the indicators add up to {expected}. Correct the total row.",
  },
  // ── scores ─────────────────────────────────────────────────────────────────────────────────
  FORMULAS_NOT_CALCULATED: {
    "zh-CN":
      "表中 {count} 个单元格的公式没有计算（{cells}）：保存工作簿时未加载 PerfTables 加载项，或工作簿由不计算公式的程序写入。请在装有 PerfTables 的 Excel 中打开并使用“修复公式”后保存；本次审核已按评分规则重新计算得分。",
    en: "Formulas in {count} cells were not calculated ({cells}): the PerfTables add-in was not loaded when the workbook was saved, or a program that does not calculate wrote it. Open it in Excel with PerfTables, use 修复公式 (repair formulas) and save; this check recomputed the scores by the rules.",
  },
  SCORES_MISSING: {
    "zh-CN": "指标“{name}”没有填写得分。请填写得分（可参考按规则计算的得分）。",
    en: "Indicator “{name}” has no score. Enter one (the rule score is a good start).",
  },
  SCORES_NOT_A_NUMBER: {
    "zh-CN": "得分“{value}”不是数值。请填写数值得分。",
    en: "The score “{value}” is not a number. Enter a numeric score.",
  },
  SCORES_ABOVE_WEIGHT: {
    "zh-CN": "得分 {score} 超过分值 {weight}。得分不能高于分值，请更正。",
    en: "The score {score} is above the weight {weight}. A score cannot exceed its weight; correct it.",
  },
  SCORES_NEGATIVE: {
    "zh-CN": "得分 {score} 为负数。得分应在 0 与分值之间，请更正。",
    en: "The score {score} is negative. Scores lie between 0 and the weight; correct it.",
  },
  SCORES_OUTSIDE_BAND: {
    "zh-CN":
      "定性指标的完成情况为“{outcome}”，得分应在 [{low}, {high}] 区间内，填写的是 {score}。请调整得分或完成情况。",
    en: "The qualitative outcome is “{outcome}”, so the score must lie in [{low}, {high}]; {score} was entered. Adjust the score or the outcome.",
  },
  SCORES_DIFFERS_FROM_RULE: {
    "zh-CN":
      "填写的得分 {claimed} 与按评分规则计算的 {rule} 不同。请核对；如确需不同，请在偏差原因中说明理由。",
    en: "The entered score {claimed} differs from the rule score {rule}. Check it; if the difference is intended, explain it in the deviation column.",
  },
  SCORES_DEVIATION_MISSING: {
    "zh-CN": "得分 {score} 低于分值 {weight}，但未填写偏差原因分析及改进措施。请补充偏差原因和改进措施。",
    en: "The score {score} is below the weight {weight} but no deviation reason is given. Explain the deviation and the remedy.",
  },
  SCORES_OVERACHIEVED_NO_DEVIATION: {
    "zh-CN":
      "实际完成值 {actual} 达到指标值 {target} 的 {percent}% 以上，属于超额完成，但未填写偏差原因。请说明超额原因（目标是否定得过低）。",
    en: "The actual value {actual} is at least {percent}% of the target {target} (over-achievement) but no deviation reason is given. Explain why (was the target set too low?).",
  },
  // ── funds ──────────────────────────────────────────────────────────────────────────────────
  FUNDS_BUDGET_MISSING: {
    "zh-CN": "项目资金缺少全年预算数。请填写全年预算数。",
    en: "The funds block has no full-year budget (全年预算数). Fill it in.",
  },
  FUNDS_EXECUTED_MISSING: {
    "zh-CN": "项目资金缺少全年执行数。请填写全年执行数。",
    en: "The funds block has no full-year execution (全年执行数). Fill it in.",
  },
  FUNDS_BUDGET_ZERO: {
    "zh-CN": "全年预算数为 {budget}，无法计算预算执行率。请填写实际的全年预算数。",
    en: "The full-year budget is {budget}, so the execution rate cannot be computed. Enter the real budget.",
  },
  FUNDS_TOTAL_NOT_SUM_OF_PARTS: {
    "zh-CN":
      "年度资金总额的{column} {total} 与其中各项（当年财政拨款、上年结转资金、其他资金）之和 {sum} 不符。请核对金额；如总额是公式，请在 Excel 中打开并重新计算后保存。",
    en: "The total row's {column} {total} is not the sum of its 其中 rows ({sum}). Check the amounts; if the total is a formula, open the workbook in Excel so it recalculates, and save.",
  },
  FUNDS_EXECUTED_NEGATIVE: {
    "zh-CN": "全年执行数 {executed} 为负数。请更正。",
    en: "The full-year execution {executed} is negative. Correct it.",
  },
  FUNDS_OVER_EXECUTED: {
    "zh-CN":
      "全年执行数 {executed} 超过全年预算数 {budget}（执行率 {rate}%）。请核对金额；如预算已调整，请填写调整后的预算数。",
    en: "The execution {executed} exceeds the budget {budget} (rate {rate}%). Check the amounts; if the budget was adjusted, enter the adjusted budget.",
  },
  FUNDS_WEIGHT_NONDEFAULT: {
    "zh-CN": "预算执行率的分值为 {weight}，通行为 {expected}。如非主管部门另有规定，请改为 {expected}。",
    en: "The budget execution row carries {weight} points; the usual weight is {expected}. Change it to {expected} unless your authority says otherwise.",
  },
  FUNDS_RATE_MISMATCH: {
    "zh-CN": "填写的执行率 {claimed}% 与金额不符（按金额计算为 {expected}%）。请更正执行率或金额。",
    en: "The printed execution rate {claimed}% does not match the amounts ({expected}% by the amounts). Correct the rate or the amounts.",
  },
  FUNDS_SCORE_MISMATCH: {
    "zh-CN": "预算执行率得分 {claimed} 与按金额计算的 {expected} 不符。请更正得分。",
    en: "The budget execution score {claimed} does not match {expected} computed from the amounts. Correct the score.",
  },
  // ── sub-budgets (2019 application form) ─────────────────────────────────────────────────────
  SUBBUDGET_AMOUNT_MISSING: {
    "zh-CN": "子项目“{name}”没有预算金额。请填写金额。",
    en: "Sub-project “{name}” has no amount. Fill it in.",
  },
  SUBBUDGET_AMOUNT_NEGATIVE: {
    "zh-CN": "子项目“{name}”的预算金额为负数。请更正。",
    en: "Sub-project “{name}” has a negative amount. Correct it.",
  },
  SUBBUDGET_TOTAL_MISSING: {
    "zh-CN": "未找到项目当年预算，无法核对资金构成（子项目合计 {sum}）。请填写项目当年预算。",
    en: "The year's budget (项目当年预算) is missing, so the parts (sum {sum}) cannot be checked. Fill it in.",
  },
  SUBBUDGET_SUM_MISMATCH: {
    "zh-CN":
      "项目当年投入资金构成合计 {sum}，与项目当年预算 {total} 相差 {difference}。请调整子项目金额使其合计等于当年预算。",
    en: "The sub-project amounts add up to {sum}, which differs from the year's budget {total} by {difference}. Make the parts add up to the budget.",
  },
  // ── totals ─────────────────────────────────────────────────────────────────────────────────
  TOTALS_MISSING: {
    "zh-CN": "表中没有填写总分（重新计算为 {recomputed}）。请填写总分。",
    en: "The table has no total score (recomputed: {recomputed}). Fill it in.",
  },
  TOTALS_CLAIMED_INVALID: {
    "zh-CN": "总分“{value}”不是数值。请填写数值。",
    en: "The total “{value}” is not a number. Enter a number.",
  },
  TOTALS_NOT_RECOMPUTED: {
    "zh-CN": "有指标或预算执行率无法评分，未能重新计算总分（表中为 {claimed}）。请先处理上面的错误。",
    en: "Some rows or the budget row could not be scored, so the total (printed {claimed}) was not recomputed. Fix the errors above first.",
  },
  TOTALS_MISMATCH: {
    "zh-CN": "表中总分为 {claimed}，按预算执行得分与各指标得分重新计算为 {recomputed}。请更正总分。",
    en: "The printed total is {claimed}; the budget score plus the indicator scores give {recomputed}. Correct the total.",
  },
  TOTALS_GRADE_MISSING: {
    "zh-CN": "表中没有填写评分等级（按总分应为“{grade}”）。请填写评分等级。",
    en: "The table has no grade (by the total it is “{grade}”). Fill it in.",
  },
  TOTALS_GRADE_INVALID: {
    "zh-CN": "评分等级“{value}”无效。请填写优、良、中或差。",
    en: "The grade “{value}” is not valid. Use 优, 良, 中 or 差.",
  },
  TOTALS_GRADE_WORDING: {
    "zh-CN": "评分等级“{value}”已按“{grade}”理解。建议按规定填写优、良、中或差。",
    en: "The grade “{value}” was read as “{grade}”. The rules spell the grades 优, 良, 中 or 差.",
  },
  TOTALS_GRADE_MISMATCH: {
    "zh-CN": "总分 {total} 对应的等级为“{expected}”，表中填写的是“{claimed}”。请更正评分等级。",
    en: "A total of {total} means grade “{expected}”, but the table says “{claimed}”. Correct the grade.",
  },
  TOTALS_GRADE_CHANGES: {
    "zh-CN": "按重新计算的总分，评分等级应为“{expected}”而不是“{claimed}”。请先更正总分，再更正等级。",
    en: "By the recomputed total the grade is “{expected}”, not “{claimed}”. Correct the total, then the grade.",
  },
  // ── monitoring tables ──────────────────────────────────────────────────────────────────────
  MONITOR_LIKELIHOOD_INVALID: {
    "zh-CN": "完成目标可能性“{value}”无效。请填写：{allowed}。",
    en: "The likelihood of meeting the target “{value}” is not valid. Use: {allowed}.",
  },
  MONITOR_REASON_MISSING: {
    "zh-CN":
      "完成目标可能性为“{likelihood}”，但未填写偏差原因。请说明原因（经费、制度、人员、硬件或其他）及纠偏措施。",
    en: "The likelihood is “{likelihood}” but no deviation reason is given. Explain the cause (funds, rules, staff, equipment or other) and the remedy.",
  },
  MONITOR_UNIT_MISMATCH: {
    "zh-CN": "执行情况的单位“{unit}”与指标值的单位“{targetUnit}”不一致。请使用指标值的单位。",
    en: "The progress value's unit “{unit}” differs from the target's unit “{targetUnit}”. Use the target's unit.",
  },
  // ── settings ───────────────────────────────────────────────────────────────────────────────
  SETTINGS_INVALID: {
    "zh-CN": "工作簿中保存的评分设置无效（{detail}），已改用全国通行规则。请在设置中重新选择评分规则并保存。",
    en: "The scoring settings stored in the workbook are invalid ({detail}); the national rules are used instead. Choose the rules again in the settings and save.",
  },
  SETTINGS_PRESET_UNKNOWN: {
    "zh-CN": "未知的评分规则“{preset}”。可用：{known}。",
    en: "Unknown scoring rules “{preset}”. Available: {known}.",
  },
  // ── check command (perf-tables check) ──────────────────────────────────────────────────────
  CHECK_NO_INPUT: {
    "zh-CN": "请指定要检查的工作簿或文件夹，例如：perf-tables check 收件箱/ --report 审核.xlsx",
    en: "Name the workbooks or folders to check, e.g.: perf-tables check submissions/ --report review.xlsx",
  },
  CHECK_BAD_ARGUMENT: {
    "zh-CN": "无法识别的参数“{arg}”。用法：{usage}",
    en: "Unrecognised argument “{arg}”. Usage: {usage}",
  },
  CHECK_NO_FILES: {
    "zh-CN": "在指定位置没有找到 .xlsx 工作簿。请检查路径。",
    en: "No .xlsx workbook was found there. Check the paths.",
  },
  CHECK_FILE_HEADING: {
    "zh-CN": "文件：{path}",
    en: "File: {path}",
  },
  CHECK_FILE_UNREADABLE: {
    "zh-CN": "无法读取：{detail}",
    en: "Could not be read: {detail}",
  },
  CHECK_NO_TABLES: {
    "zh-CN": "未找到绩效目标表或绩效自评表（需有“一级指标/二级指标/三级指标/指标值”表头）。",
    en: "No performance goal or self-evaluation table found (it needs the 一级指标/二级指标/三级指标/指标值 header).",
  },
  CHECK_TABLE_HEADING: {
    "zh-CN": "表：{sheet}!{range}（{kind}，{count}）",
    en: "Table: {sheet}!{range} ({kind}, {count})",
  },
  CHECK_TOTALS_LINE: {
    "zh-CN": "总分：表中 {claimed}，重算 {recomputed}；等级：表中 {claimedGrade}，重算 {grade}",
    en: "Total: printed {claimed}, recomputed {recomputed}; grade: printed {claimedGrade}, recomputed {grade}",
  },
  CHECK_BUDGET_LINE_MONITOR: {
    "zh-CN": "预算执行：{executed} / {budget}，执行率 {rate}%（运行监控表不评分）",
    en: "Budget execution: {executed} / {budget}, rate {rate}% (monitoring tables are not scored)",
  },
  CHECK_BUDGET_LINE: {
    "zh-CN": "预算执行：{executed} / {budget}，执行率 {rate}%，得分 {score}（表中 {claimedScore}）",
    en: "Budget execution: {executed} / {budget}, rate {rate}%, score {score} (printed {claimedScore})",
  },
  CHECK_COUNTS: {
    "zh-CN": "问题：{errors}，{warnings}，{infos}",
    en: "Findings: {errors}, {warnings}, {infos}",
  },
  CHECK_SEVERITY_ERROR: { "zh-CN": "错误", en: "Errors" },
  CHECK_SEVERITY_WARNING: { "zh-CN": "警告", en: "Warnings" },
  CHECK_SEVERITY_INFO: { "zh-CN": "提示", en: "Notes" },
  CHECK_SUMMARY: {
    "zh-CN": "共检查 {files}（{unreadable} 个无法读取），{tables}：{errors}，{warnings}，{infos}。",
    en: "Checked {files} ({unreadable} unreadable), {tables}: {errors}, {warnings}, {infos}.",
  },
  CHECK_PROGRESS: {
    "zh-CN": "正在检查 {done}/{total}",
    en: "Checking {done}/{total}",
  },
  CHECK_REPORT_WRITTEN: {
    "zh-CN": "审核报告已写入 {path}",
    en: "Review report written to {path}",
  },
  CHECK_REPORT_IS_INPUT: {
    "zh-CN": "报告路径“{path}”是被检查的文件之一，不能覆盖。请另选报告文件名。",
    en: "The report path “{path}” is one of the files being checked and will not be overwritten. Choose another name.",
  },
  CHECK_REPORT_NOT_XLSX: {
    "zh-CN": "报告文件名“{path}”须以 .xlsx 结尾。",
    en: "The report file name “{path}” must end in .xlsx.",
  },
  CHECK_REPORT_FAILED: {
    "zh-CN": "无法写入报告“{path}”：{detail}。请检查目录是否存在、文件是否在 Excel 中打开。",
    en: "Could not write the report “{path}”: {detail}. Check that the folder exists and the file is not open in Excel.",
  },
  CHECK_SHEET_SUMMARY: { "zh-CN": "汇总", en: "Summary" },
  CHECK_SHEET_FINDINGS: { "zh-CN": "问题", en: "Findings" },
  CHECK_COL_FILE: { "zh-CN": "文件", en: "File" },
  CHECK_COL_SHEET: { "zh-CN": "工作表", en: "Sheet" },
  CHECK_COL_KIND: { "zh-CN": "表类型", en: "Kind" },
  CHECK_COL_RANGE: { "zh-CN": "区域", en: "Range" },
  CHECK_COL_CLAIMED_TOTAL: { "zh-CN": "表中总分", en: "Printed total" },
  CHECK_COL_TOTAL: { "zh-CN": "重算总分", en: "Recomputed total" },
  CHECK_COL_CLAIMED_GRADE: { "zh-CN": "表中等级", en: "Printed grade" },
  CHECK_COL_GRADE: { "zh-CN": "重算等级", en: "Recomputed grade" },
  CHECK_COL_ERRORS: { "zh-CN": "错误数", en: "Errors" },
  CHECK_COL_WARNINGS: { "zh-CN": "警告数", en: "Warnings" },
  CHECK_COL_INFOS: { "zh-CN": "提示数", en: "Notes" },
  CHECK_COL_STATUS: { "zh-CN": "状态", en: "Status" },
  CHECK_COL_CELL: { "zh-CN": "单元格", en: "Cell" },
  CHECK_COL_SEVERITY: { "zh-CN": "级别", en: "Severity" },
  CHECK_COL_CODE: { "zh-CN": "代码", en: "Code" },
  CHECK_COL_MESSAGE: { "zh-CN": "说明", en: "Message" },
  CHECK_STATUS_OK: { "zh-CN": "无错误", en: "No errors" },
  CHECK_STATUS_ERRORS: { "zh-CN": "有错误", en: "Has errors" },
} as const satisfies Record<string, Message>;
