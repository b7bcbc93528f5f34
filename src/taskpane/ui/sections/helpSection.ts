import { h, replaceChildren } from "../dom";
import type { SectionContext } from "./context";

/** 帮助: what the pane does, step by step, how to convert an old .xls, and how to use it from the keyboard. */
export function renderHelpSection(panel: HTMLElement, ctx: SectionContext): void {
  const { t } = ctx;
  replaceChildren(
    panel,
    h("p", {}, t("UI_HELP_INTRO")),
    h(
      "ol",
      { className: "help" },
      ...(
        [
          "UI_HELP_STEP_INSERT",
          "UI_HELP_STEP_VALIDATE",
          "UI_HELP_STEP_LIBRARY",
          "UI_HELP_STEP_FUNCTIONS",
        ] as const
      ).map((code) => h("li", {}, t(code))),
    ),
    // An .xls opened in Excel runs in Compatibility Mode without add-ins: this is read on an .xlsx beforehand.
    h("p", {}, t("UI_HELP_OLD_FORMATS")),
    h(
      "p",
      {},
      t("UI_HELP_REVIEW"),
      " ",
      // review.html sits beside taskpane.html in dist/; a new window, so the pane stays as it is.
      h("a", { attrs: { href: "review.html", target: "_blank", rel: "noopener" } }, t("UI_HELP_REVIEW_LINK")),
    ),
    h("p", { className: "muted" }, t("UI_HELP_KEYBOARD")),
  );
}
