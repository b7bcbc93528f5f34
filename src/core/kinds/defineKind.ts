/**
 * What a table kind declares. One kind = one file in src/core/kinds/ that exports `defineKind({...})`
 * plus one line in ./index.ts; everything that differs between kinds is read from here (docs/how-to.md,
 * "Add a table kind").
 */
import type { FrameworkId } from "../frameworks";
import type { MessageCode } from "../messages/issue";
import type { Message } from "../messages/types";
import type { IndicatorHeader } from "../tables/findIndicatorHeaders";
import type { TemplateContent } from "../templates/content";
import type { AmountUnit, Layout, TemplateOptions } from "../templates/layout";
import type { RuleFamily } from "../validation/types";

/** What recognition knows about a table when it decides its kind. */
export interface KindClues {
  /** Title line above the table with all white space removed ("" when none). */
  readonly title: string;
  readonly header: IndicatorHeader;
  /** Whether the region above the header mentions 分解目标 (2019 form). */
  readonly hasBreakdown: boolean;
  /** 一级 labels of the indicator rows. */
  readonly level1Labels: readonly string[];
  /** Whether the header has an actual-value (实际完成值) or score (得分) column. */
  readonly scored: boolean;
  /** Whether the region above the header has a 年度主要任务 / 年度履职目标 block (department tables). */
  readonly hasTasks: boolean;
}

/**
 * One recognition clue: when `matches`, the table is of this kind unless a clue of higher `priority`
 * (of any kind) matches too. Priorities of the built-in kinds: 100 monitoring columns, 90 a
 * self-evaluation title (95 a 部门整体 title, 85 a 年度主要任务 block), 80 the 2019 form, 70 the Shanghai 2020 labels, 60 any score column.
 */
interface KindClue {
  readonly priority: number;
  readonly matches: (clues: KindClues) => boolean;
}

/** A rule family that runs only on tables of the kind that declares it (after the common families). */
interface KindRuleFamily {
  readonly id: string;
  readonly check: RuleFamily;
}

export interface KindDefinition<Id extends string = string> {
  /** Stable id: the CLI's `template <id>`, the JSON report's `kind`, stored in layouts. Never renamed. */
  readonly id: Id;
  /** Gallery title and one-line description of the template. */
  readonly title: Message;
  readonly description: Message;
  /** Name of the kind in reports (terminal, review workbook, pane). */
  readonly label: Message;
  /** Frameworks a template may be made in; the first is the default (and the example's). */
  readonly frameworks: readonly [FrameworkId, ...FrameworkId[]];
  /** The framework every table of this kind follows (the Shanghai forms); else read from its labels. */
  readonly fixedFramework?: FrameworkId;
  /** Amount unit when none is asked for (the Shanghai forms print 元). */
  readonly defaultUnit: AmountUnit;
  readonly build: (options: TemplateOptions, content?: TemplateContent) => Layout;
  /** Content of "insert a filled example", when the kind has one. */
  readonly example?: TemplateContent;
  /** Template options beyond year, unit and framework that this kind takes. */
  readonly takesMonth?: boolean;
  /** How recognition tells this kind; a kind with `fallback` is chosen when no clue matches. */
  readonly clues: readonly KindClue[];
  readonly fallback?: boolean;
  /**
   * A self-evaluation: weights, scores, a total and a grade are expected even where a row leaves them
   * blank (other kinds are scored only when they carry a weight column).
   */
  readonly evaluated: boolean;
  /** Whether the funds row is scored (a monitoring table reports progress only). */
  readonly budgetScored: boolean;
  /**
   * A department-level table (部门整体支出): recognition reads its 年度主要任务 sub-table and funds
   * printed as label | amount lines, and its funds block is scored only where it prints points or a
   * score (the Fujian 预算安排 | 拨付 | 结余 block prints neither: the indicator rows carry all 100).
   */
  readonly department?: boolean;
  /** Rule families of this kind alone. */
  readonly rules?: readonly KindRuleFamily[];
  /**
   * Messages worded for this kind: a finding with a key code is reported with the value code (same
   * placeholders; a test pins it), e.g. 绩效指标 where the other forms say 三级指标.
   */
  readonly rewording?: Readonly<Partial<Record<MessageCode, MessageCode>>>;
}

/**
 * Declares a table kind, keeping its id as a literal type (the `TableKind` union is built from them).
 *
 * @example
 * export const goal = defineKind({ id: "goal", title, description, label, frameworks: ["national"], … });
 */
export function defineKind<const Id extends string>(definition: KindDefinition<Id>): KindDefinition<Id> {
  return definition;
}
