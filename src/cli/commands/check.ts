/**
 * `perf-tables check <file|dir>... [--json] [--report out.xlsx [--force]] [--rules national|ratio|guangxi|bands80|budget20]
 * [--lang zh|en] [--jobs N]` (docs/architecture.md §4). Exit 0: no errors; 1: findings of severity error; 2: a file
 * could not be read (the others are still checked) or the command itself could not run.
 * Reviewers decide the rules: every workbook is scored with the national rules, or the presets named by
 * --rules. Scoring settings the PerfTables pane stored in a workbook apply to it only with
 * --workbook-rules; whenever they differ from the review's rules a warning says so (applied or not).
 */
import { messageRef, type Refusal } from "../../core/messages";
import { stat } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { optionsFromPresets } from "../../core/settings";
import { checkFiles, collectFiles, runsCompiled } from "../check";
import { defaultJobs } from "../check/defaultJobs";
import {
  formatHuman,
  jsonReportWriter,
  progressBar,
  say,
  sayRef,
  writeReviewWorkbook,
  type OutputLanguage,
} from "../report";
// From its own file: the src/cli/xlsx barrel also exports the exceljs reader kept for tests.
import { isReviewWorkbook } from "../xlsx/isReviewWorkbook";
import { parseOptions, type OptionSpec } from "./parseOptions";
import type { CliCommand, CliIO } from "./types";

const USAGE =
  "check <文件|文件夹>... [--json] [--report 审核.xlsx [--force]] [--rules national|ratio|guangxi|bands80|budget20] [--workbook-rules] [--lang zh|en] [--jobs N]";

export interface CheckArgs {
  readonly inputs: readonly string[];
  readonly json: boolean;
  readonly report?: string;
  readonly rules: readonly string[];
  readonly language: OutputLanguage;
  readonly jobs?: number;
  /** Overwrite an existing --report file that is not a previous review workbook. */
  readonly force: boolean;
  /** Score each workbook with the settings stored in it (when it has any) instead of the review's rules. */
  readonly workbookRules: boolean;
}

/** An argument that could not be read, and why when it is not simply unknown or invalid. */
/**
 * Why the arguments were refused: the message names the first argument that could not be read and
 * shows the usage.
 */
export type BadArgument = Refusal<"CHECK_BAD_ARGUMENT" | "CHECK_STDIN_UNSUPPORTED" | "CLI_MISSING_VALUE">;

function badArgument(arg: string, reason?: "missing-value" | "stdin"): BadArgument {
  const code =
    reason === "stdin"
      ? "CHECK_STDIN_UNSUPPORTED"
      : reason === "missing-value"
        ? "CLI_MISSING_VALUE"
        : "CHECK_BAD_ARGUMENT";
  return { ok: false, ...messageRef(code, { arg, usage: `perf-tables ${USAGE}` }) };
}

const OPTIONS = {
  json: { type: "boolean" },
  "workbook-rules": { type: "boolean" },
  force: { type: "boolean", short: "f" },
  report: { type: "string", short: "r" },
  rules: { type: "string" },
  lang: { type: "string" },
  jobs: { type: "string", short: "j" },
} as const satisfies Record<string, OptionSpec>;

/** Parsed arguments, or the argument that could not be read. */
export function parseCheckArgs(args: readonly string[]): CheckArgs | BadArgument {
  // `--report -` names a file "-" (refused later as not .xlsx) rather than a missing value.
  const read = parseOptions(args, OPTIONS, { dashIsValue: true });
  const inputs: string[] = [];
  const rules: string[] = [];
  let json = false;
  let report: string | undefined;
  let language: OutputLanguage = "both";
  let jobs: number | undefined;
  let force = false;
  let workbookRules = false;
  for (const item of read.arguments) {
    if (item.kind === "positional") {
      // "-" conventionally means standard input, which a zip-based workbook cannot come from here.
      if (item.value === "-") return badArgument(item.value, "stdin");
      inputs.push(item.value);
      continue;
    }
    const value = item.value ?? "";
    switch (item.name) {
      case "json":
        json = true;
        break;
      case "workbook-rules":
        workbookRules = true;
        break;
      case "force":
        force = true;
        break;
      case "report":
        if (!value) return badArgument(item.arg);
        report = value;
        break;
      case "rules":
        if (!value) return badArgument(item.arg);
        rules.push(...value.split(","));
        break;
      case "lang": {
        const v = value.toLowerCase();
        if (v === "zh" || v === "zh-cn") language = "zh-CN";
        else if (v === "en") language = "en";
        else if (v === "both") language = "both";
        else return badArgument(item.arg);
        break;
      }
      case "jobs": {
        const n = Number(value);
        if (!Number.isInteger(n) || n < 1 || n > 64) return badArgument(item.arg);
        jobs = n;
        break;
      }
    }
  }
  // What could not be read is named only now: an earlier argument's bad value comes first.
  if (read.unread) {
    const { bad, missingValue } = read.unread;
    return badArgument(bad, missingValue === true ? "missing-value" : undefined);
  }
  return {
    inputs,
    json,
    rules,
    language,
    force,
    workbookRules,
    ...(report ? { report } : {}),
    ...(jobs ? { jobs } : {}),
  };
}

