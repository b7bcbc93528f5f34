import { NATIONAL_RULES, type ScoringOptions } from "../../../core/scoring/options";
import { h, replaceChildren } from "../dom";
import type { SectionContext } from "./context";
import { button, checkbox, field, group, radios, select } from "./fields";

/** 设置: regional scoring variants, stored in the workbook. */
export function renderSettingsSection(panel: HTMLElement, ctx: SectionContext): void {
  const { t, services, status } = ctx;
  const negative = radios(
    "negative",
    [
      ["national", t("UI_SETTINGS_NEGATIVE_NATIONAL")],
      ["ratio", t("UI_SETTINGS_NEGATIVE_RATIO")],
    ],
    "national",
  );
  const bands = select([
    ["90", t("UI_SETTINGS_BANDS_90")],
    ["80", t("UI_SETTINGS_BANDS_80")],
  ]);
  const budget = select([
    ["10", t("UI_SETTINGS_BUDGET_10")],
    ["20", t("UI_SETTINGS_BUDGET_20")],
  ]);
  const over = checkbox(t("UI_SETTINGS_OVER"), false);
  const factor = h("input", { attrs: { type: "number", min: 1, max: 5, step: 0.1, inputmode: "decimal" } });
  const factorField = field(t("UI_SETTINGS_OVER_FACTOR"), factor);
  const cap = checkbox(t("UI_SETTINGS_CAP"), true);
  over.input.addEventListener("change", () => (factor.disabled = !over.input.checked));

  function fill(options: ScoringOptions): void {
    negative.set(options.negativeFormula);
    bands.value = options.gradeBands[0] === 80 ? "80" : "90";
    budget.value = options.budgetWeight === 20 ? "20" : "10";
    over.input.checked = options.overAchievementFactor !== null;
    factor.value = String(options.overAchievementFactor ?? 1.3);
    factor.disabled = !over.input.checked;
    cap.input.checked = options.capAtWeight;
  }

  function read(): ScoringOptions | null {
    const f = Number(factor.value);
    if (over.input.checked && !(Number.isFinite(f) && f >= 1 && f <= 5)) return null;
    const budgetWeight = budget.value === "20" ? 20 : 10;
    return {
      ...ctx.settings.options,
      negativeFormula: negative.get() === "ratio" ? "ratio" : "national",
      gradeBands: bands.value === "80" ? [80, 70, 60] : [90, 80, 60],
      budgetWeight,
      indicatorWeightTotal: 100 - budgetWeight,
      overAchievementFactor: over.input.checked ? f : null,
      capAtWeight: cap.input.checked,
    };
  }

  const saveBtn = button(t("UI_SETTINGS_SAVE"), () => void save(), true);
  async function save(options = read()): Promise<void> {
    if (!options) {
      status.show("error", t("UI_SETTINGS_FACTOR_INVALID"));
      factor.focus();
      return;
    }
    const done = await status.run(
      t("UI_SETTINGS_SAVE"),
      async () => {
        await services.writeSettings(options);
        return true;
      },
      saveBtn,
    );
    if (done) {
      ctx.settings.options = options;
      fill(options);
      status.show("success", t("UI_SETTINGS_SAVED"));
    }
  }
  const resetBtn = button(t("UI_SETTINGS_RESET"), () => void save(NATIONAL_RULES));

  fill(ctx.settings.options);
  replaceChildren(
    panel,
    h("p", { className: "muted" }, t("UI_SETTINGS_INTRO")),
    group(t("UI_SETTINGS_NEGATIVE"), negative.row),
    field(t("UI_SETTINGS_BANDS"), bands),
    field(t("UI_SETTINGS_BUDGET_WEIGHT"), budget),
    group(t("UI_SETTINGS_OVER_GROUP"), over.row, factorField),
    cap.row,
    h("div", { className: "actions" }, saveBtn, resetBtn),
  );
}
