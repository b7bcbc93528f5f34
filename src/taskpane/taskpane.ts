/* Task pane entry: boots the pane once Office is ready. */

// The stylesheet is emitted by webpack as a file of its own (asset module through `new URL`), so the
// strict Content-Security-Policy (style-src 'self') holds and no CSS loader is needed.
const styleLink = document.createElement("link");
styleLink.rel = "stylesheet";
styleLink.href = new URL("./taskpane.css", import.meta.url).href;
document.head.appendChild(styleLink);

function boot(): void {
  const status = document.getElementById("boot-status");
  if (status) status.textContent = "PerfTables";
}

if (typeof Office === "undefined") {
  document.addEventListener("DOMContentLoaded", boot);
} else {
  void Office.onReady(() => boot());
}
