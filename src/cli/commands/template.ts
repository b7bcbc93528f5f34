/**
 * `perf-tables template <kind> [-o file.xlsx] [--year YYYY] [--unit 元|万元] [--framework id] [--example]
 * [--force]` and `perf-tables template --list`.
 */
import { stat, writeFile } from "node:fs/promises";
// From its own file: the src/cli/xlsx barrel also exports the exceljs reader kept for tests.
import { writeFileAtomically } from "../xlsx/writeFileAtomically";
import { dirname, resolve } from "node:path";
import { formatIssue, formatMessage, messageRef, type MessageRef, type Refusal } from "../../core/messages";
import { buildTemplate, findKind, tableKinds, type TemplateRequest } from "../../core/templates";
import { writeTemplateWorkbook } from "../xlsx/writeTemplateWorkbook";
import { parseOptions, type OptionSpec } from "./parseOptions";
import type { CliCommand, CliIO } from "./types";

const USAGE =
  "template <kind> [-o 文件.xlsx] [--year 年度] [--unit 元|万元] [--framework 指标体系] [--month 1-12] [--formulas portable|perf] [--rules 规则] [--example] [--force] | template --list";

interface TemplateArgs {
  readonly list: boolean;
  readonly force: boolean;
  readonly output?: string;
  readonly request: TemplateRequest;
}

/** Both languages of a catalogue message, one per line. */
function bilingual(ref: MessageRef): string {
  return `${formatIssue(ref, "zh-CN")}\n${formatIssue(ref, "en")}\n`;
}

const OPTIONS = {
  list: { type: "boolean" },
  force: { type: "boolean", short: "f" },
  example: { type: "boolean" },
  output: { type: "string", short: "o" },
  year: { type: "string" },
  unit: { type: "string" },
  framework: { type: "string" },
  month: { type: "string" },
  formulas: { type: "string" },
  rules: { type: "string" },
} as const satisfies Record<string, OptionSpec>;

/** Parsed arguments, or the argument that could not be read. */
/** Why the arguments were refused (the first that could not be read, with the usage). */
export type BadTemplateArgument = Refusal<"TEMPLATE_BAD_ARGUMENT" | "CLI_MISSING_VALUE">;

function badArgument(arg: string, missingValue?: boolean): BadTemplateArgument {
  const code = missingValue === true ? "CLI_MISSING_VALUE" : "TEMPLATE_BAD_ARGUMENT";
  return { ok: false, ...messageRef(code, { arg, usage: `perf-tables ${USAGE}` }) };
}

export function parseTemplateArgs(args: readonly string[]): TemplateArgs | BadTemplateArgument {
  // `--unit -` is a missing unit here: no template option takes "-" as its value.
  const read = parseOptions(args, OPTIONS);
  let kind: string | undefined;
  let list = false;
  let force = false;
  let example = false;
  let output: string | undefined;
  const options: {
    year?: string;
    unit?: string;
    framework?: string;
    month?: string;
    formulas?: string;
    rules?: string;
  } = {};
  for (const item of read.arguments) {
    if (item.kind === "positional") {
      // One kind only; "-" (standard output) is not a kind either.
      if (item.value.startsWith("-") || kind !== undefined) return badArgument(item.value);
      kind = item.value;
      continue;
    }
    switch (item.name) {
      case "list":
        list = true;
        break;
      case "force":
        force = true;
        break;
      case "example":
        example = true;
        break;
      case "output":
        // An empty name (`-o ""`) is no file name either.
        if (!item.value) return badArgument(item.flag, true);
        output = item.value;
        break;
      case "year":
      case "unit":
      case "framework":
      case "month":
      case "formulas":
      case "rules":
        options[item.name] = item.value ?? "";
        break;
    }
  }
  // What could not be read is named only now: an earlier argument's bad value comes first.
  if (read.unread) return badArgument(read.unread.bad, read.unread.missingValue);
  if (!list && kind === undefined) return badArgument("<kind>");
  return {
    list,
    force,
    ...(output ? { output } : {}),
    // Files travel (WPS, LibreOffice, Excel without the add-in): portable formulas unless told otherwise.
    request: { kind: kind ?? "", formulas: "portable", ...options, example },
  };
}

