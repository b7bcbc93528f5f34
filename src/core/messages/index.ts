/**
 * The one message catalogue. Each family keeps its messages in catalogue/<family>.ts;
 * this file merges them and is the only way to turn a code into text.
 */
import type { Locale, Message } from "./types";
import { commonMessages } from "./catalogue/common";
import { validationMessages } from "./catalogue/validation";
import { templatesMessages } from "./catalogue/templates";
import { targetMessages } from "./catalogue/target";
import { workbookMessages } from "./catalogue/workbook";
import { scoringMessages } from "./catalogue/scoring";
import { functionsMessages } from "./catalogue/functions";
import { uiMessages } from "./catalogue/ui";
import { cliMessages } from "./catalogue/cli";

export type { Locale, Message } from "./types";

export const catalogue = {
  ...commonMessages,
  ...validationMessages,
  ...templatesMessages,
  ...targetMessages,
  ...workbookMessages,
  ...scoringMessages,
  ...functionsMessages,
  ...uiMessages,
  ...cliMessages,
} as const satisfies Record<string, Message>;

export type MessageCode = keyof typeof catalogue;

export function isMessageCode(code: string): code is MessageCode {
  return Object.prototype.hasOwnProperty.call(catalogue, code);
}

/** Text of `code` in `locale` with {placeholders} filled; an unknown code is shown as itself. */
export function formatMessage(
  code: string,
  params: Readonly<Record<string, string | number>> = {},
  locale: Locale = "zh-CN",
): string {
  const message: Message | undefined = isMessageCode(code) ? catalogue[code] : undefined;
  const template = message ? message[locale] : code;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}
