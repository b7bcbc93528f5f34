/**
 * The template adapter's functions (src/taskpane/excel/insertTemplate.ts, written alongside this pane).
 * Until that module lands they report "not available", so the pane builds and shows a clear message.
 */
export interface TemplateActions {
  insertTemplate(context: Excel.RequestContext, kind: string, options: object): Promise<unknown>;
  insertIndicatorRows(context: Excel.RequestContext, count: number): Promise<unknown>;
  repairFormulas(context: Excel.RequestContext): Promise<unknown>;
}

const unavailable = (): Promise<never> =>
  Promise.reject(Object.assign(new Error("template adapter not available"), { code: "ApiNotFound" }));

export const templateActions: TemplateActions = {
  insertTemplate: unavailable,
  insertIndicatorRows: unavailable,
  repairFormulas: unavailable,
};
