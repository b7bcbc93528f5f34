import type { MessageCode, MessageRef } from "../../../core/messages";
import type { FrameworkId } from "../../../core/frameworks";
import type { AmountUnit, KindDefinition } from "../../../core/templates";
import { h, replaceChildren, uniqueId } from "../dom";
import type { SectionContext } from "./context";
import { button, field, group, select } from "./fields";

const FRAMEWORK_LABEL = {
  national: "UI_FRAMEWORK_NATIONAL",
  "national-pre2021": "UI_FRAMEWORK_NATIONAL_PRE2021",
  sh2020: "UI_FRAMEWORK_SH2020",
  sh2019: "UI_FRAMEWORK_SH2019",
  evaluation: "UI_FRAMEWORK_EVALUATION",
} as const satisfies Record<FrameworkId, MessageCode>;

/** 插入表格: gallery of table kinds, options, insert blank/example, indicator rows, repair formulas. */
export function renderInsertSection(panel: HTMLElement, ctx: SectionContext): void {
  const { t, locale, services, status } = ctx;
  const kinds = services.templates;
  let chosen: KindDefinition | undefined = kinds[0];

  const galleryName = uniqueId("kind");
  const gallery = h("div", {
    className: "gallery",
    attrs: { role: "radiogroup", "aria-label": t("UI_INSERT_KINDS_LABEL") },
  });
  if (kinds.length === 0) gallery.appendChild(h("p", { className: "muted" }, t("UI_INSERT_NO_KINDS")));
  for (const kind of kinds) {
    const id = uniqueId("kind");
    const input = h("input", {
      attrs: { type: "radio", name: galleryName, value: kind.id, "aria-describedby": `${id}-d` },
    });
    input.id = id;
    input.checked = kind === chosen;
    input.addEventListener("change", () => {
      chosen = kind;
      updateOptions();
    });
    gallery.appendChild(
      h(
        "label",
        { className: "card", attrs: { for: id } },
        input,
        h("span", { className: "card__title" }, kind.title[locale]),
        h("span", { className: "card__desc", id: `${id}-d` }, kind.description[locale]),
      ),
    );
  }

  const year = h("input", { attrs: { type: "number", min: 2000, max: 2100, step: 1, inputmode: "numeric" } });
  year.value = String(new Date().getFullYear());
  const unit = select([
    ["万元", t("UI_UNIT_WAN")],
    ["元", t("UI_UNIT_YUAN")],
  ]);
  const framework = select([]);
  // PERF where this Excel runs custom functions, portable (built-in functions) elsewhere; the user decides.
  const formulas = select([
    ["perf", t("UI_FORMULAS_PERF")],
    ["portable", t("UI_FORMULAS_PORTABLE")],
  ]);
  formulas.value = services.defaultFormulaMode();
  const frameworkField = field(t("UI_OPTION_FRAMEWORK"), framework);
  const exampleBtn = button(t("UI_INSERT_EXAMPLE"), () => void insert(true, exampleBtn));
  const blankBtn = button(t("UI_INSERT_BLANK"), () => void insert(false, blankBtn), true);

  function updateOptions(): void {
    const options = chosen?.frameworks ?? [];
    replaceChildren(
      framework,
      ...options.map((id) => h("option", { attrs: { value: id } }, t(FRAMEWORK_LABEL[id]))),
    );
    frameworkField.hidden = options.length < 2;
    exampleBtn.hidden = !chosen?.example;
    blankBtn.disabled = !chosen;
  }

  async function insert(example: boolean, trigger: HTMLButtonElement): Promise<void> {
    if (!chosen) return;
    const y = Number(year.value);
    if (!Number.isInteger(y) || y < 2000 || y > 2100) {
      status.show("error", t("UI_YEAR_INVALID"));
      year.focus();
      return;
    }
    const action = trigger.textContent ?? "";
    const kind = chosen;
    const result = await status.run(
      action,
      () =>
        services.insertTemplate(
          kind.id,
          {
            year: y,
            unit: unit.value as AmountUnit,
            ...(framework.value ? { framework: framework.value as FrameworkId } : {}),
          },
          example,
          formulas.value === "portable" ? "portable" : "perf",
          ctx.settings.options,
        ),
      trigger,
    );
    if (!result) return;
    const done = result.sheet ? t("UI_INSERTED_AT", { sheet: result.sheet }) : t("UI_DONE", { action });
    // inserted, but something (the print setup) did not apply: say what, and what to do by hand
    if (result.warnings.length > 0) {
      status.show(
        "info",
        [done, ...result.warnings.map((code) => t.issue({ code } as MessageRef))].join(" "),
      );
    } else {
      status.show("success", done);
    }
  }

  const rows = h("input", { attrs: { type: "number", min: 1, max: 50, step: 1, inputmode: "numeric" } });
  rows.value = "1";
  const rowsBtn = button(t("UI_INSERT_ROWS"), () => void insertRows());
  async function insertRows(): Promise<void> {
    const n = Number(rows.value);
    if (!Number.isInteger(n) || n < 1 || n > 50) {
      status.show("error", t("UI_ROWS_INVALID"));
      rows.focus();
      return;
    }
    const result = await status.run(t("UI_INSERT_ROWS"), () => services.insertIndicatorRows(n), rowsBtn);
    if (result) status.show("success", t("UI_ROWS_INSERTED", { count: result.count }));
  }
  const repairBtn = button(t("UI_REPAIR"), () => void repair());
  async function repair(): Promise<void> {
    const result = await status.run(t("UI_REPAIR"), () => services.repairFormulas(), repairBtn);
    if (result) status.show("success", t("UI_REPAIRED", { count: result.count }));
  }

  const exportBtn = button(t("UI_EXPORT_PORTABLE"), () => void exportPortable());
  async function exportPortable(): Promise<void> {
    const result = await status.run(
      t("UI_EXPORT_PORTABLE"),
      () => services.exportPortableCopy(ctx.settings.options),
      exportBtn,
    );
    if (result)
      status.show("success", t("UI_EXPORTED_PORTABLE", { sheet: result.sheet, count: result.count }));
  }

  updateOptions();
  replaceChildren(
    panel,
    h("h2", { className: "section-title" }, t("UI_INSERT_HEADING")),
    gallery,
    group(
      t("UI_OPTIONS_HEADING"),
      h("div", { className: "row" }, field(t("UI_OPTION_YEAR"), year), field(t("UI_OPTION_UNIT"), unit)),
      frameworkField,
      field(t("UI_OPTION_FORMULAS"), formulas),
      h("p", { className: "muted" }, t("UI_FORMULAS_HINT")),
    ),
    h("div", { className: "actions" }, blankBtn, exampleBtn),
    group(
      t("UI_INSERT_ROWS_HEADING"),
      h("div", { className: "row row--end" }, field(t("UI_INSERT_ROWS_COUNT"), rows), rowsBtn),
      h("div", { className: "actions" }, repairBtn, exportBtn),
    ),
  );
}
