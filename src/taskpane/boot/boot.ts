/**
 * The pane's first script after office.js. It must run in every webview Office has used: Trident
 * (Internet Explorer 11, Office 2016/2019), EdgeHTML, WebView2, Safari. So it is a plain script (no
 * import or export) that the build (BootScriptPlugin in webpack.config.js) compiles to ES5 with the
 * TypeScript compiler, after a `PERF_BOOT` value carrying the boot texts of the message catalogue
 * (src/core/messages/catalogue/boot.ts) and the requirement sets of manifest.xml's VersionOverrides.
 * test/build/bootScript.test.ts parses the result as ES5. Use nothing newer than ES5 at run time
 * either: no Promise, Object.assign, Array.prototype.includes, String.prototype.startsWith.
 *
 * It decides whether the modern pane can start, and says why not when it cannot:
 *   office.js missing            → BOOT_OFFICEJS_MISSING (the CDN is blocked or timed out)
 *   Office says: not in Excel     → UI_OPEN_IN_EXCEL (a browser, another Office app)
 *   old webview or API sets       → BOOT_OLD_OFFICE with what to use instead
 *   otherwise                     → "ready": taskpane.ts mounts the pane (window.PerfTablesBoot)
 * Hand-written rather than a library: it has to be tiny, ES5 and run before anything else.
 */

/** Filled in by the build: see BootConfig below. */
declare const PERF_BOOT: unknown;

