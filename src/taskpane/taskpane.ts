/* Task pane entry: boots the pane once Office is ready. */
import "./taskpane.css";

function boot(): void {
  const status = document.getElementById("boot-status");
  if (status) status.textContent = "PerfTables";
}

if (typeof Office === "undefined") {
  document.addEventListener("DOMContentLoaded", boot);
} else {
  void Office.onReady(() => boot());
}
