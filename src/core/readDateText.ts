/**
 * The date a number under a date format stands for, as the command line reads it: Excel stores
 * 2023/10/20 as the serial 45219 with a format such as "yyyy/m/d"; exceljs hands the command line a
 * Date, which it shows as "2023-10-20". The pane gets the serial and the format and must show the same
 * text, so a completion date compares with a deadline (docs/domain.md §3 rule 5a) in both.
 */

/** Milliseconds from the Unix epoch to Excel's day 0 (1899-12-30, which absorbs the 1900 leap-year bug). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86_400_000;

/**
 * `value` as "YYYY-MM-DD" (or "YYYY-MM-DDTHH:MM:SS" with a time of day) when `numFmt` is a date format,
 * else null. A format is a date format when, outside quoted text, escapes and [brackets], it has a
 * year or day code (y, d) and no digit placeholder (0, #); time-only formats are not dates.
 *
 * @example
 * readDateText(45219, "yyyy/m/d"); // → "2023-10-20"
 * readDateText(45219, 'yyyy"年"m"月"'); // → "2023-10-20"
 * readDateText(45219, "0.00"); // → null
 */
export function readDateText(value: number, numFmt: string | undefined | null): string | null {
  if (!numFmt || !Number.isFinite(value) || value < 1 || value > 2_958_465) return null;
  const codes = (numFmt.split(";")[0] ?? "")
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "")
    .toLowerCase();
  if (/[0#?]/.test(codes) || !/[yd]/.test(codes)) return null;
  const ms = EXCEL_EPOCH + Math.round((value * DAY) / 1000) * 1000;
  const iso = new Date(ms).toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso.slice(0, 19);
}
