/** One sub-command of `perf-tables`. Returns the process exit code. */
export interface CliCommand {
  readonly name: string;
  /** One-line usage shown by `perf-tables --help` (Chinese first, English second). */
  readonly usage: string;
  run(args: readonly string[], io: CliIO): Promise<number>;
}

export interface CliIO {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Whether stderr is a terminal (progress bars only then). */
  readonly isTTY: boolean;
  readonly cwd: string;
}
