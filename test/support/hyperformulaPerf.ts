/**
 * A real formula engine for tests: HyperFormula (GPL-3.0, dev dependency only) with the PERF.* worksheet
 * functions registered as a FunctionPlugin. The plugin calls the very implementations of
 * src/functions/functions.ts and turns their CustomFunctions.Error into HyperFormula errors (#VALUE!,
 * #N/A, #DIV/0!), so `=PERF.SCORE(D12,E12,F12)` in a template evaluates as it would in Excel.
 *
 * @example
 * const hf = createPerfEngine({ Sheet1: [["≥90.00(%)", "89.00(%)", 5, "=PERF.SCORE(A1,B1,C1)"]] });
 * hf.getCellValue({ sheet: 0, row: 0, col: 3 }); // 4.94
 */
import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type ImplementedFunctions,
} from "hyperformula";
import "./customFunctionsFake";
import { FakeCustomFunctionsError } from "./customFunctionsFake";
import {
  achieved,
  budgetScoreFn,
  check,
  execRate,
  gradeFn,
  parse,
  score,
  explain,
} from "../../src/functions/functions";

/** A cell as the tests write it: a value, or a formula as text starting with "=". */
export type PerfSheetCell = string | number | boolean | null;

/** What Excel hands a custom function: scalars, null for empty/omitted, 2-D arrays for ranges. */
type ExcelArgument = string | number | boolean | null | ExcelArgument[][];

/** One PERF function: its implementation and how many arguments it takes. */
interface PerfFunction {
  readonly run: (...args: never[]) => unknown;
  readonly required: number;
  readonly optional: number;
  /** Parameter positions that take a range (metadata dimensionality "matrix"). */
  readonly matrix?: readonly number[];
  /** Returns a 1 × width row (PERF.PARSE). */
  readonly spillWidth?: number;
}

/**
 * The functions by id, as custom-functions-metadata associates them. test/functions checks that this
 * table agrees with the generated functions.json (ids, parameter counts, optional parameters).
 */
export const PERF_FUNCTIONS: Readonly<Record<string, PerfFunction>> = {
  EXECRATE: { run: execRate, required: 2, optional: 0 },
  BUDGETSCORE: { run: budgetScoreFn, required: 2, optional: 1 },
  SCORE: { run: score, required: 3, optional: 1 },
  EXPLAIN: { run: explain, required: 3, optional: 1 },
  ACHIEVED: { run: achieved, required: 2, optional: 0 },
  GRADE: { run: gradeFn, required: 1, optional: 1, matrix: [1] },
  CHECK: { run: check, required: 1, optional: 3 },
  PARSE: { run: parse, required: 1, optional: 0, spillWidth: 3 },
};

const ERROR_TYPES: Readonly<Record<string, ErrorType>> = {
  "#VALUE!": ErrorType.VALUE,
  "#N/A": ErrorType.NA,
  "#DIV/0!": ErrorType.DIV_BY_ZERO,
  "#NUM!": ErrorType.NUM,
  "#NAME?": ErrorType.NAME,
  "#REF!": ErrorType.REF,
};

/** HyperFormula's internal value → what Excel would pass (null for empty, plain numbers). */
function toExcelArgument(value: unknown): ExcelArgument | CellError {
  if (value === undefined || value === EmptyValue) return null;
  if (value instanceof CellError) return value;
  if (value instanceof SimpleRangeValue) {
    const rows: ExcelArgument[][] = [];
    for (const row of value.data) {
      const out: ExcelArgument[] = [];
      for (const cell of row) {
        const converted = toExcelArgument(cell);
        if (converted instanceof CellError) return converted;
        out.push(converted);
      }
      rows.push(out);
    }
    return rows;
  }
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  // Rich numbers (percent, currency, date) carry the plain number in `val`.
  const val = (value as { val?: unknown }).val;
  if (typeof val === "number") return val;
  return String(value);
}

