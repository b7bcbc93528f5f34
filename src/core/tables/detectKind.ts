import type { TableKind } from "./model";
import type { IndicatorHeader } from "./findIndicatorHeaders";
import { frameworks } from "../frameworks";
import { lookupLevel1 } from "./lookupLevel1";

export interface KindClues {
  readonly title?: string;
  readonly header: IndicatorHeader;
  /** Whether the region above the header mentions 分解目标 (2019 form). */
  readonly hasBreakdown: boolean;
  /** 一级 labels of the indicator rows. */
  readonly level1Labels: readonly string[];
}

/**
 * The kind of a table from its title and labels: 监控 → monitor; 自评 → self-eval; 申报表 with 分解目标
 * → application-sh2019; 一级目标/三级目标/指标目标值 or 投入与管理 → goal-sh2020; scores → self-eval;
 * otherwise goal.
 *
 * @example
 * detectKind({ title: "财政项目支出绩效自评表", header, hasBreakdown: false, level1Labels: [] }) // → "self-eval"
 */
export function detectKind(clues: KindClues): TableKind {
  const title = (clues.title ?? "").replace(/\s+/g, "");
  const { cols, labels } = clues.header;
  if (
    /监控/.test(title) ||
    cols.progress !== undefined ||
    cols.likelihood !== undefined ||
    cols.forecast !== undefined
  ) {
    return "monitor";
  }
  if (/自评|评价表/.test(title)) return "self-eval";
  const sh2019Header =
    labels.level1 === "分解目标内容" || (labels.name === "绩效指标" && cols.level2 === undefined);
  if ((/申报表/.test(title) && (clues.hasBreakdown || cols.level2 === undefined)) || sh2019Header) {
    return "application-sh2019";
  }
  const sh2020Header = [labels.level1, labels.level2, labels.name].some(
    (l) => l !== undefined && /目标$/.test(l),
  );
  const sh2020Labels = clues.level1Labels.some((l) => {
    const found = lookupLevel1(frameworks.sh2020, l);
    return found !== undefined && !lookupLevel1(frameworks.national, l);
  });
  const scored = cols.actual !== undefined || cols.score !== undefined;
  if (!scored && (sh2020Header || labels.target === "指标目标值" || sh2020Labels)) return "goal-sh2020";
  if (scored) return "self-eval";
  return "goal";
}
