import { fromA1 } from "../../../core/address";
import type { ScoreExplanation } from "../../../core/scoring/explainScore";
import type { Finding } from "../../../core/validation";
import type { SheetCheck } from "../../excel/validateActiveSheet";
import { h, replaceChildren } from "../dom";
import type { SectionContext } from "./context";
import { button, checkbox } from "./fields";

const SEVERITIES = [
  ["error", "UI_SEVERITY_ERROR"],
  ["warning", "UI_SEVERITY_WARNING"],
  ["info", "UI_SEVERITY_INFO"],
] as const;

/** 校验: check the active sheet, findings by severity (click → cell), clear marks, live mode. */
export function renderValidateSection(panel: HTMLElement, ctx: SectionContext): void {
  const { t, services, status, locale } = ctx;
  const summary = h("p", { className: "summary", attrs: { "aria-live": "polite" } });
  const results = h("div", { className: "results" });
  let live: { stop(): Promise<void> } | undefined;

  const runBtn = button(t("UI_VALIDATE_RUN"), () => void validate(), true);
  const clearBtn = button(t("UI_VALIDATE_CLEAR"), () => void clear());
  const liveToggle = checkbox(t("UI_VALIDATE_LIVE"), false, "switch");

  async function validate(): Promise<void> {
    const check = await status.run(
      t("UI_VALIDATE_RUN"),
      () => services.validate(ctx.settings.options),
      runBtn,
    );
    if (check) {
      show(check);
      status.clear();
    }
  }

  async function clear(): Promise<void> {
    const count = await status.run(t("UI_VALIDATE_CLEAR"), () => services.clearMarks(), clearBtn);
    if (count !== undefined) {
      replaceChildren(results);
      replaceChildren(summary);
      status.show("success", t("UI_MARKS_CLEARED", { count }));
    }
  }

  liveToggle.input.addEventListener("change", () => void toggleLive());
  async function toggleLive(): Promise<void> {
    const on = liveToggle.input.checked;
    liveToggle.input.setAttribute("aria-checked", String(on));
    if (on && !live) {
      live = await status.run(t("UI_VALIDATE_LIVE"), () =>
        services.startLive(
          () => ctx.settings.options,
          (check) => show(check),
          (error) =>
            status.show(
              "error",
              t("UI_ERROR_GENERIC", {
                action: t("UI_VALIDATE_LIVE"),
                detail: String((error as Error)?.message ?? error),
              }),
            ),
        ),
      );
      if (!live) {
        liveToggle.input.checked = false;
        liveToggle.input.setAttribute("aria-checked", "false");
        return;
      }
      status.show("info", t("UI_VALIDATE_LIVE_ON"));
      await validate();
    } else if (!on && live) {
      const stopping = live;
      live = undefined;
      await status.run(t("UI_VALIDATE_LIVE"), () => stopping.stop());
      status.show("info", t("UI_VALIDATE_LIVE_OFF"));
    }
  }

  async function goTo(finding: Finding): Promise<void> {
    const ok = await status.run(finding.cell, () => services.selectCell(finding.sheet, finding.cell));
    if (ok === false) status.show("error", t("UI_CELL_GONE", { cell: finding.cell }));
  }

  function show(check: SheetCheck): void {
    if (check.tables.length === 0) {
      replaceChildren(summary, t("UI_NO_TABLE_HERE"));
      replaceChildren(results);
      return;
    }
    const counts = { error: 0, warning: 0, info: 0 };
    for (const f of check.findings) counts[f.severity] += 1;
    const totals = check.tables
      .filter((x) => x.validation.total !== undefined)
      .map((x) =>
        h(
          "li",
          {},
          t("UI_VALIDATE_TOTAL", {
            kind: services.templates.find((k) => k.id === x.table.kind)?.title[locale] ?? x.table.kind,
            total: (x.validation.total ?? 0).toFixed(2),
            grade: x.validation.grade ?? "-",
          }),
        ),
      );
    replaceChildren(
      summary,
      check.findings.length === 0
        ? t("UI_VALIDATE_CLEAN", { tables: check.tables.length })
        : t("UI_VALIDATE_SUMMARY", { errors: counts.error, warnings: counts.warning, infos: counts.info }),
    );
    const explanations = explanationsByRow(check);
    const groups = SEVERITIES.filter(([severity]) => counts[severity] > 0).map(([severity, label]) => {
      const headingId = `findings-${severity}`;
      return h(
        "section",
        { className: `findings findings--${severity}`, attrs: { "aria-labelledby": headingId } },
        h(
          "h3",
          { id: headingId, className: "findings__title" },
          t(label),
          h("span", { className: "badge" }, counts[severity]),
        ),
        h(
          "ul",
          { className: "findings__list" },
          ...check.findings
            .filter((f) => f.severity === severity)
            .map((f) => {
              const message = t.issue(f);
              // A score finding says how the rule score was reached, from the same builder as the CLI.
              const at = f.code.startsWith("SCORES_") ? fromA1(f.cell) : null;
              const explanation = at ? explanations.get(`${f.sheet ?? ""}\u0000${at.row}`) : undefined;
              return h(
                "li",
                {},
                h(
                  "button",
                  {
                    className: "finding",
                    attrs: { type: "button", "aria-label": t("UI_FINDING_GOTO", { cell: f.cell, message }) },
                    on: { click: () => void goTo(f) },
                  },
                  h("span", { className: "finding__cell" }, f.cell),
                  h("span", { className: "finding__text" }, message),
                  explanation ? h("span", { className: "finding__why" }, t.issue(explanation)) : null,
                ),
              );
            }),
        ),
      );
    });
    replaceChildren(
      results,
      totals.length ? h("ul", { className: "totals" }, ...totals) : null,
      ...groups,
      ...check.tables.map((x) => scoreList(x)),
    );
  }

  /** Every recomputed score of a table with how it was reached, folded away until opened. */
  function scoreList(x: SheetCheck["tables"][number]): HTMLElement | null {
    const nameOf = new Map(x.table.indicators.map((r) => [r.row, r.name.value]));
    const items: HTMLElement[] = [];
    const budget = x.validation.budget?.explanation;
    if (budget) items.push(h("li", {}, t.issue(budget)));
    for (const s of x.validation.scores) {
      if (!s.explanation) continue;
      const label = t("UI_SCORE_ROW", { row: s.row + 1, name: nameOf.get(s.row) ?? "" });
      items.push(h("li", {}, h("span", { className: "score__row" }, label), " ", t.issue(s.explanation)));
    }
    if (items.length === 0) return null;
    return h(
      "details",
      { className: "scores" },
      h("summary", {}, t("UI_SCORES_HEADING", { count: items.length })),
      h("ul", { className: "scores__list" }, ...items),
    );
  }

  replaceChildren(
    panel,
    h("div", { className: "actions" }, runBtn, clearBtn),
    liveToggle.row,
    summary,
    results,
  );
}

/** Each scored row's explanation, by sheet and 0-based row. */
function explanationsByRow(check: SheetCheck): Map<string, ScoreExplanation> {
  const byRow = new Map<string, ScoreExplanation>();
  for (const x of check.tables) {
    const sheet = x.table.sheet ?? check.sheet;
    for (const s of x.validation.scores)
      if (s.explanation) byRow.set(`${sheet}\u0000${s.row}`, s.explanation);
  }
  return byRow;
}
