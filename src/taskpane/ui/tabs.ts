import { h } from "./dom";

export interface TabSpec {
  readonly id: string;
  readonly label: string;
  /** Builds the panel's content the first time the tab is shown. */
  readonly render: (panel: HTMLElement) => void;
}

/**
 * An ARIA tablist (WAI-ARIA tabs pattern): one tab in the tab order, arrow keys / Home / End move
 * between tabs and show them, each panel labelled by its tab and focusable.
 */
export function createTabs(
  label: string,
  specs: readonly TabSpec[],
  onSelect?: (id: string) => void,
): HTMLElement {
  const tablist = h("div", { className: "tabs__list", attrs: { role: "tablist", "aria-label": label } });
  const panels = h("div", { className: "tabs__panels" });
  const rendered = new Set<string>();
  const tabs = specs.map((spec) =>
    h(
      "button",
      {
        className: "tabs__tab",
        id: `tab-${spec.id}`,
        attrs: {
          type: "button",
          role: "tab",
          "aria-controls": `panel-${spec.id}`,
          "aria-selected": "false",
          tabindex: -1,
        },
      },
      spec.label,
    ),
  );
  const panelEls = specs.map((spec) =>
    h("section", {
      className: "tabs__panel",
      id: `panel-${spec.id}`,
      attrs: { role: "tabpanel", "aria-labelledby": `tab-${spec.id}`, tabindex: 0, hidden: true },
    }),
  );
  const select = (index: number, focus: boolean): void => {
    tabs.forEach((tab, i) => {
      const on = i === index;
      tab.setAttribute("aria-selected", on ? "true" : "false");
      tab.tabIndex = on ? 0 : -1;
      const panel = panelEls[i];
      if (panel) panel.hidden = !on;
    });
    const spec = specs[index];
    const panel = panelEls[index];
    if (spec && panel && !rendered.has(spec.id)) {
      rendered.add(spec.id);
      spec.render(panel);
    }
    if (focus) tabs[index]?.focus();
    if (spec) onSelect?.(spec.id);
  };
  tabs.forEach((tab, i) => {
    tab.addEventListener("click", () => select(i, false));
    tab.addEventListener("keydown", (event) => {
      const last = tabs.length - 1;
      const to =
        event.key === "ArrowRight"
          ? i === last
            ? 0
            : i + 1
          : event.key === "ArrowLeft"
            ? i === 0
              ? last
              : i - 1
            : event.key === "Home"
              ? 0
              : event.key === "End"
                ? last
                : -1;
      if (to >= 0) {
        event.preventDefault();
        select(to, true);
      }
    });
    tablist.appendChild(tab);
  });
  panelEls.forEach((p) => panels.appendChild(p));
  select(0, false);
  return h("div", { className: "tabs" }, tablist, panels);
}
