/**
 * The reviewer's page (dist/review.html): drop or pick workbooks or whole folders, each read and
 * checked in Web Workers (reviewWorker.ts) on this machine — nothing is uploaded, no request leaves
 * the page (its CSP says connect-src 'none') — results streamed into a summary table, a file's findings
 * and scores (with how each was reached) on a click, filters, and the review workbook as a download.
 */
import type { CheckedFile, CheckedTable } from "../check/checkedFile";
import { kindLabel } from "../core/kinds";
import { formatIssue, formatMessage, type Locale, type MessageRef } from "../core/messages";
import type { TableKind } from "../core/tables";
import { h, replaceChildren } from "../taskpane/ui/dom";
import { filesFromDrop, filesFromInput, type Submission } from "./collectFiles";
import type { CheckRequest, CheckResponse } from "./reviewProtocol";
import { summariseFile, type FileSummary } from "./summariseFile";

// The stylesheet is a file of its own (asset module through `new URL`), as in the pane: style-src 'self'.
const styleLink = document.createElement("link");
styleLink.rel = "stylesheet";
styleLink.href = new URL("./review.css", import.meta.url).href;
document.head.appendChild(styleLink);

const locale: Locale = /^en\b/i.test(navigator.language) ? "en" : "zh-CN";
document.documentElement.lang = locale;
type Say = typeof formatMessage;
const t = ((code, ...rest) => formatMessage(code, rest[0] as never, locale)) as Say;
const say = (ref: MessageRef, l: Locale = locale): string => formatIssue(ref, l);

/** The presets of `--rules` (src/core/settings/rulePresets.ts) offered as choices over the national rules. */
const PRESETS = [
  ["ratio", "REVIEW_RULE_RATIO"],
  ["guangxi", "REVIEW_RULE_GUANGXI"],
  ["bands80", "REVIEW_RULE_BANDS80"],
  ["budget20", "REVIEW_RULE_BUDGET20"],
] as const;

/** What the download is saved as. */
const REPORT_FILE_NAME = "审核报告.xlsx";

/**
 * Workers: one per core, at most four. The page's own thread only paints every 250 ms, so it needs no
 * core of its own (bench, 2 CPUs: 2 workers 8.1 s for 1,000 files, 1 worker 9.6 s).
 */
const POOL = Math.max(1, Math.min(4, navigator.hardwareConcurrency || 2));

interface Row {
  /** Position in the sorted list of submissions: the table keeps this order. */
  readonly index: number;
  readonly submission: Submission;
  readonly tr: HTMLTableRowElement;
  result?: CheckedFile;
  summary?: FileSummary;
}

let rows: Row[] = [];
let run = 0;
let done = 0;
let workers: Worker[] = [];
const dirty = new Set<Row>();
let paintTimer: ReturnType<typeof setTimeout> | undefined;

/**
 * Results are painted in batches at most this often: each paint re-lays out the table, and at one
 * paint per result a thousand-row table kept the page's thread busy (bench: 64 ms a file, long tasks
 * of up to 0.9 s, the worker waiting for its next file).
 */
const PAINT_EVERY_MS = 250;

/** Files queued at each worker, so it never waits for the page to hand it the next one. */
const IN_FLIGHT = 3;

