import { sanitiseForTerminal } from "../report";
import { removePendingWrites } from "../xlsx/writeFileAtomically";
import type { CliIO } from "./types";

/**
 * Exit codes (README, docs/architecture.md §4.1): 0 no errors · 1 findings of severity error · 2 a file
 * unreadable, a bad argument or an internal error · 130 interrupted (Ctrl+C) · 143 terminated.
 */
const EXIT_INTERRUPTED = 130;
const EXIT_TERMINATED = 143;

/**
 * Runs the CLI as the process: standard output closed early (`check … | head -1`, EPIPE) ends the
 * output quietly while the run finishes (a --report is still written whole) with its own exit code;
 * Ctrl+C or SIGTERM removes a report still being written (the previous one stays) and exits 130 / 143;
 * nothing unexpected prints a stack trace.
 *
 * @example
 * runProcess(process.argv.slice(2), main);
 */
export function runProcess(
  argv: readonly string[],
  main: (argv: readonly string[], io: CliIO) => Promise<number>,
): void {
  let stdoutOpen = true;
  // A reader that went away (EPIPE) is not an error of the run; anything else on stdout is reported once.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (stdoutOpen && error.code !== "EPIPE")
      process.stderr.write(`输出错误 Output error: ${error.code ?? ""}\n`);
    stdoutOpen = false;
  });
  process.stderr.on("error", () => undefined);
  const stop = (code: number, line: string) => (): void => {
    removePendingWrites();
    process.stderr.write(line);
    process.exit(code);
  };
  process.once(
    "SIGINT",
    stop(
      EXIT_INTERRUPTED,
      "\n已中断，未完成的报告已丢弃。Interrupted; an unfinished report was discarded.\n",
    ),
  );
  process.once("SIGTERM", stop(EXIT_TERMINATED, "\n已终止。Terminated.\n"));
  const fail = (error: unknown): void => {
    removePendingWrites();
    const detail = sanitiseForTerminal(error instanceof Error ? error.message : String(error));
    process.stderr.write(`内部错误：${detail}\nInternal error: ${detail}\n`);
    process.exit(2);
  };
  process.on("uncaughtException", fail);
  process.on("unhandledRejection", fail);
  const io: CliIO = {
    stdout: (text) => {
      if (stdoutOpen) process.stdout.write(text);
    },
    stderr: (text) => process.stderr.write(text),
    isTTY: Boolean(process.stderr.isTTY),
    cwd: process.cwd(),
  };
  main(argv, io).then(
    (code) => {
      process.exitCode = code;
    },
    () => {
      process.exitCode = 2;
    },
  );
}
