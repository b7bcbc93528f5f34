import type { Refusal } from "../../core/messages";
import { recogniseTables } from "../../core/tables";
import { tableKinds } from "../../core/templates";
import { clearMarks } from "../excel/clearMarks";
import { defaultFormulaMode } from "../excel/defaultFormulaMode";
import { exportPortableCopy } from "../excel/exportPortableCopy";
import { insertIndicatorRows } from "../excel/insertIndicatorRows";
import { insertLibraryIndicator } from "../excel/insertLibraryIndicator";
import { insertTemplate } from "../excel/insertTemplate";
import { startLiveValidation, withOwnWrites } from "../excel/liveValidation";
import { readSheet } from "../excel/readSheet";
import { repairFormulas } from "../excel/repairFormulas";
import { selectCell } from "../excel/selectCell";
import { readScoringSettings, writeScoringSettings } from "../excel/settingsStore";
import { validateActiveSheet } from "../excel/validateActiveSheet";
import { PaneError } from "./paneError";
import type { PaneServices } from "./services";

type Outcome<T> = ({ readonly ok: true } & T) | Refusal;

/** The success part of an adapter's result; a refusal becomes a {@link PaneError} with its message code. */
function unwrap<T>(result: Outcome<T>): T {
  if (!result.ok) throw new PaneError(result);
  return result;
}

/** The pane's services on the real workbook through `Excel.run`. Writes are marked as the add-in's own. */
export function createExcelServices(): PaneServices {
  const run = <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => Excel.run(batch);
  const write = <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> =>
    withOwnWrites(() => run(batch));
  return {
    templates: tableKinds,
    insertTemplate: async (kind, options, example, formulas, scoring) => {
      const done = unwrap(
        await write((context) =>
          insertTemplate(context, kind, {
            ...options,
            example,
            ...(formulas ? { formulas } : {}),
            ...(scoring ? { scoring } : {}),
          }),
        ),
      );
      return { sheet: done.sheetName, warnings: done.warnings };
    },
    defaultFormulaMode: () => defaultFormulaMode(),
    exportPortableCopy: async (options) => {
      const done = unwrap(await write((context) => exportPortableCopy(context, options)));
      return { sheet: done.sheetName, count: done.rewritten };
    },
    insertIndicatorRows: async (count) => ({
      count: unwrap(await write((context) => insertIndicatorRows(context, count))).count,
    }),
    repairFormulas: async () => ({ count: unwrap(await write((context) => repairFormulas(context))).count }),
    repairNameErrors: async () => ({
      count: unwrap(await write((context) => repairFormulas(context, { onlyNameErrors: true }))).count,
    }),
    validate: (options) => write((context) => validateActiveSheet(context, options)),
    clearMarks: () => write((context) => clearMarks(context)),
    selectCell: (sheet, cell) => run((context) => selectCell(context, sheet, cell)),
    readSettings: () => run((context) => readScoringSettings(context)),
    writeSettings: (options) => write((context) => writeScoringSettings(context, options)),
    insertLibraryIndicator: (entry) => write((context) => insertLibraryIndicator(context, entry)),
    tableFramework: async () => recogniseTables(await run((context) => readSheet(context)))[0]?.framework,
    startLive: (options, onCheck, onError) =>
      startLiveValidation(
        Excel,
        async () => onCheck(await run((context) => validateActiveSheet(context, options()))),
        {
          onError,
        },
      ),
  };
}
