import { formatMessage } from "../../core/messages";

/** Human output: Chinese with English after (default), or one language. */
export type OutputLanguage = "both" | "zh-CN" | "en";

/**
 * One catalogue message in the chosen language(s); with "both", Chinese then English joined by `join`.
 *
 * @example
 * say("CHECK_SEVERITY_ERROR", {}, "both"); // "错误 Errors"
 */
export function say(
  code: string,
  params: Readonly<Record<string, string | number>> = {},
  language: OutputLanguage = "both",
  join = " ",
): string {
  if (language !== "both") return formatMessage(code, params, language);
  return `${formatMessage(code, params, "zh-CN")}${join}${formatMessage(code, params, "en")}`;
}

/** Catalogue code of a table kind's display name. */
export function kindCode(kind: string): string {
  return `CHECK_KIND_${kind.toUpperCase().replace(/[^A-Z0-9]+/g, "_")}`;
}