// ---------- page ----------
const fileInput = h("input", {
  attrs: { type: "file", multiple: true, accept: ".xlsx,.xlsm,.xls,.et", hidden: true },
});
const folderInput = h("input", { attrs: { type: "file", webkitdirectory: true, hidden: true } });
const pickFiles = h(
  "button",
  { attrs: { type: "button" }, on: { click: () => fileInput.click() } },
  t("REVIEW_PICK_FILES"),
);
const pickFolder = h(
  "button",
  { attrs: { type: "button" }, on: { click: () => folderInput.click() } },
  t("REVIEW_PICK_FOLDER"),
);
const drop = h(
  "div",
  { className: "drop", attrs: { role: "region", "aria-label": t("REVIEW_DROP") } },
  h("p", { className: "drop__text" }, t("REVIEW_DROP")),
  h("div", { className: "drop__buttons" }, pickFiles, pickFolder),
  fileInput,
  folderInput,
);
const presetBoxes = PRESETS.map(([name, label]) => {
  const input = h("input", { attrs: { type: "checkbox", value: name } });
  return { name, input, row: h("label", { className: "check" }, input, " ", t(label)) };
});
const storedBox = h("input", { attrs: { type: "checkbox" } });
const rules = h(
  "fieldset",
  { className: "rules" },
  h("legend", {}, t("REVIEW_RULES")),
  h("p", { className: "muted" }, t("REVIEW_RULE_NATIONAL")),
  ...presetBoxes.map((p) => p.row),
  h("label", { className: "check" }, storedBox, " ", t("REVIEW_WORKBOOK_RULES")),
);
const progress = h("progress", { attrs: { max: 1, value: 0 } });
const progressText = h("span", { className: "progress__text", attrs: { "aria-live": "polite" } });
const errorsOnly = h("input", { attrs: { type: "checkbox" } });
const kindFilter = h("select", { attrs: { "aria-label": t("REVIEW_FILTER_KIND") } });
const download = h(
  "button",
  { className: "primary", attrs: { type: "button", disabled: true } },
  t("REVIEW_DOWNLOAD"),
);
const downloadStatus = h("span", { className: "muted", attrs: { "aria-live": "polite" } });
const tbody = h("tbody", {});
const table = h(
  "table",
  { className: "files" },
  h(
    "thead",
    {},
    h(
      "tr",
      {},
      ...(
        [
          "REVIEW_COL_FILE",
          "REVIEW_COL_TABLES",
          "REVIEW_COL_KIND",
          "REVIEW_COL_TOTAL",
          "REVIEW_COL_GRADE",
          "REVIEW_COL_FINDINGS",
          "REVIEW_COL_STATUS",
        ] as const
      ).map((code) => h("th", { attrs: { scope: "col" } }, t(code))),
    ),
  ),
  tbody,
);
const detailBody = h("div", { className: "detail__body" });
const detail = h(
  "dialog",
  { className: "detail", attrs: { "aria-labelledby": "detail-title" } },
  h(
    "div",
    { className: "detail__head" },
    h("h2", { id: "detail-title" }),
    h(
      "button",
      { className: "detail__close", attrs: { type: "button" }, on: { click: () => detail.close() } },
      t("REVIEW_DETAIL_CLOSE"),
    ),
  ),
  detailBody,
);

document.title = t("REVIEW_TITLE");
replaceChildren(
  document.getElementById("app") as HTMLElement,
  h(
    "header",
    { className: "head" },
    h("h1", {}, t("REVIEW_TITLE")),
    h("p", { className: "muted" }, t("REVIEW_INTRO")),
  ),
  h("section", { className: "controls" }, drop, rules),
  h("section", { className: "progress" }, progress, progressText),
  h(
    "section",
    { className: "toolbar" },
    h("label", { className: "check" }, errorsOnly, " ", t("REVIEW_FILTER_ERRORS")),
    kindFilter,
    h("span", { className: "toolbar__gap" }),
    downloadStatus,
    download,
  ),
  h("div", { className: "table-wrap" }, table),
  detail,
);
fillKindFilter([]);

// ---------- input ----------
fileInput.addEventListener("change", () => {
  if (fileInput.files) start(filesFromInput(fileInput.files, false));
  fileInput.value = "";
});
folderInput.addEventListener("change", () => {
  if (folderInput.files) start(filesFromInput(folderInput.files, true));
  folderInput.value = "";
});
for (const type of ["dragenter", "dragover"] as const) {
  drop.addEventListener(type, (event) => {
    event.preventDefault();
    drop.classList.add("drop--over");
  });
}
drop.addEventListener("dragleave", () => drop.classList.remove("drop--over"));
drop.addEventListener("drop", (event) => {
  event.preventDefault();
  drop.classList.remove("drop--over");
  if (event.dataTransfer) void filesFromDrop(event.dataTransfer).then(start);
});
// A file dropped beside the zone must not make the browser navigate away from the results.
window.addEventListener("dragover", (event) => event.preventDefault());
window.addEventListener("drop", (event) => event.preventDefault());
for (const p of presetBoxes) p.input.addEventListener("change", restart);
storedBox.addEventListener("change", restart);
errorsOnly.addEventListener("change", applyFilters);
kindFilter.addEventListener("change", applyFilters);
download.addEventListener("click", () => void offerDownload());

