import { fallbackKind, tableKinds, type KindClues, type TableKind } from "../kinds";
import type { IndicatorHeader } from "./findIndicatorHeaders";

/** What the recogniser passes: the clues before the derived ones are worked out. */
export interface KindCluesInput {
  readonly title?: string;
  readonly header: IndicatorHeader;
  /** Whether the region above the header mentions 分解目标 (2019 form). */
  readonly hasBreakdown: boolean;
  /** 一级 labels of the indicator rows. */
  readonly level1Labels: readonly string[];
  /** Whether the region above the header has a 年度主要任务 / 年度履职目标 block. */
  readonly hasTasks: boolean;
}

/**
 * The kind of a table: the kind of the matching clue with the highest priority, among every registered
 * kind's clues (src/core/kinds); the fallback kind when none matches. Built in: 监控 or monitoring
 * columns → monitor; 自评 in the title → self-eval; 申报表 with 分解目标 → application-sh2019;
 * 一级目标/三级目标/指标目标值 or 投入与管理 → goal-sh2020; scores → self-eval; otherwise goal.
 *
 * @example
 * detectKind({ title: "财政项目支出绩效自评表", header, hasBreakdown: false, hasTasks: false, level1Labels: [] }) // → "self-eval"
 */
export function detectKind(input: KindCluesInput): TableKind {
  const { cols } = input.header;
  const clues: KindClues = {
    ...input,
    title: (input.title ?? "").replace(/\s+/g, ""),
    scored: cols.actual !== undefined || cols.score !== undefined,
  };
  let best: { readonly kind: TableKind; readonly priority: number } | undefined;
  for (const kind of tableKinds) {
    for (const clue of kind.clues) {
      if ((best === undefined || clue.priority > best.priority) && clue.matches(clues)) {
        best = { kind: kind.id, priority: clue.priority };
      }
    }
  }
  return best?.kind ?? fallbackKind().id;
}
