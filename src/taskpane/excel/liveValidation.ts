/**
 * Live validation: re-check the sheet shortly after the user stops typing. Excel raises
 * `worksheet.onChanged` for the add-in's own writes too, so writes made inside {@link withOwnWrites}
 * (and events Excel tags as coming from this add-in, ExcelApi 1.14) never start a check.
 */

import { isExcelApiSupported } from "./apiSupport";

/** Events within this many ms after the add-in's own writes are taken as echoes of them. */
const ECHO_WINDOW_MS = 1500;

let ownWriteDepth = 0;
let echoUntil = 0;

/**
 * Runs `write` as the add-in's own write: change events it causes do not trigger live validation.
 *
 * @example
 * await withOwnWrites(() => Excel.run((context) => insertTemplate(context, kind.id, options)));
 */
export async function withOwnWrites<T>(write: () => Promise<T>): Promise<T> {
  ownWriteDepth++;
  try {
    return await write();
  } finally {
    ownWriteDepth--;
    echoUntil = Date.now() + ECHO_WINDOW_MS;
  }
}

/**
 * Whether a change event is the echo of the add-in's own write. Excel 1.14+ says so itself
 * (`triggerSource`), and then a user's edit right after one of ours still counts; older hosts do not,
 * so there edits during our writes and shortly after them are taken as ours.
 */
export function isOwnWrite(event: { readonly triggerSource?: string }): boolean {
  if (event.triggerSource !== undefined) return event.triggerSource === "ThisLocalAddin";
  return ownWriteDepth > 0 || Date.now() < echoUntil;
}

export interface LiveValidationOptions {
  /** Quiet time after the last edit before checking (default 500 ms). */
  readonly debounceMs?: number;
  /** Called with a check's failure; live mode stays on. */
  readonly onError?: (error: unknown) => void;
}

export interface LiveValidation {
  /** Stops listening; a check already running finishes. */
  stop(): Promise<void>;
}

interface ExcelRunner {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

/**
 * Listens to the workbook's changes (the active sheet's before ExcelApi 1.9) and calls `check` with the edited addresses once edits pause.
 * Checks never overlap: edits during a check lead to one more check after it.
 *
 * @example
 * const live = await startLiveValidation(Excel, (edited) => recheck(edited));
 * // … later
 * await live.stop();
 */
export async function startLiveValidation(
  excel: ExcelRunner,
  check: (edited: readonly string[]) => Promise<void>,
  options: LiveValidationOptions = {},
): Promise<LiveValidation> {
  const debounceMs = options.debounceMs ?? 500;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: string[] = [];
  let running = false;
  let stopped = false;

  const runCheck = async (): Promise<void> => {
    timer = undefined;
    if (stopped) return;
    if (running) {
      schedule();
      return;
    }
    const edited = pending;
    pending = [];
    running = true;
    try {
      await withOwnWrites(() => check(edited));
    } catch (error) {
      options.onError?.(error);
    } finally {
      running = false;
    }
  };
  const schedule = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => void runCheck(), debounceMs);
  };
  // Excel wants a handler that returns a promise; this one only queues the address.
  const onChanged = (event: Excel.WorksheetChangedEventArgs): Promise<void> => {
    if (stopped || isOwnWrite(event)) return Promise.resolve();
    pending.push(event.address);
    schedule();
    return Promise.resolve();
  };

  const handler = await excel.run(async (context) => {
    // every sheet when the host can (ExcelApi 1.9), so switching sheets keeps live checking on
    const source = isExcelApiSupported("1.9")
      ? context.workbook.worksheets
      : context.workbook.worksheets.getActiveWorksheet();
    const result = source.onChanged.add(onChanged);
    await context.sync();
    return result;
  });

  return {
    async stop() {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
      try {
        // The registration belongs to the context it was added on: queued on a new Excel.run context,
        // remove() is never sent and every off/on leaves another handler behind.
        handler.remove();
        await handler.context.sync();
      } catch {
        // the handler's context may be gone (sheet deleted, pane reloaded): nothing left to remove
      }
    },
  };
}
