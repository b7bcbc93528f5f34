import { NATIONAL_RULES } from "../../core/scoring/options";
import type { Locale } from "../../core/messages";
import { h, replaceChildren } from "./dom";
import { createTranslate } from "./i18n";
import { renderHelpSection } from "./sections/helpSection";
import { renderInsertSection } from "./sections/insertSection";
import { renderLibrarySection } from "./sections/librarySection";
import { renderSettingsSection } from "./sections/settingsSection";
import { renderValidateSection } from "./sections/validateSection";
import type { SectionContext } from "./sections/context";
import type { PaneServices } from "./services";
import { createStatusBar } from "./statusBar";
import { createTabs } from "./tabs";

/**
 * Builds the whole pane into `root`: title, the five sections as tabs, the status line. Scoring settings
 * are read from the workbook in the background; until then (or if that fails) the national rules apply.
 */
export function mountApp(root: HTMLElement, services: PaneServices, locale: Locale): void {
  const t = createTranslate(locale);
  document.documentElement.lang = locale;
  document.title = t("UI_APP_TITLE");
  const status = createStatusBar(t);
  const ctx: SectionContext = { services, t, locale, status, settings: { options: NATIONAL_RULES } };
  const tabs = createTabs(
    t("UI_TABS_LABEL"),
    [
      { id: "insert", label: t("UI_TAB_INSERT"), render: (p) => renderInsertSection(p, ctx) },
      { id: "validate", label: t("UI_TAB_VALIDATE"), render: (p) => renderValidateSection(p, ctx) },
      { id: "library", label: t("UI_TAB_LIBRARY"), render: (p) => renderLibrarySection(p, ctx) },
      { id: "settings", label: t("UI_TAB_SETTINGS"), render: (p) => renderSettingsSection(p, ctx) },
      { id: "help", label: t("UI_TAB_HELP"), render: (p) => renderHelpSection(p, ctx) },
    ],
    // a message about another section would be stale here; work in progress keeps its bar
    () => {
      if (!status.element.classList.contains("status--progress")) status.clear();
    },
  );
  root.removeAttribute("aria-busy");
  replaceChildren(
    root,
    h("header", { className: "app__header" }, h("h1", {}, t("UI_APP_TITLE"))),
    tabs,
    status.element,
  );

  // anything that escapes a handler still ends as a message, never as a silent, dead pane
  window.addEventListener("unhandledrejection", (event) => {
    status.show(
      "error",
      t("UI_ERROR_GENERIC", {
        action: t("UI_APP_TITLE"),
        detail: event.reason instanceof Error ? event.reason.message : String(event.reason),
      }),
    );
  });
  window.addEventListener("error", (event) => {
    status.show("error", t("UI_ERROR_GENERIC", { action: t("UI_APP_TITLE"), detail: String(event.message) }));
  });

  // A workbook whose PERF calls were evaluated before the add-in loaded keeps #NAME? until they are
  // re-entered (office-js #6395, #4185): do it on opening, on every sheet, and say so.
  void services
    .repairNameErrors()
    .then(({ count }) => {
      if (count > 0) status.show("info", t("UI_REPAIRED_ON_OPEN", { count }));
    })
    .catch(() => {
      // the 修复公式 button remains; an Excel that refuses this now will say why there
    });

  void services
    .readSettings()
    .then((parsed) => {
      ctx.settings.options = parsed.options;
      if (parsed.findings.length > 0) status.show("info", t("UI_SETTINGS_LOADED_INVALID"));
    })
    .catch(() => {
      // national rules stay in force; 设置 shows them and saving fixes the workbook
    });
}