/** Calls a PERF implementation and turns its result into a HyperFormula value. */
function callPerf(fn: PerfFunction, rawArgs: unknown[]): unknown {
  const args: ExcelArgument[] = [];
  for (let i = 0; i < fn.required + fn.optional; i++) {
    let converted = toExcelArgument(rawArgs[i]);
    if (converted instanceof CellError) return converted; // Excel never calls a function with an error
    // A range given where Excel expects one value is an error there too; a scalar given for a matrix
    // parameter arrives wrapped in [[ ]].
    if (fn.matrix?.includes(i)) {
      if (converted !== null && !Array.isArray(converted)) converted = [[converted]];
    } else if (Array.isArray(converted)) {
      return new CellError(ErrorType.VALUE, "range given for a single value");
    }
    args.push(converted);
  }
  try {
    const result = (fn.run as (...a: ExcelArgument[]) => unknown)(...args);
    if (Array.isArray(result)) return SimpleRangeValue.onlyValues(result as (string | number)[][]);
    return result;
  } catch (error) {
    if (error instanceof FakeCustomFunctionsError) {
      return new CellError(ERROR_TYPES[error.code] ?? ErrorType.VALUE, error.message);
    }
    throw error;
  }
}

function scalarArgs(required: number, optional: number, matrix: readonly number[] = []) {
  return Array.from({ length: required + optional }, (_, i) => ({
    argumentType: matrix.includes(i) ? FunctionArgumentType.ANY : FunctionArgumentType.SCALAR,
    ...(i >= required ? { optionalArg: true } : {}),
  }));
}

const implementedFunctions: ImplementedFunctions = {};
const translations: Record<string, string> = {};
class PerfPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = implementedFunctions;
}

for (const [id, fn] of Object.entries(PERF_FUNCTIONS)) {
  const name = `PERF.${id}`;
  const method = `perf${id}`;
  Object.defineProperty(PerfPlugin.prototype, method, {
    value(this: PerfPlugin, ast: { args: unknown[] }, state: unknown) {
      const self = this as unknown as {
        runFunction: (
          args: unknown[],
          state: unknown,
          metadata: unknown,
          body: (...a: unknown[]) => unknown,
        ) => unknown;
        metadata: (name: string) => unknown;
      };
      return self.runFunction(ast.args, state, self.metadata(name), (...args: unknown[]) =>
        callPerf(fn, args),
      );
    },
  });
  if (fn.spillWidth) {
    Object.defineProperty(PerfPlugin.prototype, `${method}Size`, {
      value: () => new ArraySize(fn.spillWidth as number, 1),
    });
  }
  implementedFunctions[name] = {
    method,
    parameters: scalarArgs(fn.required, fn.optional, fn.matrix),
    ...(fn.spillWidth ? { sizeOfResultArrayMethod: `${method}Size`, vectorizationForbidden: true } : {}),
  };
  translations[name] = name;
}

let registered = false;

/** Registers the PERF plugin with HyperFormula (once per process). */
function registerPerfPlugin(): void {
  if (registered) return;
  HyperFormula.registerFunctionPlugin(PerfPlugin, { enGB: translations, enUS: translations });
  registered = true;
}

/**
 * A text cell as HyperFormula (like Excel) must receive it: a value that starts with "=" or "'" (targets
 * such as "=100.00(%)") gets a leading apostrophe so it is kept as text instead of parsed as a formula.
 *
 * @example
 * textCell("=100.00(%)"); // "'=100.00(%)"  (the cell's value is still "=100.00(%)")
 */
export function textCell(value: string): string {
  return value.startsWith("=") || value.startsWith("'") ? `'${value}` : value;
}

/**
 * A HyperFormula instance over `sheets` (name → rows of cells; text starting with "=" is a formula, so
 * pass text values that start with "=" through {@link textCell})
 * with PERF.* available. Read results with `hf.getCellValue({ sheet: hf.getSheetId(name)!, row, col })`
 * or `hf.getSheetValues(id)`; an error result is a `DetailedCellError` whose `value` is "#VALUE!" etc.
 */
export function createPerfEngine(sheets: Record<string, PerfSheetCell[][]>): HyperFormula {
  registerPerfPlugin();
  return HyperFormula.buildFromSheets(sheets, { licenseKey: "gpl-v3" });
}
