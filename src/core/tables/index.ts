export type * from "./model";
export { recogniseTables } from "./recogniseTables";
export { recognisedTableSchema } from "./schema";
