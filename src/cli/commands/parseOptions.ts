import { parseArgs } from "node:util";

/** One option a command accepts: a flag, or one taking a value; `short` is its one-letter alias. */
export interface OptionSpec {
  readonly type: "boolean" | "string";
  readonly short?: string;
}

/** An argument in order: an option as typed (`arg`, e.g. "--report=x"), or a positional. */
type ParsedArgument =
  | {
      readonly kind: "option";
      readonly name: string;
      /** The option's name as typed, without a value: "--report" or "-r". */
      readonly flag: string;
      /** The whole argument as typed: "--report=x", or "--report" when the value came next. */
      readonly arg: string;
      /** The value of a string option (possibly ""); undefined for a flag. */
      readonly value?: string;
    }
  | { readonly kind: "positional"; readonly value: string };

/** The first argument that could not be read, and whether it was an option left without its value. */
interface UnreadArgument {
  readonly bad: string;
  readonly missingValue?: boolean;
}

/**
 * The arguments read, up to the first that could not be; `unread` is that one. The command checks the
 * values in `arguments` before it reports `unread`, so that the first bad argument from the left is
 * the one named, whatever is wrong with it.
 */
export interface ParsedArguments {
  readonly arguments: readonly ParsedArgument[];
  readonly unread?: UnreadArgument;
}

export interface ParseOptionsSettings {
  /** A lone "-" may be an option's value (check: `--report -` names a file "-"); otherwise it is missing. */
  readonly dashIsValue?: boolean;
}

/**
 * The arguments read by node:util's parseArgs, in order, with its strictness applied here: an unknown
 * option, an option group or glued value ("-fj2", "-j2", "-r=x"), "--", or a value-taking option
 * without its value gives the argument as typed. parseArgs' own strict mode would throw instead, with
 * only an English message to show, and its greedy value rule would read `--report --json` as a report
 * named "--json": a value-taking option never takes the next option as its value here.
 * A flag given a value (`--json=1`) is the flag, as before parseArgs was used.
 *
 * @example
 * parseOptions(["a.xlsx", "--report", "--json"], { report: { type: "string" }, json: { type: "boolean" } });
 * // { arguments: [{ kind: "positional", value: "a.xlsx" }], unread: { bad: "--report", missingValue: true } }
 */
export function parseOptions(
  args: readonly string[],
  options: Readonly<Record<string, OptionSpec>>,
  { dashIsValue = false }: ParseOptionsSettings = {},
): ParsedArguments {
  const { tokens } = parseArgs({
    args: [...args],
    options: { ...options },
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const parsed: ParsedArgument[] = [];
  const stop = (unread: UnreadArgument): ParsedArguments => ({ arguments: parsed, unread });
  for (const token of tokens) {
    const arg = args[token.index] ?? "";
    if (token.kind === "positional") {
      parsed.push({ kind: "positional", value: token.value });
      continue;
    }
    // "--" would make every later argument a file name, however it looks: refused like any option.
    if (token.kind === "option-terminator") return stop({ bad: arg });
    const spec = Object.hasOwn(options, token.name) ? options[token.name] : undefined;
    // An unknown option; or a short option that is not the whole argument (a group, a glued value).
    if (!spec || (!arg.startsWith("--") && arg !== token.rawName)) return stop({ bad: arg });
    if (spec.type === "boolean") {
      parsed.push({ kind: "option", name: token.name, flag: token.rawName, arg });
      continue;
    }
    const value = token.value;
    const optionLike = value !== undefined && value.startsWith("-") && !(dashIsValue && value === "-");
    if (value === undefined || (!token.inlineValue && optionLike))
      return stop({ bad: token.rawName, missingValue: true });
    parsed.push({ kind: "option", name: token.name, flag: token.rawName, arg, value });
  }
  return { arguments: parsed };
}
