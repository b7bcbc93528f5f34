/** Characters Excel refuses in a sheet name. */
const FORBIDDEN = /[\\/?*[\]:]/g;
const MAX_LENGTH = 31;

/**
 * `name`, or `name (2)`, `name (3)` … — the first not in `taken` (compared case-insensitively, as Excel
 * does), cleaned of forbidden characters and cut to 31 characters. A template never overwrites a sheet.
 *
 * @example
 * uniqueSheetName("绩效自评表2024", ["绩效自评表2024"]); // "绩效自评表2024 (2)"
 */
export function uniqueSheetName(name: string, taken: readonly string[]): string {
  const base = name.replace(FORBIDDEN, "").trim().slice(0, MAX_LENGTH) || "Sheet";
  const used = new Set(taken.map((t) => t.toLowerCase()));
  if (!used.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = base.slice(0, MAX_LENGTH - suffix.length) + suffix;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}
