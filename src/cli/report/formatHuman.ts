import { relative } from "node:path";
import {
  formatIssue,
  formatMessage,
  type CodesStartingWith,
  type Locale,
  type MessageCode,
  type MessageRef,
  type ParamsOf,
} from "../../core/messages";
import { kindLabel, kindOf } from "../../core/kinds";
import type { Severity } from "../../core/messages/issue";
import type { CheckedFile, CheckedFinding, CheckedTable } from "../../check/checkedFile";
import { countFindings } from "./countFindings";
import { say, sayRef, type OutputLanguage } from "./outputLanguage";

const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];
const SEVERITY_LABEL = {
  error: "CHECK_SEVERITY_ERROR",
  warning: "CHECK_SEVERITY_WARNING",
  info: "CHECK_SEVERITY_INFO",
} as const satisfies Record<Severity, MessageCode>;

/** Writes the terminal report one file at a time; see {@link humanReportWriter}. */
export interface HumanReportWriter {
  /** Writes one checked file's section and counts it for the summary. */
  add(file: CheckedFile): void;
  /** Writes the summary line. */
  end(): void;
}

/** What the summary line needs of every file: counts only, so nothing per file is kept. */
interface SummaryTotals {
  files: number;
  skipped: number;
  unreadable: number;
  tables: number;
  error: number;
  warning: number;
  info: number;
}

/**
 * The terminal report: per file, per table, the budget and totals printed vs recomputed, then the
 * findings grouped by severity with their counts; a summary line at the end. Each file's section is
 * written as soon as it is added and only counts are kept, so memory stays flat in the number of files;
 * the text is byte for byte what the whole report written at once was.
 *
 * @example
 * const human = humanReportWriter((text) => process.stdout.write(text), "both", process.cwd());
 * for (const file of checked) human.add(file);
 * human.end();
 */
export function humanReportWriter(
  write: (text: string) => void,
  language: OutputLanguage,
  cwd: string,
): HumanReportWriter {
  const totals: SummaryTotals = {
    files: 0,
    skipped: 0,
    unreadable: 0,
    tables: 0,
    error: 0,
    warning: 0,
    info: 0,
  };
  return {
    add(file) {
      count(totals, file);
      // Inside the report a file's lines and the blank line after it, each ended by a line break.
      write(`${formatFile(file, language, cwd).join("\n")}\n\n`);
    },
    end() {
      write(`${formatSummary(totals, language)}\n`);
    },
  };
}

/** One file's section: heading, why it was skipped or not read, its own findings, its tables. */
function formatFile(file: CheckedFile, language: OutputLanguage, cwd: string): string[] {
  const lines = [say("CHECK_FILE_HEADING", { path: shortPath(file.path, cwd) }, language, "  ")];
  if (file.skipped) {
    const detail = sayRef(file.skipped, language, " / ");
    lines.push(`  – ${say("CHECK_FILE_SKIPPED", { detail }, language === "both" ? "zh-CN" : language)}`);
  }
  if (file.error) {
    const detail = sayRef(file.error, language, " / ");
    lines.push(`  ✗ ${say("CHECK_FILE_UNREADABLE", { detail }, language === "both" ? "zh-CN" : language)}`);
  }
  // Findings about the workbook as a whole (no table in it) count like a table's.
  if (file.findings && file.findings.length > 0) lines.push(...formatFindings(file.findings, language, "  "));
  for (const table of file.tables) lines.push(...formatTable(table, language));
  return lines;
}

/** Adds one file to the summary's counts. */
function count(totals: SummaryTotals, file: CheckedFile): void {
  if (file.skipped) {
    totals.skipped++;
    return;
  }
  totals.files++;
  if (file.error) totals.unreadable++;
  totals.tables += file.tables.length;
  for (const findings of [...file.tables.map((t) => t.findings), file.findings ?? []]) {
    const counts = countFindings(findings);
    totals.error += counts.error;
    totals.warning += counts.warning;
    totals.info += counts.info;
  }
}