// ---------- checking ----------
function start(submissions: Submission[]): void {
  if (submissions.length === 0) return;
  rows = submissions.map((submission, index) => ({ index, submission, tr: h("tr", {}) }));
  // Rows join the table as their results arrive (the progress bar counts the rest): a thousand
  // waiting rows laid out at once kept the page's thread busy for most of a second.
  replaceChildren(tbody);
  check();
}

function restart(): void {
  if (rows.length === 0) return;
  for (const row of rows) {
    delete row.result;
    delete row.summary;
    paintRow(row);
  }
  check();
}

function check(): void {
  if (typeof Worker === "undefined") {
    progressText.textContent = t("REVIEW_NO_WORKER");
    return;
  }
  for (const w of workers) w.terminate();
  run += 1;
  const thisRun = run;
  done = 0;
  clearTimeout(paintTimer);
  paintTimer = undefined;
  dirty.clear();
  download.disabled = true;
  fillKindFilter([]);
  progress.max = rows.length;
  progress.value = 0;
  progressText.textContent = t("REVIEW_PROGRESS", { done: 0, total: rows.length });
  const ruleNames = presetBoxes.filter((p) => p.input.checked).map((p) => p.name);
  const useStoredSettings = storedBox.checked;
  let next = 0;
  const feed = (worker: Worker): void => {
    if (next >= rows.length) return;
    const index = next++;
    const { file, name } = (rows[index] as Row).submission;
    const request: CheckRequest = { index, file, name, rules: ruleNames, useStoredSettings };
    worker.postMessage(request);
  };
  workers = Array.from({ length: Math.min(POOL, rows.length) }, () => {
    const worker = new Worker(
      /* webpackChunkName: "review-worker" */ new URL("./reviewWorker.ts", import.meta.url),
      {
        name: "perf-tables-review",
      },
    );
    worker.onmessage = (event: MessageEvent<CheckResponse>) => {
      if (thisRun !== run) return;
      const row = rows[event.data.index];
      if (row) {
        row.result = event.data.result;
        row.summary = summariseFile(event.data.result);
        dirty.add(row);
      }
      done += 1;
      feed(worker);
      schedulePaint();
    };
    for (let i = 0; i < IN_FLIGHT; i++) feed(worker);
    return worker;
  });
}

/** Results are painted in batches (PAINT_EVERY_MS), and at once when the last one arrives. */
function schedulePaint(): void {
  if (done === rows.length) {
    clearTimeout(paintTimer);
    paintTimer = undefined;
    paint();
    return;
  }
  paintTimer ??= setTimeout(() => {
    paintTimer = undefined;
    paint();
  }, PAINT_EVERY_MS);
}

function paint(): void {
  for (const row of [...dirty].sort((a, b) => a.index - b.index)) {
    paintRow(row);
    if (!row.tr.isConnected) tbody.insertBefore(row.tr, nextShownRow(row));
  }
  dirty.clear();
  progress.value = done;
  progressText.textContent = t("REVIEW_PROGRESS", { done, total: rows.length });
  if (done === rows.length) finish();
}

/** The row already in the table that `row` goes before (results of several workers arrive out of order). */
function nextShownRow(row: Row): HTMLTableRowElement | null {
  for (let i = row.index + 1; i < rows.length; i++) {
    const tr = (rows[i] as Row).tr;
    if (tr.isConnected) return tr;
  }
  return null;
}

function finish(): void {
  for (const w of workers) w.terminate();
  workers = [];
  const results = rows.map((r) => r.result).filter((r): r is CheckedFile => r !== undefined);
  const summaries = rows.map((r) => r.summary).filter((s): s is FileSummary => s !== undefined);
  progressText.textContent = t("REVIEW_DONE", {
    files: rows.length,
    unreadable: summaries.filter((s) => s.status === "unreadable").length,
    tables: summaries.reduce((n, s) => n + s.tables, 0),
    errors: summaries.reduce((n, s) => n + s.errors, 0),
    warnings: summaries.reduce((n, s) => n + s.warnings, 0),
  });
  fillKindFilter([...new Set(summaries.flatMap((s) => s.kinds))]);
  download.disabled = results.length === 0;
  applyFilters();
}

