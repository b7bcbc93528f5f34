export type * from "./layout";
// The kind registry lives in ../kinds; the template API re-exports what callers of buildTemplate need.
export { tableKinds, findKind, type KindDefinition } from "../kinds";
export { buildTemplate, type TemplateRequest } from "./buildTemplate";
export { SELF_EVAL_EXAMPLE } from "./exampleSelfEval";
export { evaluateLayout } from "./formula/evaluateLayout";
export { parseFormula } from "./formula/parseFormula";
export { toFileFormula, fromFileFormula, hasPerfCall } from "./formula/toFileFormula";
export { uniqueSheetName } from "./uniqueSheetName";
export { styleAreas } from "./styleAreas";
export { layoutMatrices } from "./layoutMatrices";
export { shiftFormulaRows } from "./formula/shiftFormulaRows";
export { planRowInsert, rowOf, type SheetSnapshot } from "./planRowInsert";
export { moveFormula } from "./formula/moveFormula";
export { toPortableLayout, PORTABLE_MARK } from "./portable";
