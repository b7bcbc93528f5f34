import type { ScoringIssue } from "./types";
import { makeError } from "./issues";

export type GradeBandsResult =
  | { readonly ok: true; readonly bands: readonly [number, number, number] }
  | { readonly ok: false; readonly issues: readonly ScoringIssue[] };

/**
 * Reads user-given lower bounds of 优, 良, 中: text such as "90,80,60", "80/70/60", "80，70，60" or
 * "80 70 60", or an array of three numbers (a worksheet range arrives as a 1×3 or 3×1 array). They must
 * be finite, at least 0 and strictly falling; otherwise GRADE_BANDS_INVALID.
 *
 * @example
 * parseGradeBands("80,70,60"); // { ok: true, bands: [80, 70, 60] }
 * parseGradeBands([[90], [80], [60]]); // { ok: true, bands: [90, 80, 60] }
 * parseGradeBands("90,95,60"); // { ok: false, issues: [{ code: "GRADE_BANDS_INVALID", … }] }
 */
export function parseGradeBands(input: unknown): GradeBandsResult {
  const numbers = collectNumbers(input);
  const given = describe(input);
  if (numbers === null || numbers.length !== 3) return invalid(given);
  const [a, b, c] = numbers as [number, number, number];
  if (!(c >= 0 && b > c && a > b)) return invalid(given);
  return { ok: true, bands: [a, b, c] };
}

function collectNumbers(input: unknown): number[] | null {
  if (typeof input === "string") {
    const parts = input
      .trim()
      .split(/[\s,，、/;；|]+/)
      .filter((part) => part !== "");
    const numbers = parts.map((part) => (/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(part) ? Number(part) : NaN));
    return numbers.some((n) => !Number.isFinite(n)) ? null : numbers;
  }
  if (Array.isArray(input)) {
    const out: number[] = [];
    for (const item of input.flat(2) as unknown[]) {
      if (typeof item === "number" && Number.isFinite(item)) out.push(item);
      else if (typeof item === "string" && item.trim() !== "" && Number.isFinite(Number(item)))
        out.push(Number(item));
      else if (item === null || item === "") continue;
      else return null;
    }
    return out;
  }
  return null;
}

/** The bands as a reader sees them: "90、95、60" for a range as well as for text (never raw JSON). */
function describe(input: unknown): string {
  if (typeof input === "string") return input;
  if (Array.isArray(input)) return (input.flat(2) as unknown[]).map(describeItem).join("、");
  return describeItem(input);
}

function describeItem(item: unknown): string {
  if (item === null || item === undefined || item === "") return "（空）";
  if (typeof item === "boolean") return item ? "TRUE" : "FALSE";
  if (typeof item === "number" || typeof item === "string") return String(item);
  return typeof item;
}

function invalid(given: string): GradeBandsResult {
  return { ok: false, issues: [makeError("GRADE_BANDS_INVALID", "VALUE", { bands: given })] };
}
