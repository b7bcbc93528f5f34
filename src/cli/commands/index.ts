import type { CliCommand } from "./types";
import { templateCommand } from "./template";
import { checkCommand } from "./check";

/** The registry of sub-commands: adding one is one new file plus one line here. */
export const commands: readonly CliCommand[] = [templateCommand, checkCommand];
export { runProcess } from "./runProcess";
export { sanitiseForTerminal } from "../report";
