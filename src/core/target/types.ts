import type { Issue } from "../messages/issue";
import type { targetMessages } from "./targetMessages";

/** Codes of the target reader's messages (TARGET_…). */
export type TargetMessageCode = keyof typeof targetMessages;

/**
 * The typed value of a target (年度指标值 / 指标目标值) or an actual value (实际完成值).
 * Operator, number and unit stay apart (the Sichuan layout keeps them in separate columns).
 */

/** Comparison as written; `null` on an actual value or where the operator is missing. */
export type Operator = ">=" | ">" | "=" | "<=" | "<";

/** The three published qualitative outcomes of an actual value. */
export type QualitativeOutcome = "achieved" | "partial" | "failed";

/** A problem found while reading one value: an issue with one of the target reader's codes. */
export type TargetIssue = Issue<TargetMessageCode>;

interface TargetBase {
  /** The text as given (numbers are turned into their plain string form). */
  readonly source: string;
  readonly issues: readonly TargetIssue[];
}

export interface QuantitativeTarget extends TargetBase {
  readonly kind: "quantitative";
  readonly op: Operator | null;
  /** The number as written: 90 for "90%", 0.01 for "<0.01%", 16.29 for "16.29(万元/年)". */
  readonly value: number;
  /** Canonical unit ("%", "‰", "万元", "个", "万元/年" …); "" when none was written. */
  readonly unit: string;
  /** Decimal places as written (90.00 → 2), used to write the value back. */
  readonly decimals: number;
}

export interface QualitativeTarget extends TargetBase {
  readonly kind: "qualitative";
  /** Trimmed text ("健全", "达成年度指标"). */
  readonly text: string;
  /** Set when the text is one of the published outcomes of an actual value. */
  readonly outcome?: QualitativeOutcome;
}

export interface RangeTarget extends TargetBase {
  readonly kind: "range";
  readonly low: number;
  readonly high: number;
  readonly unit: string;
  readonly decimals: number;
}

/** Several targets in one cell ("响应时间：≤10分钟内，故障处理时间≤90分钟"). */
interface CompoundTarget extends TargetBase {
  readonly kind: "compound";
  readonly parts: readonly (QuantitativeTarget | QualitativeTarget | RangeTarget)[];
}

interface EmptyTarget extends TargetBase {
  readonly kind: "empty";
  /** "—", "/", "无", "不适用": the unit says the row does not apply, rather than leaving it blank. */
  readonly notApplicable?: true;
}

/** Nothing usable could be read; `issues` says why (never empty). */
interface InvalidTarget extends TargetBase {
  readonly kind: "invalid";
}

export type ParsedTarget =
  QuantitativeTarget | QualitativeTarget | RangeTarget | CompoundTarget | EmptyTarget | InvalidTarget;

/** What the parser may know about the row a value sits in. */
export interface TargetContext {
  /** 三级指标 name: a name ending in 率 lets `=1` mean 100%, and makes 规范 on it doubtful. */
  readonly name?: string;
  /** The unit of the matching target, used when reading an actual value given as a bare number. */
  readonly expectedUnit?: string;
  /**
   * What the cell holds. Only a target ("target", the default) is warned about a missing operator or
   * unit; an actual value (实际完成值) is normally written without an operator.
   */
  readonly role?: "target" | "actual";
}
