import {
  formatIssue,
  type Locale,
  type MessageCode,
  type MessageRef,
  type ParamsArgs,
} from "../../core/messages";

/** Text of a catalogue code in the pane's language; the params are typed from the message. */
export interface Translate {
  <C extends MessageCode>(code: C, ...params: ParamsArgs<C>): string;
  /** Text of an issue or refusal: its code with its own params. */
  issue(ref: MessageRef): string;
}

/**
 * The pane's language: English when Office runs in English, Chinese otherwise (the users are Chinese
 * budget units; an unknown or missing language means Chinese).
 *
 * @example
 * pickLocale("en-US"); // "en"
 * pickLocale(undefined); // "zh-CN"
 */
export function pickLocale(displayLanguage: string | undefined | null): Locale {
  return typeof displayLanguage === "string" && displayLanguage.toLowerCase().startsWith("en")
    ? "en"
    : "zh-CN";
}

/** A {@link Translate} bound to `locale`. */
export function createTranslate(locale: Locale): Translate {
  const issue = (ref: MessageRef): string => formatIssue(ref, locale);
  // ParamsArgs<C> made sure the params fit the code; a generic C cannot be narrowed to one MessageRef.
  const translate = <C extends MessageCode>(code: C, ...[params]: ParamsArgs<C>): string =>
    formatIssue({ code, params } as MessageRef, locale);
  return Object.assign(translate, { issue });
}
