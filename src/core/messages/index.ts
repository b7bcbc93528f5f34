/**
 * Messages: the one way to turn an issue code into text. Codes come from the closed catalogue and
 * parameters are typed from each message's own {placeholders} (./issue.ts).
 */
import type { Locale, Message } from "./types";
import { catalogue } from "./catalogue";
import type { MessageCode, MessageParams, MessageRef, ParamValue, PlaceholderOf } from "./issue";

export type { Locale } from "./types";
export { catalogue, messageFamilies } from "./catalogue";
export {
  makeIssue,
  messageRef,
  type Issue,
  type MessageRef,
  type Refusal,
  type MessageCode,
  type ParamsArgs,
  type ParamsOf,
  type CodesStartingWith,
} from "./issue";

/** Arguments after the code: the params (required when the message has placeholders), then the locale. */
export type FormatArgs<C extends MessageCode> = [PlaceholderOf<C>] extends [never]
  ? [params?: Readonly<Record<string, never>>, locale?: Locale]
  : [params: MessageParams<C>, locale?: Locale];

export function isMessageCode(code: string): code is MessageCode {
  return Object.prototype.hasOwnProperty.call(catalogue, code);
}

/**
 * Text of `code` in `locale` (zh-CN by default) with its {placeholders} filled.
 *
 * @example
 * formatMessage("SCORES_ABOVE_WEIGHT", { score: 6, weight: 5 }, "en");
 * formatMessage("CHECK_SEVERITY_ERROR"); // no placeholders: no params
 */
export function formatMessage<C extends MessageCode>(code: C, ...[params, locale]: FormatArgs<C>): string {
  return fillMessage(code, params, locale ?? "zh-CN");
}

/**
 * Text of an issue (or any code with its params) in `locale`.
 *
 * @example
 * formatIssue(makeIssue("INTERNAL_ERROR", "error", { detail: "x" }), "en"); // "Internal error: x. …"
 */
export function formatIssue(issue: MessageRef, locale: Locale = "zh-CN"): string {
  return fillMessage(issue.code, issue.params, locale);
}

/**
 * A template split at its {placeholders}: text, name, text, name, …, text (always odd in length).
 * Filling the pieces costs a third of a replace with a callback, and a check writes a message for every
 * finding and every explained score (two for the review workbook).
 */
type Pieces = readonly string[];

const PLACEHOLDER = /\{(\w+)\}/;

/** Each catalogue template's pieces, by locale then code, split on first use. */
const split: Record<Locale, Map<string, Pieces>> = { "zh-CN": new Map(), en: new Map() };

/**
 * Fills a message. A code outside the catalogue (only possible through a cast, e.g. from a stored
 * report) is shown as itself rather than throwing; a missing parameter keeps its {placeholder}.
 */
function fillMessage(
  code: string,
  params: Readonly<Record<string, ParamValue>> | undefined,
  locale: Locale,
): string {
  const message: Message | undefined = isMessageCode(code) ? catalogue[code] : undefined;
  const template = message ? message[locale] : code;
  if (params === undefined) return template;
  let pieces = message ? split[locale].get(code) : undefined;
  if (pieces === undefined) {
    pieces = template.split(PLACEHOLDER);
    if (message) split[locale].set(code, pieces);
  }
  let text = pieces[0] ?? "";
  for (let i = 1; i < pieces.length; i += 2) {
    const name = pieces[i] ?? "";
    const value = params[name];
    text += `${value === undefined ? `{${name}}` : String(value)}${pieces[i + 1] ?? ""}`;
  }
  return text;
}