(function () {
  type BootLocale = "zh-CN" | "en";
  type BootCode = keyof typeof import("../../core/messages/catalogue/boot").bootMessages;
  type Verdict = import("./verdict").BootVerdict;
  interface BootConfig {
    readonly texts: { readonly [code in BootCode]: { readonly [locale in BootLocale]: string } };
    /** The requirement sets of manifest.xml's VersionOverrides: what the full pane needs. */
    readonly sets: readonly { readonly name: string; readonly version: string }[];
  }
  interface OfficeLike {
    onReady?: (callback: (info: { host: string | null }) => void) => unknown;
    context?: {
      displayLanguage?: string;
      requirements?: { isSetSupported(name: string, version?: string): boolean };
    };
    HostType?: { Excel: string };
  }

  const config = PERF_BOOT as BootConfig;
  const page = window as unknown as {
    Office?: OfficeLike;
    PerfTablesBoot?: { onVerdict(listener: (verdict: Verdict) => void): void };
  };
  /** office.js outside Office may never call back (a file missing next to it): give up after this. */
  const READY_TIMEOUT_MS = 10000;

  let verdict: Verdict | null = null;
  const listeners: ((verdict: Verdict) => void)[] = [];
  page.PerfTablesBoot = {
    onVerdict(listener) {
      if (verdict) listener(verdict);
      else listeners.push(listener);
    },
  };

  function settle(result: Verdict): void {
    if (verdict) return;
    verdict = result;
    for (let i = 0; i < listeners.length; i++) listeners[i]!(result);
  }

  function localeOf(language: string | null | undefined): BootLocale {
    return typeof language === "string" && language.toLowerCase().indexOf("en") === 0 ? "en" : "zh-CN";
  }

  function text(locale: BootLocale, code: BootCode, url?: string): string {
    const message = config.texts[code][locale];
    return url === undefined ? message : message.split("{url}").join(url);
  }

  /** Replaces the page's content by a title and paragraphs (textContent only: nothing is parsed). */
  function show(locale: BootLocale, title: BootCode, lines: readonly string[]): void {
    const root = document.getElementById("app");
    if (!root) return;
    document.documentElement.lang = locale;
    root.removeAttribute("aria-busy");
    while (root.firstChild) root.removeChild(root.firstChild);
    const box = document.createElement("div");
    box.className = "outside";
    box.setAttribute("role", "alert");
    const heading = document.createElement("h1");
    heading.appendChild(document.createTextNode(locale === "en" ? "PerfTables" : "绩效表格助手"));
    box.appendChild(heading);
    const lead = document.createElement("p");
    lead.className = "outside__message";
    lead.appendChild(document.createTextNode(text(locale, title)));
    box.appendChild(lead);
    for (let i = 0; i < lines.length; i++) {
      const p = document.createElement("p");
      p.className = "muted";
      p.appendChild(document.createTextNode(lines[i]!));
      box.appendChild(p);
    }
    root.appendChild(box);
  }

  function setStatus(locale: BootLocale, code: BootCode): void {
    const status = document.getElementById("boot-status");
    if (!status) return;
    while (status.firstChild) status.removeChild(status.firstChild);
    status.appendChild(document.createTextNode(text(locale, code)));
  }

  /** The office.js URL the page asked for (the CDN, or officejs/office.js of a local build). */
  function officeJsUrl(): string {
    const scripts = document.getElementsByTagName("script");
    for (let i = 0; i < scripts.length; i++) {
      const src = scripts[i]!.src;
      if (/office\.js(\?|$)/.test(src)) return src;
    }
    return "office.js";
  }

  /** review.html next to this page. */
  function reviewUrl(): string {
    return String(window.location.href).replace(/[^/?#]*([?#].*)?$/, "review.html");
  }

  /**
   * Whether the webview runs the modern bundle (ES2020: optional chaining, Promise.allSettled).
   * Syntax cannot be tested without eval, which the page's CSP forbids; ES2020 built-ins stand for it:
   * Trident and EdgeHTML have none of them, WebView2 and Safari 14+ have all.
   */
  function isModernWebview(): boolean {
    const w = window as unknown as { Promise?: unknown; globalThis?: unknown };
    const promise = w.Promise as { allSettled?: unknown } | undefined;
    return !!promise && typeof promise.allSettled === "function" && !!w.globalThis;
  }

  function missingSets(office: OfficeLike): string[] {
    const missing: string[] = [];
    const requirements = office.context && office.context.requirements;
    for (let i = 0; i < config.sets.length; i++) {
      const set = config.sets[i]!;
      let supported = false;
      try {
        supported = !!requirements && requirements.isSetSupported(set.name, set.version) === true;
      } catch {
        supported = false;
      }
      if (!supported) missing.push(set.name + " " + set.version);
    }
    return missing;
  }

  function onReady(office: OfficeLike, info: { host: string | null } | null): void {
    const locale = localeOf(office.context && office.context.displayLanguage);
    const excel = office.HostType ? office.HostType.Excel : "Excel";
    if (!info || info.host !== excel) {
      show(locale, "UI_OPEN_IN_EXCEL", [text(locale, "UI_OPEN_IN_EXCEL_HINT")]);
      settle({ kind: "outside-office", locale: locale });
      return;
    }
    const missing = missingSets(office);
    if (!isModernWebview() || missing.length > 0) {
      show(locale, "BOOT_OLD_OFFICE", [
        text(locale, "BOOT_OLD_OFFICE_NEEDS"),
        text(locale, "BOOT_OLD_OFFICE_TEMPLATES"),
        text(locale, "BOOT_OLD_OFFICE_REVIEW", reviewUrl()),
      ]);
      settle({ kind: "old-office", locale: locale, missing: missing });
      return;
    }
    settle({ kind: "ready", locale: locale });
  }

  function start(): void {
    const office = page.Office;
    if (!office || typeof office.onReady !== "function") {
      const locale = localeOf(navigator.language);
      show(locale, "BOOT_OFFICEJS_MISSING", [text(locale, "BOOT_OFFICEJS_MISSING_HINT", officeJsUrl())]);
      settle({ kind: "officejs-missing", locale: locale });
      return;
    }
    setStatus(localeOf(office.context && office.context.displayLanguage), "BOOT_STARTING");
    const timer = setTimeout(function () {
      onReady(office, null);
    }, READY_TIMEOUT_MS);
    try {
      office.onReady(function (info) {
        clearTimeout(timer);
        onReady(office, info);
      });
    } catch {
      clearTimeout(timer);
      onReady(office, null);
    }
  }

  start();
})();
