/**
 * Ribbon commands, running in the shared runtime. The ribbon button itself opens the pane through a
 * ShowTaskpane action in manifest.xml; the action registered here lets an ExecuteFunction button (or a
 * keyboard shortcut) do the same.
 */

/** Opens the task pane (SharedRuntime 1.1). */
async function showPane(event?: Office.AddinCommands.Event): Promise<void> {
  try {
    await Office.addin.showAsTaskpane();
  } finally {
    event?.completed();
  }
}

if (typeof Office !== "undefined") {
  void Office.onReady(() => {
    Office.actions.associate(
      "PerfTables.showPane",
      (event?: Office.AddinCommands.Event) => void showPane(event),
    );
  });
}