// ---------- table ----------
function paintRow(row: Row): void {
  const s = row.summary;
  const name = h(
    "button",
    {
      className: "link",
      attrs: { type: "button", disabled: !row.result },
      on: { click: () => openDetail(row) },
    },
    row.submission.name,
  );
  const status = !s
    ? h("span", { className: "muted" }, t("REVIEW_STATUS_WAITING"))
    : s.reason
      ? h("span", { className: "bad" }, say(s.reason))
      : s.status === "no-table"
        ? h("span", { className: "warn" }, t("REVIEW_STATUS_NO_TABLE"))
        : h(
            "span",
            { className: s.status === "errors" ? "bad" : "good" },
            t(s.status === "errors" ? "REVIEW_STATUS_ERRORS" : "REVIEW_STATUS_OK"),
          );
  const lines = (items: readonly string[]): HTMLElement =>
    h("span", { className: "lines" }, ...items.flatMap((x, i) => (i ? [h("br", {}), x] : [x])));
  row.tr.className = s ? `row--${s.status}` : "row--waiting";
  replaceChildren(
    row.tr,
    h("td", { className: "file" }, name),
    h("td", { className: "num" }, s ? s.tables : ""),
    h(
      "td",
      {},
      s ? lines(s.kinds.map((k) => kindLabel(k, locale))) : "",
      s && s.hiddenTables > 0
        ? h("span", { className: "warn hidden-note" }, t("REVIEW_HIDDEN_TABLES", { count: s.hiddenTables }))
        : null,
    ),
    h("td", { className: "num" }, s ? lines(s.totals) : ""),
    h("td", { className: "num" }, s ? lines(s.grades) : ""),
    h("td", { className: "num" }, s ? `${s.errors} / ${s.warnings}` : ""),
    h("td", { className: "status" }, status),
  );
  row.tr.hidden = !visible(row);
}

function visible(row: Row): boolean {
  const s = row.summary;
  if (errorsOnly.checked && (!s || s.errors === 0)) return false;
  const kind = kindFilter.value;
  return kind === "" || (s?.kinds.includes(kind as TableKind) ?? false);
}

function applyFilters(): void {
  for (const row of rows) row.tr.hidden = !visible(row);
}

function fillKindFilter(kinds: readonly TableKind[]): void {
  const chosen = kindFilter.value;
  replaceChildren(
    kindFilter,
    h("option", { attrs: { value: "" } }, t("REVIEW_FILTER_ALL_KINDS")),
    ...kinds.map((k) => h("option", { attrs: { value: k, selected: k === chosen } }, kindLabel(k, locale))),
  );
}

// ---------- one file ----------
function openDetail(row: Row): void {
  const file = row.result;
  if (!file) return;
  const title = detail.querySelector("h2") as HTMLElement;
  title.textContent = row.submission.name;
  const parts: HTMLElement[] = [];
  if (file.error) parts.push(h("p", { className: "bad" }, say(file.error)));
  const fileFindings = (file.findings ?? []).map((f) => ({ ...f, sheet: "" }));
  const all = [
    ...fileFindings,
    ...file.tables.flatMap((tb) => tb.findings.map((f) => ({ ...f, sheet: tb.sheet }))),
  ];
  if (!file.error) {
    parts.push(h("h3", {}, t("REVIEW_DETAIL_FINDINGS", { count: all.length })));
    parts.push(
      all.length === 0 ? h("p", { className: "good" }, t("REVIEW_DETAIL_NONE")) : findingsTable(all),
    );
  }
  for (const tb of file.tables) parts.push(...tableDetail(tb));
  replaceChildren(detailBody, ...parts);
  if (!detail.open) detail.showModal();
  detailBody.scrollTop = 0;
}

