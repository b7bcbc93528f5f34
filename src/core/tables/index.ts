export type * from "./model";
export { recogniseTables } from "./recogniseTables";
export { recognisedTableSchema, indicatorRowSchema, budgetBlockSchema } from "./schema";
export { parseAmount } from "./parseAmount";
export { composeTarget } from "./composeTarget";
export { labelKey } from "./labelKey";
