/*
 * Task pane entry. boot.js (src/taskpane/boot/boot.ts, ES5) ran first: it waited for office.js and
 * has already told the user when the pane cannot start here (office.js missing, outside Excel, an
 * Office too old). This mounts the pane when boot.js says the host is ready.
 */
import "./ui/disableZodJit"; // first: before any zod schema is built
import type { BootHandle } from "./boot/verdict";
import { createExcelServices, mountApp } from "./ui";

// The stylesheet is emitted by webpack as a file of its own (asset module through `new URL`), so the
// strict Content-Security-Policy (style-src 'self') holds and no CSS loader is needed.
const styleLink = document.createElement("link");
styleLink.rel = "stylesheet";
styleLink.href = new URL("./taskpane.css", import.meta.url).href;
document.head.appendChild(styleLink);

const boot = (window as Window & { PerfTablesBoot?: BootHandle }).PerfTablesBoot;
boot?.onVerdict((verdict) => {
  const root = document.getElementById("app");
  if (root && verdict.kind === "ready") mountApp(root, createExcelServices(), verdict.locale);
});
