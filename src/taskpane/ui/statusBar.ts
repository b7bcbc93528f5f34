import { describeError } from "./describeError";
import { h, replaceChildren } from "./dom";
import type { Translate } from "./i18n";

/** Tasks slower than this show a progress bar. */
const PROGRESS_DELAY_MS = 300;

type StatusKind = "info" | "success" | "error" | "progress";

export interface StatusBar {
  readonly element: HTMLElement;
  show(kind: StatusKind, text: string): void;
  clear(): void;
  /**
   * Runs `task` as `action` (a label such as "校验当前工作表"): the trigger is disabled meanwhile, a
   * progress bar appears once the task has taken {@link PROGRESS_DELAY_MS}, a failure shows what to do.
   * Returns the task's result, or undefined when it failed.
   */
  run<T>(action: string, task: () => Promise<T>, trigger?: HTMLButtonElement | null): Promise<T | undefined>;
}

/** The pane's one status line (an aria-live region), with progress and error display. */
export function createStatusBar(t: Translate): StatusBar {
  const text = h("span", { className: "status__text" });
  const bar = h("span", { className: "status__bar", attrs: { "aria-hidden": "true" } });
  const element = h(
    "div",
    { className: "status", id: "status", attrs: { role: "status", "aria-live": "polite" } },
    bar,
    text,
  );
  const show = (kind: StatusKind, message: string): void => {
    element.className = `status status--${kind}`;
    element.setAttribute("aria-busy", kind === "progress" ? "true" : "false");
    replaceChildren(text, message);
  };
  const clear = (): void => {
    element.className = "status";
    element.setAttribute("aria-busy", "false");
    replaceChildren(text);
  };
  return {
    element,
    show,
    clear,
    async run(action, task, trigger) {
      if (trigger?.getAttribute("aria-disabled") === "true") return undefined;
      trigger?.setAttribute("aria-disabled", "true");
      document.body.classList.add("is-busy");
      const timer = setTimeout(() => show("progress", t("UI_WORKING", { action })), PROGRESS_DELAY_MS);
      try {
        const result = await task();
        return result;
      } catch (error) {
        show("error", describeError(error, action, t));
        return undefined;
      } finally {
        clearTimeout(timer);
        if (element.classList.contains("status--progress")) clear();
        trigger?.removeAttribute("aria-disabled");
        document.body.classList.remove("is-busy");
      }
    },
  };
}
