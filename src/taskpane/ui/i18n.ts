import { formatMessage, type Locale } from "../../core/messages";

/** Text of a catalogue code in the pane's language. */
export type Translate = (code: string, params?: Readonly<Record<string, string | number>>) => string;

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
  return (code, params = {}) => formatMessage(code, params, locale);
}
