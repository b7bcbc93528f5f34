/**
 * A date serial number as the grid shows a date: "2020-01-01", or "2020-01-01T08:30:00" when it has
 * a time of day; "" when it is no date at all. The 1900 system counts from 1899-12-30 (Excel's
 * phantom 29 February 1900 included, as exceljs counted); the 1904 system 1,462 days later.
 *
 * @example
 * formatSerialDate(43831, false); // → "2020-01-01"
 * formatSerialDate(42369, true); // → "2020-01-01"
 */
export function formatSerialDate(serial: number, date1904: boolean): string {
  const ms = Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000);
  const date = new Date(ms);
  if (Number.isNaN(date.getTime())) return "";
  const iso = date.toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso.slice(0, 19);
}