function findingsTable(
  findings: readonly (CheckedTable["findings"][number] & { sheet: string })[],
): HTMLElement {
  const english = locale === "en";
  const head = [
    "REVIEW_COL_CELL",
    "REVIEW_COL_CODE",
    "REVIEW_COL_MESSAGE",
    ...(english ? (["REVIEW_COL_MESSAGE_EN"] as const) : []),
  ] as const;
  return h(
    "table",
    { className: "findings" },
    h("thead", {}, h("tr", {}, ...head.map((c) => h("th", { attrs: { scope: "col" } }, t(c))))),
    h(
      "tbody",
      {},
      ...findings.map((f) =>
        h(
          "tr",
          { className: `sev--${f.severity}` },
          h("td", { className: "mono" }, f.sheet && f.cell ? `${f.sheet}!${f.cell}` : f.cell),
          h("td", { className: "mono code" }, f.code),
          h("td", {}, say(f, "zh-CN")),
          english ? h("td", {}, say(f, "en")) : null,
        ),
      ),
    ),
  );
}

function tableDetail(tb: CheckedTable): HTMLElement[] {
  // A table on a hidden sheet is often a unit's old draft: say so.
  const sheet = tb.hidden ? formatMessage("CHECK_SHEET_HIDDEN", { sheet: tb.sheet }, locale) : tb.sheet;
  const heading = h(
    "h3",
    {},
    t("REVIEW_DETAIL_TABLE", { sheet, range: tb.range, kind: kindLabel(tb.kind, locale) }),
  );
  const money = (n: number | null | undefined): string =>
    n === null || n === undefined ? "-" : n.toFixed(2);
  const rowsOut: HTMLElement[] = [];
  const b = tb.budget;
  if (b) {
    rowsOut.push(
      h(
        "tr",
        {},
        h("td", {}, ""),
        h("td", {}, formatMessage("CHECK_BUDGET_ROW", {}, locale)),
        h("td", { className: "num" }, money(b.budget)),
        h("td", { className: "num" }, money(b.executed)),
        h("td", {}, ""),
        h("td", { className: "num" }, `${money(b.score)} / ${money(b.claimedScore)}`),
        h("td", {}, b.explanation ? say(b.explanation) : ""),
      ),
    );
  }
  for (const r of tb.indicators) {
    rowsOut.push(
      h(
        "tr",
        {},
        h("td", { className: "num" }, r.row),
        h("td", {}, r.name),
        h("td", {}, r.target),
        h("td", {}, r.actual ?? ""),
        h("td", { className: "num" }, r.weight ?? ""),
        h("td", { className: "num" }, `${money(r.score)} / ${money(r.claimedScore)}`),
        h("td", { className: "explain" }, r.explanation ? say(r.explanation) : ""),
      ),
    );
  }
  const head = [
    "REVIEW_COL_ROW",
    "REVIEW_COL_INDICATOR",
    "REVIEW_COL_TARGET",
    "REVIEW_COL_ACTUAL",
    "REVIEW_COL_WEIGHT",
    "REVIEW_COL_SCORE",
    "REVIEW_COL_EXPLANATION",
  ] as const;
  return [
    heading,
    h(
      "div",
      { className: "table-wrap" },
      h(
        "table",
        { className: "scores" },
        h("thead", {}, h("tr", {}, ...head.map((c) => h("th", { attrs: { scope: "col" } }, t(c))))),
        h("tbody", {}, ...rowsOut),
      ),
    ),
  ];
}

// ---------- download ----------
async function offerDownload(): Promise<void> {
  const results = rows.map((r) => r.result).filter((r): r is CheckedFile => r !== undefined);
  download.disabled = true;
  downloadStatus.textContent = t("REVIEW_DOWNLOADING");
  try {
    const { downloadReviewWorkbook } = await import(
      /* webpackChunkName: "review-report" */ "./downloadReviewWorkbook"
    );
    await downloadReviewWorkbook(results, REPORT_FILE_NAME);
    downloadStatus.textContent = "";
  } catch (error) {
    downloadStatus.textContent = t("REVIEW_DOWNLOAD_FAILED", {
      detail: String((error as Error)?.message ?? error),
    });
  } finally {
    download.disabled = false;
  }
}
