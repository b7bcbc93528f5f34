import { templateRegistry } from "../../core/templates";
import { clearMarks } from "../excel/clearMarks";
import { insertLibraryIndicator } from "../excel/insertLibraryIndicator";
import { templateActions } from "./templateActions";
import { startLiveValidation, withOwnWrites } from "../excel/liveValidation";
import { selectCell } from "../excel/selectCell";
import { readScoringSettings, writeScoringSettings } from "../excel/settingsStore";
import { validateActiveSheet } from "../excel/validateActiveSheet";
import type { PaneServices } from "./services";

/** A count out of whatever an adapter returns (a number, or an object with `count`/`repaired`). */
function countOf(result: unknown, fallback: number): number {
  if (typeof result === "number") return result;
  if (typeof result === "object" && result !== null) {
    const r = result as { count?: unknown; repaired?: unknown; rows?: unknown };
    for (const value of [r.count, r.repaired, r.rows]) if (typeof value === "number") return value;
  }
  return fallback;
}

function sheetOf(result: unknown): { sheet?: string } {
  if (typeof result === "object" && result !== null) {
    const r = result as { sheet?: unknown; sheetName?: unknown };
    const sheet =
      typeof r.sheet === "string" ? r.sheet : typeof r.sheetName === "string" ? r.sheetName : undefined;
    if (sheet !== undefined) return { sheet };
  }
  return {};
}

/** The pane's services on the real workbook through `Excel.run`. Writes are marked as the add-in's own. */
export function createExcelServices(): PaneServices {
  const run = <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => Excel.run(batch);
  const write = <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> =>
    withOwnWrites(() => run(batch));
  return {
    templates: templateRegistry,
    insertTemplate: async (kind, options, example) => {
      const content = example ? templateRegistry.find((k) => k.id === kind)?.example : undefined;
      const result: unknown = await write((context) =>
        templateActions.insertTemplate(context, kind, content ? { ...options, content } : options),
      );
      return sheetOf(result);
    },
    insertIndicatorRows: async (count) => ({
      count: countOf(await write((context) => templateActions.insertIndicatorRows(context, count)), count),
    }),
    repairFormulas: async () => ({
      count: countOf(await write((context) => templateActions.repairFormulas(context)), 0),
    }),
    validate: (options) => write((context) => validateActiveSheet(context, options)),
    clearMarks: () => write((context) => clearMarks(context)),
    selectCell: (sheet, cell) => run((context) => selectCell(context, sheet, cell)),
    readSettings: () => run((context) => readScoringSettings(context)),
    writeSettings: (options) => write((context) => writeScoringSettings(context, options)),
    insertLibraryIndicator: (entry) => write((context) => insertLibraryIndicator(context, entry)),
    startLive: (options, onCheck, onError) =>
      startLiveValidation(
        Excel,
        async () => onCheck(await run((context) => validateActiveSheet(context, options()))),
        { onError },
      ),
  };
}
