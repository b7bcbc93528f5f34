import type { CliCommand } from "./types";

/** The registry of sub-commands: adding one is one new file plus one line here. */
export const commands: readonly CliCommand[] = [];