function listKinds(io: CliIO): number {
  const lines = [
    `${formatMessage("TEMPLATE_LIST_HEADING", {}, "zh-CN")} ${formatMessage("TEMPLATE_LIST_HEADING", {}, "en")}`,
  ];
  for (const kind of tableKinds) {
    lines.push(
      `  ${kind.id.padEnd(20)}${kind.title["zh-CN"]} — ${kind.description["zh-CN"]}`,
      `  ${"".padEnd(20)}${kind.title.en} — ${kind.description.en}`,
      `  ${"".padEnd(20)}--framework: ${kind.frameworks.join(" | ")}${kind.example ? "   (--example)" : ""}`,
    );
  }
  io.stdout(`${lines.join("\n")}\n`);
  return 0;
}

export const templateCommand: CliCommand = {
  name: "template",
  usage: `${USAGE}    生成空白绩效表 Write a blank performance table`,
  async run(args, io) {
    const parsed = parseTemplateArgs(args);
    if ("ok" in parsed) {
      io.stderr(bilingual(parsed));
      return 2;
    }
    if (parsed.list) return listKinds(io);
    // The month only sets a monitoring period; silently ignoring it elsewhere hides a wrong kind.
    if (parsed.request.month !== undefined && findKind(parsed.request.kind)?.takesMonth !== true) {
      io.stderr(bilingual({ code: "TEMPLATE_MONTH_MONITOR_ONLY", params: { kind: parsed.request.kind } }));
      return 2;
    }
    const built = buildTemplate(parsed.request);
    if (!built.ok) {
      io.stderr(bilingual(built));
      return 2;
    }
    const layout = built.layout;
    const path = resolve(io.cwd, parsed.output ?? `${layout.kind}-${layout.options.year}.xlsx`);
    const title = tableKinds.find((k) => k.id === layout.kind)?.title["zh-CN"] ?? layout.kind;
    const refusal = await refuseOutputPath(path);
    if (refusal) {
      io.stderr(bilingual(messageRef(refusal, { path, folder: dirname(path) })));
      return 2;
    }
    try {
      const bytes = await writeTemplateWorkbook(layout);
      // "wx" fails when the file exists, so a concurrent writer cannot slip in between check and write;
      // with --force the file is replaced in one rename, never written through a link or left half-written.
      if (parsed.force) await writeFileAtomically(path, bytes);
      else await writeFile(path, bytes, { flag: "wx" });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "EEXIST") {
        io.stderr(bilingual({ code: "TEMPLATE_OUTPUT_EXISTS", params: { path } }));
        return 2;
      }
      const detail = error instanceof Error ? error.message : String(error);
      io.stderr(bilingual({ code: "TEMPLATE_WRITE_FAILED", params: { path, detail } }));
      return 2;
    }
    io.stdout(bilingual({ code: "TEMPLATE_WRITTEN", params: { title, path } }));
    return 0;
  },
};

/** Why `path` cannot take the template (a folder, a missing folder, not .xlsx), before anything is built. */
async function refuseOutputPath(
  path: string,
): Promise<
  "TEMPLATE_OUTPUT_IS_FOLDER" | "TEMPLATE_OUTPUT_NOT_XLSX" | "TEMPLATE_OUTPUT_NO_FOLDER" | undefined
> {
  const existing = await stat(path).catch(() => null);
  if (existing?.isDirectory()) return "TEMPLATE_OUTPUT_IS_FOLDER";
  // Refused rather than renamed: a file named .txt holding a workbook would mislead whoever opens it.
  if (!/\.xlsx$/i.test(path)) return "TEMPLATE_OUTPUT_NOT_XLSX";
  if (existing) return undefined;
  const folder = await stat(dirname(path)).catch(() => null);
  return folder?.isDirectory() ? undefined : "TEMPLATE_OUTPUT_NO_FOLDER";
}
