/**
 * A performance table recognised in a grid. Every field keeps the A1 address of the cell it came from,
 * so findings can point at it and the Excel adapter can mark it.
 */
import type { CellValue } from "../grid";
import type { FrameworkId } from "../frameworks";

/** The kinds are defined in ../kinds (one file each); the union is derived from that registry. */
export type { TableKind } from "../kinds";
import type { TableKind } from "../kinds";

/** A value and the A1 address (absolute, on the sheet) of the cell it was read from. */
export interface Located<T> {
  readonly value: T;
  readonly cell: string;
}

export interface IndicatorRow {
  /** 0-based sheet row of the indicator. */
  readonly row: number;
  /** 一级 / 二级 as they apply to this row (carried down from merged or blank cells), "" when none. */
  readonly level1: Located<string>;
  readonly level2: Located<string>;
  /** 三级指标 name (or 绩效指标 on the 2019 form). */
  readonly name: Located<string>;
  /**
   * Target as text: the cell's own text, or operator + value + unit joined where a table keeps them in
   * separate columns (指标性质 | 指标值 | 度量单位); `cell` is the value's cell.
   */
  readonly target: Located<string>;
  readonly actual?: Located<CellValue>;
  readonly weight?: Located<CellValue>;
  /** Score the unit entered (得分). */
  readonly claimedScore?: Located<CellValue>;
  /** 偏差原因分析及改进措施. */
  readonly deviation?: Located<string>;
  /** Monitoring table: 1-X月执行情况, 全年预计完成情况, 完成目标可能性. */
  readonly progress?: Located<CellValue>;
  readonly forecast?: Located<CellValue>;
  readonly likelihood?: Located<string>;
  /** True for a parent row whose score is the sum of the rows under it (not scored itself). */
  readonly isSubtotal?: boolean;
  /** Optional (added by the recogniser): 0-based sheet row of the subtotal row this row belongs to. */
  readonly parent?: number;
  /** Optional: operator and unit cells where a table keeps them apart from the value (指标性质 | 度量单位). */
  readonly operator?: Located<string>;
  readonly unit?: Located<string>;
}

export interface BudgetBlock {
  /** Amount unit printed in the block's label: 元 or 万元. */
  readonly unit: "元" | "万元";
  readonly initialBudget?: Located<number | null>;
  /** 全年预算数 (or 调整后预算数 / 预算数(A)). */
  readonly budget: Located<number | null>;
  /** 全年执行数 (or 执行数(B)). */
  readonly executed: Located<number | null>;
  /** 分值 of the budget row (10, or 20 in some regions). */
  readonly weight?: Located<number | null>;
  readonly claimedRate?: Located<CellValue>;
  readonly claimedScore?: Located<CellValue>;
  /**
   * Optional (added for validation): the 其中 rows under the total row (当年财政拨款, 上年结转资金,
   * 其他资金 …) with their amounts in the same columns as budget / executed / initialBudget.
   */
  readonly parts?: readonly BudgetPart[];
  /**
   * Optional: the 结余 side of a department block (预算安排 | 拨付情况 | 结余情况): the printed balance
   * (小计 − 拨付), its rate (balance ÷ 小计), and the amounts the 小计 adds up (①年初 + ②调整 …).
   */
  readonly balance?: {
    readonly amount?: Located<number | null>;
    readonly rate?: Located<CellValue>;
    readonly components?: readonly Located<number | null>[];
  };
}

/** One 其中 row of the funds block. */
export interface BudgetPart {
  readonly name: Located<string>;
  readonly initialBudget?: Located<number | null>;
  readonly budget: Located<number | null>;
  readonly executed: Located<number | null>;
  /** Optional: the rate printed on the row (department tables print one per 其中 row). */
  readonly claimedRate?: Located<CellValue>;
}

/**
 * The funds of a department-level goal table printed as label | amount lines (年度预算安排: 资金总额
 * 171.41, 项目支出 60.8, 基本支出 110.61): the total and the parts the table lists, as printed.
 */
export interface DepartmentFunds {
  readonly total: Located<number | null>;
  readonly parts: readonly { readonly name: Located<string>; readonly amount: Located<number | null> }[];
}

/** 年度主要任务 / 年度履职目标 of a department-level table: 任务名称 | 主要内容 | 预算金额, and 金额合计. */
export interface TaskBlock {
  /** The 预算金额 heading cell. */
  readonly heading: Located<string>;
  readonly tasks: readonly {
    readonly name: Located<string>;
    readonly content?: Located<string>;
    readonly amount: Located<number | null>;
  }[];
  /** The printed 金额合计 / 合计 of the task amounts, when the table has one. */
  readonly total?: Located<number | null>;
}

/** One scored block of a table in several blocks. */
export interface IndicatorBlock {
  /** The block's label row ("二、管理效率（60分）"), when it has one. */
  readonly label?: Located<string>;
  /** Points printed in the label, null when none. */
  readonly points: number | null;
  /** 0-based sheet rows the block covers (its indicator rows lie in between). */
  readonly fromRow: number;
  readonly toRow: number;
  /** The 小计 row closing the block: its 分值 and 得分 cells. */
  readonly subtotal?: { readonly weight?: Located<CellValue>; readonly score?: Located<CellValue> };
}

/** 项目当年投入资金构成 of the 2019 application form. */
export interface SubBudgets {
  readonly total?: Located<number | null>;
  readonly parts: readonly { readonly name: Located<string>; readonly amount: Located<number | null> }[];
}

export interface RecognisedTable {
  readonly kind: TableKind;
  readonly framework: FrameworkId;
  readonly sheet?: string;
  /** A1 range the table covers. */
  readonly range: string;
  readonly title?: Located<string>;
  readonly year?: number;
  /** Header fields by their label without colon ("项目名称", "主管部门", "实施单位" …). */
  readonly header: Readonly<Record<string, Located<string>>>;
  readonly budget?: BudgetBlock;
  readonly subBudgets?: SubBudgets;
  /**
   * Scored blocks of one table ("一、履职效能（40分）" … "二、管理效率（60分）", or blocks closed by 小计
   * rows), when it has them: each block's label and points, its rows and its printed 小计.
   */
  readonly blocks?: readonly IndicatorBlock[];
  /** Department-level tables: funds printed as label | amount lines, and the task sub-table. */
  readonly departmentFunds?: DepartmentFunds;
  readonly tasks?: TaskBlock;
  readonly indicators: readonly IndicatorRow[];
  readonly claimedTotal?: Located<CellValue>;
  readonly claimedGrade?: Located<CellValue>;
  /** Sum of 分值 as printed on the 总分 row. */
  readonly claimedWeightTotal?: Located<CellValue>;
}