async function run(args: readonly string[], io: CliIO): Promise<number> {
  const parsed = parseCheckArgs(args);
  if ("ok" in parsed) {
    io.stderr(`${sayRef(parsed, "both", "\n")}\n`);
    return 2;
  }
  const lang = parsed.language;
  if (parsed.inputs.length === 0) {
    io.stderr(`${say("CHECK_NO_INPUT", {}, lang, "\n")}\n`);
    return 2;
  }
  const { options, findings: presetWarnings } = optionsFromPresets(parsed.rules);
  // A misspelt preset must not quietly turn into national rules for the whole review.
  if (presetWarnings.length > 0) {
    for (const w of presetWarnings) io.stderr(`${sayRef(w, lang, "\n")}\n`);
    return 2;
  }

  let files = await collectFiles(parsed.inputs, io.cwd);
  const reportPath = parsed.report === undefined ? undefined : resolve(io.cwd, parsed.report);
  // The previous run's report inside a checked folder is not a submission: skip it, replace it.
  if (reportPath !== undefined && files.includes(reportPath) && (await isReviewWorkbook(reportPath))) {
    files = files.filter((f) => f !== reportPath);
  }
  if (files.length === 0) {
    io.stderr(`${say("CHECK_NO_FILES", {}, lang, "\n")}\n`);
    return 2;
  }
  if (reportPath !== undefined) {
    const refusal = await refuseReportPath(reportPath, files, parsed.force);
    if (refusal) {
      io.stderr(`${say(refusal, { path: reportPath, folder: dirname(reportPath) }, lang, "\n")}\n`);
      return 2;
    }
  }

  // Workers only past their measured break-even and on a free core; --jobs forces (defaultJobs.ts).
  const jobs = parsed.jobs ?? defaultJobs(files.length, runsCompiled());
  const showProgress = io.isTTY && files.length > 1;
  const json = parsed.json ? jsonReportWriter(io.stdout, lang === "en" ? "en" : "zh-CN") : undefined;
  let unreadable = false;
  let errorsFound = false;
  let schemaFailure: string | undefined;
  const checked = await checkFiles(files, options, {
    jobs,
    // A submission must not choose its own grading: its stored settings apply only when asked for.
    useStoredSettings: parsed.workbookRules,
    ...(showProgress ? { onProgress: progressBar(io.stderr, lang) } : {}),
    // With --json each file's entry is written as soon as it and those before it are checked, and the
    // result dropped: memory stays flat in the number of files. The terminal summary and the review
    // workbook need every result.
    keepResults: !json || reportPath !== undefined,
    onResult: (file) => {
      if (file.error) unreadable = true;
      if (file.tables.some((t) => t.findings.some((x) => x.severity === "error"))) errorsFound = true;
      if (json && schemaFailure === undefined && !json.add(file)) schemaFailure = file.path;
    },
  });

  if (json) {
    if (schemaFailure !== undefined) {
      io.stderr(`${say("INTERNAL_ERROR", { detail: `report schema: ${schemaFailure}` }, lang, "\n")}\n`);
      return 2;
    }
    json.end();
  } else {
    io.stdout(formatHuman(checked, lang, io.cwd));
  }

  if (reportPath !== undefined) {
    try {
      await writeReviewWorkbook(checked, reportPath, io.cwd);
      const line = `${say("CHECK_REPORT_WRITTEN", { path: reportPath }, lang, "  ")}\n`;
      if (parsed.json) io.stderr(line);
      else io.stdout(line);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      io.stderr(`${say("CHECK_REPORT_FAILED", { path: reportPath, detail }, lang, "\n")}\n`);
      return 2;
    }
  }

  if (unreadable) return 2;
  return errorsFound ? 1 : 0;
}

/** Why a report path is refused; each message takes {path} and {folder}. */
type ReportPathRefusal =
  | "CHECK_REPORT_NOT_XLSX"
  | "CHECK_REPORT_IS_INPUT"
  | "CHECK_REPORT_IS_FOLDER"
  | "CHECK_REPORT_NO_FOLDER"
  | "CHECK_REPORT_EXISTS";

/**
 * The report may go anywhere the user names, except over a workbook being checked (even with --force)
 * or over any other existing file that is not a previous review workbook (unless --force): checked
 * before the run, so a refusal costs nothing and nothing is lost.
 */
async function refuseReportPath(
  reportPath: string,
  inputs: readonly string[],
  force: boolean,
): Promise<ReportPathRefusal | undefined> {
  if (!/\.xlsx$/i.test(reportPath)) return "CHECK_REPORT_NOT_XLSX";
  const same = (a: string, b: string): boolean =>
    process.platform === "win32" || process.platform === "darwin"
      ? a.toLowerCase() === b.toLowerCase()
      : a === b;
  if (inputs.some((input) => same(input, reportPath))) return "CHECK_REPORT_IS_INPUT";
  const existing = await stat(reportPath).catch(() => null);
  if (existing?.isDirectory()) return "CHECK_REPORT_IS_FOLDER";
  // A missing folder would only fail after the whole run, with the system's ENOENT text.
  if (existing === null) {
    const folder = await stat(dirname(reportPath)).catch(() => null);
    return folder?.isDirectory() ? undefined : "CHECK_REPORT_NO_FOLDER";
  }
  if (force) return undefined;
  return (await isReviewWorkbook(reportPath)) ? undefined : "CHECK_REPORT_EXISTS";
}

export const checkCommand: CliCommand = {
  name: "check",
  usage: USAGE,
  run,
};
