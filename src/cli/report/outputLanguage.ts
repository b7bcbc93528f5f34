import { formatIssue, type MessageCode, type MessageRef, type ParamsOf } from "../../core/messages";

/** Human output: Chinese with English after (default), or one language. */
export type OutputLanguage = "both" | "zh-CN" | "en";

/**
 * One catalogue message in the chosen language(s); with "both", Chinese then English joined by `join`.
 *
 * @example
 * say("CHECK_SEVERITY_ERROR", {}, "both"); // "错误 Errors"
 */
export function say<C extends MessageCode>(
  code: C,
  params: ParamsOf<C>,
  language: OutputLanguage = "both",
  join = " ",
): string {
  return sayRef({ code, params } as MessageRef, language, join);
}

/**
 * A finding's or refusal's message (its code with its own params) in the chosen language(s).
 *
 * @example
 * sayRef(finding, "en"); // "Level-3 indicator “…” appears twice …"
 */
export function sayRef(ref: MessageRef, language: OutputLanguage = "both", join = " "): string {
  if (language !== "both") return formatIssue(ref, language);
  return `${formatIssue(ref, "zh-CN")}${join}${formatIssue(ref, "en")}`;
}
