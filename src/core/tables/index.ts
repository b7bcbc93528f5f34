export type * from "./model";
export { recogniseTables } from "./recogniseTables";
export { recognisedTableSchema, indicatorRowSchema, budgetBlockSchema } from "./schema";
export { cellText } from "../cells/cellText";
export { parseAmount } from "./parseAmount";
export { composeTarget } from "./composeTarget";
export { labelKey } from "./labelKey";
