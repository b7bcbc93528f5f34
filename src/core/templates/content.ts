/**
 * What a template may be filled with: nothing (a blank form with every 一级/二级 of the framework), or a
 * project's own rows ("insert a filled example", the golden tests).
 */
export interface IndicatorContent {
  readonly level1: string;
  readonly level2: string;
  readonly name?: string;
  readonly target?: string | number;
  readonly actual?: string | number;
  readonly weight?: number;
  /** Score the unit entered; absent = the formula (the rule score). */
  readonly score?: number;
  readonly deviation?: string;
  readonly progress?: string | number;
  readonly forecast?: string | number;
  readonly likelihood?: string;
}

interface BudgetLine {
  readonly initial?: number;
  readonly budget?: number;
  readonly executed?: number;
}

export interface TemplateContent {
  /** Header fields by label without colon ("项目名称", "主管部门", "实施单位" …). */
  readonly header?: Readonly<Record<string, string | number>>;
  /** Funds by line: 当年财政拨款, 上年结转资金, 其他资金 (the total row sums them). */
  readonly budget?: Readonly<Record<string, BudgetLine>>;
  readonly goals?: { readonly expected?: string; readonly actual?: string };
  readonly indicators?: readonly IndicatorContent[];
  /** 年度主要任务 of the department-level tables: 任务名称 | 主要内容 | 预算金额. */
  readonly tasks?: readonly { readonly name: string; readonly content?: string; readonly amount?: number }[];
  /** 项目当年投入资金构成 of the 2019 form. */
  readonly subBudgets?: readonly { readonly name: string; readonly amount: number }[];
}
