import { commands, runProcess, sanitiseForTerminal } from "./commands";
import type { CliIO } from "./commands/types";

const HELP = (): string =>
  [
    "perf-tables — 财政项目支出绩效目标表 / 绩效自评表 工具 (PerfTables)",
    "",
    "用法 Usage:",
    ...commands.map((c) => `  perf-tables ${c.usage}`),
    "",
  ].join("\n");

/** Runs the CLI with `argv` (without node and script) and returns the exit code. */
export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    io.stdout(HELP());
    return name === undefined ? 2 : 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    const shown = sanitiseForTerminal(name);
    io.stderr(`未知命令 "${shown}"。Unknown command "${shown}".\n\n${HELP()}`);
    return 2;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    const detail = sanitiseForTerminal(error instanceof Error ? error.message : String(error));
    io.stderr(`内部错误：${detail}\nInternal error: ${detail}\n`);
    return 2;
  }
}

/**
 * Runs the CLI as the process (EPIPE, Ctrl+C and exit codes: see runProcess).
 *
 * @example
 * runMain(process.argv.slice(2));
 */
export function runMain(argv: readonly string[]): void {
  runProcess(argv, main);
}

if (require.main === module) runMain(process.argv.slice(2));
