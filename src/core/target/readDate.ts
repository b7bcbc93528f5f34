import { normaliseTargetText } from "./normaliseTargetText";

/** A point in time read from a deadline or a completion date: month always, year and day when written. */
export interface DatePoint {
  readonly year?: number;
  readonly month: number;
  /** Day of the month; 31 for 月底 / 月末 / 下旬, absent for a month alone ("10月"). */
  readonly day?: number;
}

/** Words around a date that do not change it: 于10月完成, 2023年11月底前完成, 截至12月已完成. */
const BEFORE = String.raw`(?:已于|已在|计划于|计划在|预计于|截至|截止|截止到|截止至|于|在|至)?`;
const AFTER = String.raw`(?:前|之前|以前|内|以内)?(?:全部|已|已经|按时|如期|顺利)?(?:完成|到位|结束|竣工|验收|支付|拨付|实施完毕|完工|发放)?(?:前)?`;
const PART = String.raw`(底|末|份|初|上旬|中旬|下旬)?`;

/** 2023年11月底, 11月15日, 2023年12月, 12月底, 10月. */
const CHINESE = new RegExp(
  String.raw`^${BEFORE}(?:((?:19|20)\d{2})年)?(\d{1,2})月(?:(\d{1,2})[日号])?${PART}${AFTER}$`,
);
/** 2023年底, 年底前, 年内: the end of the (given) year. */
const YEAR_END = new RegExp(String.raw`^${BEFORE}(?:((?:19|20)\d{2})年)?(?:年底|年末|底|末|年内)${AFTER}$`);
/** 2023-12-31, 2023/12/31, 2023.12.31, 2023-12, 2023/12 (a lone 2023.12 stays a number). */
const NUMERIC = new RegExp(
  String.raw`^${BEFORE}((?:19|20)\d{2})(?:([-/])(\d{1,2})(?:\2(\d{1,2}))?|\.(\d{1,2})\.(\d{1,2}))${AFTER}$`,
);

const PART_DAY: Readonly<Record<string, number>> = { 底: 31, 末: 31, 下旬: 31, 中旬: 20, 上旬: 10, 初: 10 };

/**
 * The date a deadline or a completion value names, or undefined when the text is not one date
 * (a period 2023.07-2024.01, a sentence, a number). Used to compare a date target with a date actual
 * (docs/domain.md §3 rule 5a).
 *
 * @example
 * readDate("11月底前") // → { month: 11, day: 31 }
 * readDate("2023年12月") // → { year: 2023, month: 12 }
 * readDate("于10月完成") // → { month: 10 }
 * readDate("95%") // → undefined
 */
export function readDate(input: string): DatePoint | undefined {
  const text = normaliseTargetText(input).replace(/[\s。.，,]+$/u, "");
  if (text === "" || text.length > 30) return undefined;
  const chinese = CHINESE.exec(text);
  if (chinese) {
    const [, year, month, day, part] = chinese;
    return make(year, month, day ?? (part ? String(PART_DAY[part] ?? "") : undefined));
  }
  const yearEnd = YEAR_END.exec(text);
  if (yearEnd) return make(yearEnd[1], "12", "31");
  const numeric = NUMERIC.exec(text);
  if (numeric) {
    const [, year, , month, day, dotMonth, dotDay] = numeric;
    return make(year, month ?? dotMonth, day ?? dotDay);
  }
  return undefined;
}

function make(
  year: string | undefined,
  month: string | undefined,
  day: string | undefined,
): DatePoint | undefined {
  const m = Number(month);
  if (!Number.isInteger(m) || m < 1 || m > 12) return undefined;
  const d = day === undefined || day === "" ? undefined : Number(day);
  if (d !== undefined && (!Number.isInteger(d) || d < 1 || d > 31)) return undefined;
  return {
    ...(year === undefined ? {} : { year: Number(year) }),
    month: m,
    ...(d === undefined ? {} : { day: d }),
  };
}

/**
 * Whether `actual` is on or before the deadline `target`. Years are compared only when both are
 * written; a month without a day is compared by month (10月 meets 10月15日前).
 *
 * @example
 * isOnOrBefore({ month: 10 }, { month: 11, day: 31 }) // → true
 * isOnOrBefore({ year: 2024, month: 1 }, { year: 2023, month: 12 }) // → false
 */
export function isOnOrBefore(actual: DatePoint, target: DatePoint): boolean {
  if (actual.year !== undefined && target.year !== undefined && actual.year !== target.year) {
    return actual.year < target.year;
  }
  if (actual.month !== target.month) return actual.month < target.month;
  if (actual.day === undefined || target.day === undefined) return true;
  return actual.day <= target.day;
}
