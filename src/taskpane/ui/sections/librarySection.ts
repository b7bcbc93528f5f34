import {
  libraryFrameworkOf,
  searchLibrary,
  type LibraryEntry,
  type LibraryFramework,
} from "../../../core/library";
import { h, replaceChildren } from "../dom";
import type { SectionContext } from "./context";
import { field, select } from "./fields";

const MAX_RESULTS = 30;

/** 指标库: search by Chinese or pinyin initials, insert an indicator into the table at the selection. */
export function renderLibrarySection(panel: HTMLElement, ctx: SectionContext): void {
  const { t, services, status } = ctx;
  const query = h("input", { attrs: { type: "search", autocomplete: "off", spellcheck: "false" } });
  const list = select([
    ["national", t("UI_FRAMEWORK_NATIONAL")],
    ["sh2020", t("UI_FRAMEWORK_SH2020")],
  ]);
  const count = h("p", { className: "muted", attrs: { "aria-live": "polite" } });
  const results = h("ul", { className: "library" });

  async function insert(entry: LibraryEntry, trigger: HTMLButtonElement): Promise<void> {
    const result = await status.run(
      t("UI_LIBRARY_INSERT_LABEL", { name: entry.name }),
      () => services.insertLibraryIndicator(entry),
      trigger,
    );
    if (!result) return;
    if (result.ok)
      status.show("success", t("UI_LIBRARY_INSERTED", { name: entry.name, cell: result.address }));
    else status.show("error", t("UI_NO_TABLE_HERE"));
  }

  function update(): void {
    const found = searchLibrary(query.value, {
      framework: list.value as LibraryFramework,
      limit: MAX_RESULTS,
    });
    replaceChildren(
      count,
      found.length ? t("UI_LIBRARY_COUNT", { count: found.length }) : t("UI_LIBRARY_NONE"),
    );
    replaceChildren(
      results,
      ...found.map((entry) => {
        const insertBtn = h(
          "button",
          {
            className: "btn btn--small",
            attrs: { type: "button", "aria-label": t("UI_LIBRARY_INSERT_LABEL", { name: entry.name }) },
          },
          t("UI_LIBRARY_INSERT"),
        );
        insertBtn.addEventListener("click", () => void insert(entry, insertBtn));
        return h(
          "li",
          { className: "library__item" },
          h(
            "div",
            { className: "library__text" },
            h("span", { className: "library__name" }, entry.name),
            h("span", { className: "library__target" }, entry.target),
            h("span", { className: "library__path" }, `${entry.level1} › ${entry.level2}`),
          ),
          insertBtn,
        );
      }),
    );
  }

  query.addEventListener("input", update);
  list.addEventListener("change", update);
  update();
  // open the list that suits the table on the sheet, unless the user already chose one
  let chosen = false;
  list.addEventListener("change", () => (chosen = true), { once: true });
  void services
    .tableFramework()
    .then((framework) => {
      if (framework === undefined || chosen) return;
      list.value = libraryFrameworkOf(framework);
      update();
    })
    .catch(() => {
      // no table or no answer: the national list stays
    });
  replaceChildren(
    panel,
    field(t("UI_LIBRARY_SEARCH"), query),
    field(t("UI_LIBRARY_LIST"), list),
    count,
    results,
  );
}
