/** Which formulas a new table gets: PERF custom functions, or built-in functions only (portable). */
export type FormulaMode = "perf" | "portable";

interface Requirements {
  isSetSupported(name: string, version?: string): boolean;
}

/**
 * PERF formulas where this Excel runs custom functions with `CustomFunctions.Error`
 * (CustomFunctionsRuntime 1.2), portable formulas elsewhere (volume-licensed Office 2016/2019 load
 * the pane but run no custom function). The user can still choose in the pane.
 *
 * @example
 * defaultFormulaMode(Office.context.requirements); // "perf" on Microsoft 365
 */
export function defaultFormulaMode(requirements?: Requirements | null): FormulaMode {
  try {
    const host =
      requirements ?? (typeof Office !== "undefined" ? Office.context?.requirements : undefined) ?? undefined;
    return host?.isSetSupported("CustomFunctionsRuntime", "1.2") === true ? "perf" : "portable";
  } catch {
    return "portable";
  }
}
