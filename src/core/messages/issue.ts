/**
 * The one shape of "something is wrong" in PerfTables: a code from the closed message catalogue, a
 * severity, the parameters its message text needs (typed from the text's own {placeholders}), and
 * optionally where it is. Target, scoring, validation, workbook, template and command-line problems
 * are all issues; only the extra fields differ (a finding always has a cell, a scoring issue may name
 * the cell error a worksheet function should show).
 *
 * The types make a misspelt code or a missing parameter a compile error (see docs/how-to.md, "Add a
 * message").
 */
import type { catalogue } from "./catalogue";

/** How bad an issue is: errors are sent back, warnings are looked at, notes explain. */
export type Severity = "error" | "warning" | "info";

type Catalogue = typeof catalogue;

/** Every message code: the closed union of the catalogue's keys. */
export type MessageCode = keyof Catalogue;

/** The {name} placeholders of a message text, as a union of names. */
type PlaceholdersIn<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | PlaceholdersIn<Rest>
  : never;

/** Placeholder names of a code (both languages carry the same ones: a test pins it). */
export type PlaceholderOf<C extends MessageCode> = PlaceholdersIn<Catalogue[C]["zh-CN"]>;

export type ParamValue = string | number;

/** The parameters the message of `C` needs: one per placeholder, no more. */
export type MessageParams<C extends MessageCode> = { readonly [K in PlaceholderOf<C>]: ParamValue };

/** The params of `C` as one argument: its placeholders, or an empty object when it has none. */
export type ParamsOf<C extends MessageCode> = [PlaceholderOf<C>] extends [never]
  ? Readonly<Record<string, never>>
  : MessageParams<C>;

/**
 * The parameter arguments of a call that formats or builds an issue with code `C`: required when
 * the message has placeholders, optional (and empty) when it has none.
 */
export type ParamsArgs<C extends MessageCode> = [PlaceholderOf<C>] extends [never]
  ? [params?: Readonly<Record<string, never>>]
  : [params: MessageParams<C>];

/** The `params` field of an issue with code `C`. */
type ParamsField<C extends MessageCode> = [PlaceholderOf<C>] extends [never]
  ? { readonly params?: undefined }
  : { readonly params: MessageParams<C> };

/**
 * A code with the params its message needs: all that is needed to show a message (distributed over
 * the codes, so narrowing on `code` narrows `params`).
 */
export type MessageRef<C extends MessageCode = MessageCode> = {
  [K in C]: { readonly code: K } & ParamsField<K>;
}[C];

interface IssueBase {
  readonly severity: Severity;
  /** A1 address of the cell the issue is about, on `sheet` when given. */
  readonly cell?: string;
  readonly sheet?: string;
}

/**
 * An issue with one of the codes `C` (by default any code). The union is distributed over the codes,
 * so narrowing on `code` narrows `params` too.
 */
export type Issue<C extends MessageCode = MessageCode> = MessageRef<C> & IssueBase;

/**
 * A refused request (a template that cannot be built, a row that cannot be inserted): the failure arm
 * of an `{ ok: true, … } | Refusal` result, with the message that says why.
 */
export type Refusal<C extends MessageCode = MessageCode> = { readonly ok: false } & MessageRef<C>;

/** Codes whose keys start with `Prefix` (e.g. the target reader's `TARGET_`). */
export type CodesStartingWith<Prefix extends string> = Extract<MessageCode, `${Prefix}${string}`>;

/**
 * Builds an issue; `params` is left out when empty so issues compare and serialise cleanly.
 *
 * @example
 * makeIssue("SCORES_ABOVE_WEIGHT", "error", { score: 6, weight: 5 });
 * // { code: "SCORES_ABOVE_WEIGHT", severity: "error", params: { score: 6, weight: 5 } }
 */
export function makeIssue<C extends MessageCode>(
  code: C,
  severity: Severity,
  ...[params]: ParamsArgs<C>
): Issue<C> {
  const issue = params && Object.keys(params).length > 0 ? { code, severity, params } : { code, severity };
  // The generic cannot be narrowed to one member of the distributed union; ParamsArgs<C> made sure
  // `params` fits the code.
  return issue as unknown as Issue<C>;
}

/**
 * A code with its params, checked against the message (for a code chosen at run time among several,
 * the params must fill every placeholder of each).
 *
 * @example
 * messageRef("TEMPLATE_OUTPUT_EXISTS", { path }); // { code: "TEMPLATE_OUTPUT_EXISTS", params: { path } }
 */
export function messageRef<C extends MessageCode>(code: C, ...[params]: ParamsArgs<C>): MessageRef<C> {
  return (params && Object.keys(params).length > 0 ? { code, params } : { code }) as unknown as MessageRef<C>;
}
