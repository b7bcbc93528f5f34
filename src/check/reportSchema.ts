/**
 * The JSON that `perf-tables check --json` prints (docs/architecture.md §4.3). Exported so that consumers and the
 * tests can check it; the command validates its own output against it before printing.
 */
import { z } from "zod";
import { TABLE_KIND_IDS } from "../core/kinds";

/** A number rounded to 2 decimals (scores, totals, rates in %). */
const cents = z.number().refine((n) => Number.isFinite(n) && Math.abs(n * 100 - Math.round(n * 100)) < 1e-6, {
  message: "must be rounded to 2 decimals",
});

const findingReportSchema = z.object({
  /** A1 address on the table's sheet ("" for findings about the whole file). */
  cell: z.string(),
  code: z.string().regex(/^[A-Z][A-Z0-9_]*$/),
  severity: z.enum(["error", "warning", "info"]),
  message: z.string().min(1),
});

const budgetReportSchema = z.object({
  /** 全年预算数 and 全年执行数 as printed (in the block's unit). */
  budget: z.number().nullable(),
  executed: z.number().nullable(),
  /** 执行率 in percent, 2 decimals (99.89); null when the budget is missing or 0. */
  rate: cents.nullable(),
  /** Recomputed budget execution score. */
  score: cents.nullable(),
  /** 得分 printed in the workbook. */
  claimedScore: z.number().optional(),
  /** How `score` was reached, e.g. "预算执行率 17.50 ÷ 17.52 = 99.89%，× 10 = 9.99". */
  explanation: z.string().min(1).optional(),
});

const indicatorReportSchema = z.object({
  /** 1-based sheet row. */
  row: z.number().int().positive(),
  level1: z.string(),
  level2: z.string(),
  name: z.string(),
  target: z.string(),
  actual: z.string().optional(),
  weight: z.number().optional(),
  /** Score by the rules (docs/domain.md §3). */
  score: cents.optional(),
  /** 得分 the unit entered. */
  claimedScore: z.number().optional(),
  /** How `score` was reached, e.g. "正向指标：89.00 ÷ 90.00 × 5 = 4.94". */
  explanation: z.string().min(1).optional(),
});

export const tableReportSchema = z.object({
  sheet: z.string(),
  /** The sheet is hidden in the workbook (a unit's old draft, often). */
  hidden: z.boolean().optional(),
  kind: z.enum(TABLE_KIND_IDS),
  /** A1 range the table covers. */
  range: z.string(),
  budget: budgetReportSchema.optional(),
  indicators: z.array(indicatorReportSchema),
  /** Recomputed 总分 and 评分等级; claimed* are what the workbook says. */
  total: cents.optional(),
  claimedTotal: z.number().optional(),
  grade: z.enum(["优", "良", "中", "差"]).optional(),
  claimedGrade: z.string().optional(),
  findings: z.array(findingReportSchema),
});

const fileReportSchema = z.object({
  path: z.string(),
  /**
   * What the file's bytes are, whatever its name: "xlsx", "xlsm", "xls" (.xls and WPS .et), "docx",
   * "doc" (.doc, WPS .wps; read after a LibreOffice conversion), "ods", "odt", "rtf", "encrypted",
   * "pdf", "csv", "html", "text", "zip", "ole", "unknown", "empty". Absent when the file was not read.
   */
  format: z.string().optional(),
  /** Why a file seen in a folder was not read (an extension never read, a lock file); not an error. */
  skipped: z.string().optional(),
  /** Why the file could not be read (its other fields are then empty). */
  error: z.string().optional(),
  tables: z.array(tableReportSchema),
  /** Findings about the whole workbook, e.g. CHECK_NO_TABLE when no table was recognised in it. */
  findings: z.array(findingReportSchema).optional(),
});

export const checkReportSchema = z.object({
  files: z.array(fileReportSchema),
});

export type FindingReport = z.infer<typeof findingReportSchema>;
export type BudgetReport = z.infer<typeof budgetReportSchema>;
export type IndicatorReport = z.infer<typeof indicatorReportSchema>;
export type TableReport = z.infer<typeof tableReportSchema>;
export type FileReport = z.infer<typeof fileReportSchema>;
export type CheckReport = z.infer<typeof checkReportSchema>;
