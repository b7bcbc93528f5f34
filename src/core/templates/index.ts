export type * from "./layout";
export type { TemplateContent, IndicatorContent, BudgetLine } from "./content";
// The kind registry lives in ../kinds; the template API re-exports what callers of buildTemplate need.
export { tableKinds, findKind, type KindDefinition } from "../kinds";
export { buildTemplate, type TemplateRequest, type BuildResult } from "./buildTemplate";
export { TEMPLATE_STYLES, CHECK_FILL, type StyleName } from "./styles";
export { SELF_EVAL_EXAMPLE } from "./exampleSelfEval";
export { evaluateLayout } from "./formula/evaluateLayout";
export { parseFormula, type FormulaNode } from "./formula/parseFormula";
export { toFileFormula, fromFileFormula, hasPerfCall } from "./formula/toFileFormula";
export { uniqueSheetName } from "./uniqueSheetName";
export { styleAreas, type StyleArea } from "./styleAreas";
export { layoutMatrices, type LayoutMatrices } from "./layoutMatrices";
export { shiftFormulaRows } from "./formula/shiftFormulaRows";
export { planRowInsert, rowOf, type SheetSnapshot, type RowInsertPlan } from "./planRowInsert";
export { moveFormula } from "./formula/moveFormula";
