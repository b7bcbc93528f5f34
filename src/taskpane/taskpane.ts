/* Task pane entry: waits for Office, then builds the pane (or says to open it in Excel). */
import "./ui/disableZodJit"; // first: before any zod schema is built
import { createExcelServices, mountApp, mountOutsideExcel, pickLocale } from "./ui";

// The stylesheet is emitted by webpack as a file of its own (asset module through `new URL`), so the
// strict Content-Security-Policy (style-src 'self') holds and no CSS loader is needed.
const styleLink = document.createElement("link");
styleLink.rel = "stylesheet";
styleLink.href = new URL("./taskpane.css", import.meta.url).href;
document.head.appendChild(styleLink);

/** office.js outside Office may never call back (a missing file, a blocked CDN): give up after this. */
const READY_TIMEOUT_MS = 10_000;

/** Office's host info, or null when office.js is missing or never became ready. */
async function officeReady(): Promise<{ host: Office.HostType | null } | null> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return null;
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), READY_TIMEOUT_MS));
  try {
    return await Promise.race([Office.onReady(), timeout]);
  } catch {
    return null;
  }
}

async function boot(): Promise<void> {
  const root = document.getElementById("app");
  if (!root) return;
  const info = await officeReady();
  const inExcel = info !== null && info.host === Office.HostType.Excel && typeof Excel !== "undefined";
  const locale = pickLocale(typeof Office !== "undefined" ? Office.context?.displayLanguage : undefined);
  if (inExcel) mountApp(root, createExcelServices(), locale);
  else mountOutsideExcel(root, locale);
}

void boot();