function formatTable(table: CheckedTable, language: OutputLanguage): string[] {
  const heading = (locale: Locale): ParamsOf<"CHECK_TABLE_HEADING"> => ({
    sheet: table.hidden ? formatMessage("CHECK_SHEET_HIDDEN", { sheet: table.sheet }, locale) : table.sheet,
    range: table.range,
    kind: kindLabel(table.kind, locale),
    count: counted("INDICATORS", table.indicators.length, locale),
  });
  const lines = [`  ${sayEach("CHECK_TABLE_HEADING", heading, language)}`];
  const b = table.budget;
  if (b) {
    const params = {
      executed: money(b.executed),
      budget: money(b.budget),
      rate: money(b.rate),
      score: money(b.score),
      claimedScore: money(b.claimedScore),
    };
    // A kind whose funds row is not scored (the monitoring table) reports progress only.
    const code = kindOf(table.kind).budgetScored ? "CHECK_BUDGET_LINE" : "CHECK_BUDGET_LINE_MONITOR";
    lines.push(`    ${say(code, params, language, "  ")}`);
    if (b.explanation) lines.push(`      ${sayRef(b.explanation, language, "  ")}`);
  }
  // Every recomputed score with the rule and numbers that gave it.
  for (const r of table.indicators) {
    const explanation = r.explanation;
    if (!explanation) continue;
    const line = (locale: Locale): ParamsOf<"CHECK_SCORE_LINE"> => ({
      row: r.row,
      name: r.name,
      explanation: formatIssue(explanation, locale),
    });
    lines.push(`      ${sayEach("CHECK_SCORE_LINE", line, language, "  ")}`);
  }
  if (table.total !== undefined || table.claimedTotal !== undefined) {
    const params = {
      claimed: money(table.claimedTotal),
      recomputed: money(table.total),
      claimedGrade: table.claimedGrade ?? "-",
      grade: table.grade ?? "-",
    };
    lines.push(`    ${say("CHECK_TOTALS_LINE", params, language, "  ")}`);
  }
  lines.push(...formatFindings(table.findings, language, "    "));
  return lines;
}

/** Counts, then the findings grouped by severity, indented by `indent`. */
function formatFindings(
  findings: readonly CheckedFinding[],
  language: OutputLanguage,
  indent: string,
): string[] {
  const lines: string[] = [];
  const counts = countFindings(findings);
  const params = (locale: Locale): ParamsOf<"CHECK_COUNTS"> => ({
    errors: counted("ERRORS", counts.error, locale),
    warnings: counted("WARNINGS", counts.warning, locale),
    infos: counted("NOTES", counts.info, locale),
  });
  lines.push(`${indent}${sayEach("CHECK_COUNTS", params, language, " / ")}`);
  for (const severity of SEVERITIES) {
    const group = findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    lines.push(`${indent}${say(SEVERITY_LABEL[severity], {}, language)} (${group.length})`);
    for (const f of group) {
      const head = `${indent}  ${f.cell.padEnd(6)} ${f.code}`;
      if (language === "both") {
        lines.push(`${head}  ${sayRef(f, "zh-CN")}`);
        lines.push(`${" ".repeat(head.length)}  ${sayRef(f, "en")}`);
      } else {
        lines.push(`${head}  ${sayRef(f, language)}`);
      }
    }
  }
  return lines;
}

function formatSummary(totals: SummaryTotals, language: OutputLanguage): string {
  const params = (locale: Locale): ParamsOf<"CHECK_SUMMARY"> => ({
    files: counted("FILES", totals.files, locale),
    unreadable: totals.unreadable,
    tables: counted("TABLES", totals.tables, locale),
    errors: counted("ERRORS", totals.error, locale),
    warnings: counted("WARNINGS", totals.warning, locale),
    infos: counted("NOTES", totals.info, locale),
  });
  const summary = sayEach("CHECK_SUMMARY", params, language, "\n");
  return totals.skipped > 0
    ? `${summary}\n${say("CHECK_SUMMARY_SKIPPED", { count: totals.skipped }, language, "\n")}`
    : summary;
}

/** Paths under the working directory are shown relative to it. */
export function shortPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel !== "" && !rel.startsWith("..") ? rel : path;
}

/** Chinese then English (or one of them), each with its own parameters (labels differ by language). */
function sayEach<C extends MessageCode>(
  code: C,
  params: (locale: Locale) => ParamsOf<C>,
  language: OutputLanguage,
  join = "  ",
): string {
  const text = (locale: Locale): string =>
    formatIssue({ code, params: params(locale) } as MessageRef, locale);
  if (language !== "both") return text(language);
  return `${text("zh-CN")}${join}${text("en")}`;
}

/** The nouns the catalogue counts in, from its CHECK_N_<NOUN>_ONE codes. */
type NounOf<C> = C extends `CHECK_N_${infer Noun}_ONE` ? Noun : never;
type CountedNoun = NounOf<CodesStartingWith<"CHECK_N_">>;

/** "1 file" / "2 files" (English needs the singular; the catalogue has both forms). */
function counted(noun: CountedNoun, n: number, locale: Locale): string {
  return formatMessage(`CHECK_N_${noun}_${n === 1 ? "ONE" : "MANY"}`, { n }, locale);
}

/** Amounts and scores as the tables print them (2 decimals); "-" when absent. */
function money(value: number | null | undefined): string {
  return value === null || value === undefined ? "-" : value.toFixed(2);
}
