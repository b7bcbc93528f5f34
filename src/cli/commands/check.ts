/**
 * `perf-tables check <file|dir>... [--json] [--report out.xlsx [--force]] [--rules national|ratio|guangxi|bands80|budget20]
 * [--lang zh|en] [--jobs N]` (docs/architecture.md §4). Exit 0: no errors; 1: findings of severity error; 2: a file
 * could not be read (the others are still checked) or the command itself could not run.
 * Reviewers decide the rules: every workbook is scored with the national rules, or the presets named by
 * --rules. Scoring settings the PerfTables pane stored in a workbook apply to it only with
 * --workbook-rules; whenever they differ from the review's rules a warning says so (applied or not).
 */
import { messageRef, type MessageRef, type Refusal } from "../../core/messages";
import type { CheckedFile } from "../../check/checkedFile";
import { stat } from "node:fs/promises";
import { dirname, extname, resolve } from "node:path";
import { optionsFromPresets } from "../../core/settings";
import { checkFiles, runsCompiled, walkInputs, type SeenFile } from "../check";
import { defaultJobs } from "../check/defaultJobs";
import {
  escapeJsonForTerminal,
  sanitiseForTerminal,
  humanReportWriter,
  jsonReportWriter,
  progressBar,
  say,
  sayRef,
  reviewWorkbookWriter,
  type OutputLanguage,
} from "../report";
// From its own file: the src/cli/xlsx barrel also exports the exceljs reader kept for tests.
import { isReviewWorkbook } from "../xlsx/isReviewWorkbook";
import { fileIdentity } from "./fileIdentity";
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

async function run(args: readonly string[], terminal: CliIO): Promise<number> {
  // Every text on its way out passes the one sanitiser (file names, sheet names and cell text can hold
  // escape sequences); only the progress bar's own \r and the JSON, escaped the JSON way, go around it.
  const io: CliIO = {
    ...terminal,
    stdout: (text) => terminal.stdout(sanitiseForTerminal(text)),
    stderr: (text) => terminal.stderr(sanitiseForTerminal(text)),
  };
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

  const seen = await walkInputs(parsed.inputs, io.cwd);
  let files = seen.filter((file) => !file.skip).map((file) => file.path);
  const reportPath = parsed.report === undefined ? undefined : resolve(io.cwd, parsed.report);
  // Files compared by what they are (device, inode), not by how the path is spelt: a link or a hard
  // link to an input is that input.
  const reportId = reportPath === undefined ? undefined : fileIdentity(reportPath);
  const inputIds = reportId === undefined ? [] : files.map(fileIdentity);
  // The previous run's report inside a checked folder is not a submission: skip it, replace it.
  let sameAsInput = reportId !== undefined && inputIds.includes(reportId);
  if (reportPath !== undefined && sameAsInput && (await isReviewWorkbook(reportPath))) {
    files = files.filter((_, i) => inputIds[i] !== reportId);
    sameAsInput = false;
  }
  if (files.length === 0) {
    io.stderr(`${say("CHECK_NO_FILES", {}, lang, "\n")}\n`);
    return 2;
  }
  if (reportPath !== undefined) {
    const refusal = sameAsInput
      ? "CHECK_REPORT_IS_INPUT"
      : await refuseReportPath(reportPath, files, parsed.force);
    if (refusal) {
      io.stderr(`${say(refusal, { path: reportPath, folder: dirname(reportPath) }, lang, "\n")}\n`);
      return 2;
    }
  }

  // Workers only past their measured break-even and on a free core; --jobs forces (defaultJobs.ts).
  const jobs = parsed.jobs ?? defaultJobs(files.length, runsCompiled());
  const showProgress = io.isTTY && files.length > 1;
  const progress = showProgress ? progressBar(terminal.stderr, lang) : undefined;
  const json = parsed.json
    ? jsonReportWriter((text) => terminal.stdout(escapeJsonForTerminal(text)), lang === "en" ? "en" : "zh-CN")
    : undefined;
  // Without --json the terminal report is written file by file too; the progress line on stderr is
  // cleared before each section, so the two never share a line of the terminal.
  const human = json
    ? undefined
    : humanReportWriter(
        (text) => {
          progress?.clear();
          io.stdout(text);
        },
        lang,
        io.cwd,
      );
  const review = reportPath === undefined ? undefined : reviewWorkbookWriter(reportPath, io.cwd);
  let unreadable = false;
  let errorsFound = false;
  // Every file seen is listed, in walk order: the ones not read say why, in their place between the
  // ones read (which come back in the order of `files`, a subsequence of `listed`).
  const checkedPaths = new Set(files);
  const listed = seen.filter((file) => file.skip || checkedPaths.has(file.path));
  let nextListed = 0;
  const emit = (file: CheckedFile): void => {
    json?.add(file);
    human?.add(file);
    review?.add(file);
  };
  const emitSkippedBefore = (path: string | undefined): void => {
    for (let seenFile = listed[nextListed]; seenFile; seenFile = listed[nextListed]) {
      if (seenFile.path === path) {
        nextListed++;
        return;
      }
      if (seenFile.skip) emit(toSkippedFile(seenFile));
      nextListed++;
    }
  };
  // The review's spools go if the run stops on an error (a signal removes them too: runProcess).
  await checkFiles(files, options, {
    jobs,
    // A submission must not choose its own grading: its stored settings apply only when asked for.
    useStoredSettings: parsed.workbookRules,
    ...(progress ? { onProgress: progress.draw } : {}),
    // Each file's entry, section and review rows are written as soon as it and those before it are
    // checked, and the result dropped: memory stays flat in the number of files.
    keepResults: false,
    onResult: (file) => {
      if (file.error) unreadable = true;
      if (file.tables.some((t) => t.findings.some((x) => x.severity === "error"))) errorsFound = true;
      emitSkippedBefore(file.path);
      emit(file);
    },
  }).catch((error: unknown) => {
    review?.discard();
    throw error;
  });
  emitSkippedBefore(undefined);

  json?.end();
  human?.end();

  if (review !== undefined && reportPath !== undefined) {
    try {
      await review.end();
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

/** A file seen and not read, as the outputs list it. */
function toSkippedFile(file: SeenFile): CheckedFile {
  const skipped: MessageRef =
    file.skip === "lock"
      ? messageRef("CHECK_SKIPPED_LOCK_FILE")
      : file.skip === "hidden"
        ? messageRef("CHECK_SKIPPED_HIDDEN")
        : messageRef("CHECK_SKIPPED_EXTENSION", { ext: extname(file.path) || "—" });
  return { path: file.path, skipped, tables: [] };
}

/** Why a report path is refused; each message takes {path} and {folder}. */
type ReportPathRefusal =
  | "CHECK_REPORT_NOT_XLSX"
  | "CHECK_REPORT_IS_INPUT"
  | "CHECK_REPORT_IS_FOLDER"
  | "CHECK_REPORT_NO_FOLDER"
  | "CHECK_REPORT_EXISTS";

/**
 * The report may go anywhere the user names, except over a workbook being checked (even with --force;
 * compared by identity in run, by spelling here) or over any other existing file that is not a
 * previous, unedited review workbook (unless --force): checked before the run, so a refusal costs
 * nothing and nothing is lost.
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
