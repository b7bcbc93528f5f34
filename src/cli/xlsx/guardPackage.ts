/**
 * A cheap scan of an .xlsx package before exceljs reads it, refusing what would make exceljs run out of
 * memory or time (issue 15): a part that inflates past its cap (a zip bomb in styles.xml), packages
 * that inflate past a total cap, a sheet with too many cells, too many merges (exceljs checks each
 * merge against every earlier one: 60,000 small merges hang it) or too large a merged area (exceljs
 * builds an object per merged cell: one merge over the whole sheet takes gigabytes).
 *
 * Isolated on purpose: the lean reader (src/readers/xlsx) counts the same while streaming; when it
 * replaces exceljs, this file goes with it.
 */
import { parseRange } from "../../core/address";
import { failWorkbook as fail, type WorkbookError } from "../../readers/workbookRead";
import { formatBytes } from "./formatBytes";
import { openZip } from "./openZip";

/** Limits of the scan; the defaults keep one exceljs read well under 1 GiB (bench figures in docs). */
export interface PackageLimits {
  /** Largest inflated size of one part. */
  readonly maxPartBytes: number;
  /** Largest inflated size of all parts together. */
  readonly maxTotalBytes: number;
  /** Most `<c>` elements in the package's worksheets (exceljs: ~0.5 KB of memory each). */
  readonly maxCells: number;
  /** Most merged ranges in one worksheet (exceljs is quadratic in them: 5,000 took 6 s). */
  readonly maxMerges: number;
  /** Most cells covered by merged ranges in the package's worksheets (exceljs: an object each). */
  readonly maxMergedCells: number;
}

export const DEFAULT_PACKAGE_LIMITS: PackageLimits = {
  maxPartBytes: 64 * 1024 * 1024,
  maxTotalBytes: 128 * 1024 * 1024,
  maxCells: 1_000_000,
  maxMerges: 2_000,
  maxMergedCells: 100_000,
};

const WORKSHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/;

/**
 * Why the package must not be handed to exceljs, or undefined when it may. Parts that cannot be read
 * at all are left to exceljs, which reports the file as damaged.
 *
 * @example
 * const refused = guardPackage(bytes, "a.xlsx");
 * if (refused) return refused; // e.g. { error: "WORKBOOK_PART_TOO_LARGE", params: { part: "xl/styles.xml", … } }
 */
export function guardPackage(
  bytes: Uint8Array,
  path: string,
  limits: PackageLimits = DEFAULT_PACKAGE_LIMITS,
): WorkbookError | undefined {
  const zip = openZip(bytes);
  // No directory to list (damaged): exceljs refuses the package itself, in its own words, as the lean
  // reader does (the differential test compares them); `check` no longer reads through exceljs.
  if (zip.names.length === 0) return undefined;
  // A repeated part name: which copy exceljs reads is not the one checked here.
  if (zip.entryCount !== zip.names.length) {
    return fail("WORKBOOK_CORRUPT", { path, detail: "a part name appears twice" });
  }
  let total = 0;
  // Cells and merged area count over the whole package: many sheets at the cap are as costly as one.
  const seen = { cells: 0, area: 0 };
  for (const part of zip.names) {
    const cap = Math.min(limits.maxPartBytes, limits.maxTotalBytes - total);
    const data = zip.inflate(part, cap);
    if (data === "too-large") {
      const limit = cap < limits.maxPartBytes ? limits.maxTotalBytes : limits.maxPartBytes;
      return fail("WORKBOOK_PART_TOO_LARGE", { path, part, limit: formatBytes(limit) });
    }
    if (data === undefined) continue;
    total += data.length;
    if (WORKSHEET_PART.test(part)) {
      const refused = scanWorksheet(data.toString("latin1"), limits, seen);
      // Sheet names are looked up only for a refusal: a sound package inflates nothing more.
      if (refused) return refused(path, readSheetNames(zip).get(part) ?? part);
    }
  }
  return undefined;
}

/**
 * Counts cells, merges and merged area in one worksheet part (latin1: tags are ASCII), adding cells and
 * area to what the package's earlier sheets held (`seen`).
 */
function scanWorksheet(
  xml: string,
  limits: PackageLimits,
  seen: { cells: number; area: number },
): ((path: string, sheet: string) => WorkbookError) | undefined {
  const cell = /<(?:\w+:)?c[\s>/]/g;
  while (cell.exec(xml)) seen.cells++;
  const cells = seen.cells;
  if (cells > limits.maxCells) {
    const range = /<(?:\w+:)?dimension\b[^>]*\bref="([^"]*)"/.exec(xml)?.[1] ?? "?";
    return (path, sheet) =>
      fail("WORKBOOK_SHEET_TOO_LARGE", { path, sheet, range, cells, limit: limits.maxCells });
  }
  let merges = 0;
  let largest = { ref: "", cells: 0 };
  for (const match of xml.matchAll(/<(?:\w+:)?mergeCell\b[^>]*\bref="([^"]*)"/g)) {
    merges++;
    const ref = match[1] ?? "";
    const box = parseRange(ref);
    const covered = box ? (box.bottom - box.top + 1) * (box.right - box.left + 1) : 0;
    seen.area += covered;
    if (covered > largest.cells) largest = { ref, cells: covered };
  }
  if (merges > limits.maxMerges) {
    return (path, sheet) =>
      fail("WORKBOOK_TOO_MANY_MERGES", { path, sheet, count: merges, limit: limits.maxMerges });
  }
  const area = seen.area;
  if (area > limits.maxMergedCells) {
    return (path, sheet) =>
      fail("WORKBOOK_MERGE_TOO_LARGE", {
        path,
        sheet,
        cells: area,
        range: largest.ref,
        limit: limits.maxMergedCells,
      });
  }
  return undefined;
}

/** Worksheet part → sheet name, from xl/workbook.xml and its relationships; empty when unreadable. */
function readSheetNames(zip: ReturnType<typeof openZip>): Map<string, string> {
  const names = new Map<string, string>();
  const workbook = zip.read("xl/workbook.xml")?.toString("utf8") ?? "";
  const rels = zip.read("xl/_rels/workbook.xml.rels")?.toString("utf8") ?? "";
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]*)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]*)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  for (const m of workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const id = /\br:id="([^"]*)"/.exec(m[0])?.[1];
    const part = id ? targets.get(id) : undefined;
    if (name && part) names.set(part, unescapeName(name));
  }
  return names;
}

function unescapeName(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}
