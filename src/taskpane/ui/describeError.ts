import type { MessageCode } from "../../core/messages";
import type { Translate } from "./i18n";
import { PaneError } from "./paneError";

/** Office error codes (OfficeExtension.Error.code) that have advice of their own. */
const ADVICE = {
  InvalidOperationInCellEditMode: "UI_ERROR_EDIT_MODE",
  AccessDenied: "UI_ERROR_PROTECTED",
  InsertDeleteConflict: "UI_ERROR_PROTECTED",
  ItemNotFound: "UI_ERROR_NOT_FOUND",
  InvalidReference: "UI_ERROR_NOT_FOUND",
  ApiNotFound: "UI_ERROR_UNSUPPORTED",
  UnsupportedOperation: "UI_ERROR_UNSUPPORTED",
} as const satisfies Record<string, MessageCode>;

/**
 * A message telling the user what failed and what to do about it.
 *
 * @example
 * describeError({ code: "InvalidOperationInCellEditMode" }, "校验", t); // "校验未完成：Excel 正在编辑单元格…"
 */
export function describeError(error: unknown, action: string, t: Translate): string {
  if (error instanceof PaneError) return t.issue(error.refusal);
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  const advice =
    typeof code === "string" && Object.prototype.hasOwnProperty.call(ADVICE, code)
      ? ADVICE[code as keyof typeof ADVICE]
      : undefined;
  if (advice) return t(advice, { action });
  const detail =
    error instanceof Error
      ? error.message
      : typeof error === "string"
        ? error
        : typeof code === "string"
          ? code
          : "?";
  return t("UI_ERROR_GENERIC", { action, detail: detail.slice(0, 200) });
}
