/**
 * zod schema of {@link RecognisedTable}, for tests that check recognised models at run time. The kind
 * and framework enums come from their registries, and the compile-time check at the end makes the
 * schema and the model (./model.ts) describe the same shape: a field added, dropped or made optional
 * in one and not the other is a type error.
 */
import { z } from "zod";
import { frameworks, type FrameworkId } from "../frameworks";
import { TABLE_KIND_IDS } from "../kinds";
import type { RecognisedTable } from "./model";

const FRAMEWORK_IDS = Object.keys(frameworks) as [FrameworkId, ...FrameworkId[]];

const cellValue = z.union([z.string(), z.number(), z.boolean(), z.null(), z.object({ error: z.string() })]);
const a1 = z.string().regex(/^[A-Z]{1,3}[1-9]\d*$/);
const located = <T extends z.ZodType>(value: T) => z.object({ value, cell: a1 });

const indicatorRowSchema = z.object({
  row: z.number().int().nonnegative(),
  level1: located(z.string()),
  level2: located(z.string()),
  name: located(z.string()),
  target: located(z.string()),
  actual: located(cellValue).optional(),
  weight: located(cellValue).optional(),
  claimedScore: located(cellValue).optional(),
  deviation: located(z.string()).optional(),
  progress: located(cellValue).optional(),
  forecast: located(cellValue).optional(),
  likelihood: located(z.string()).optional(),
  isSubtotal: z.boolean().optional(),
  parent: z.number().int().nonnegative().optional(),
  operator: located(z.string()).optional(),
  unit: located(z.string()).optional(),
});

const amount = located(z.number().nullable());

const budgetBlockSchema = z.object({
  unit: z.enum(["元", "万元"]),
  initialBudget: amount.optional(),
  budget: amount,
  executed: amount,
  weight: amount.optional(),
  claimedRate: located(cellValue).optional(),
  claimedScore: located(cellValue).optional(),
  parts: z
    .array(
      z.object({
        name: located(z.string()),
        initialBudget: amount.optional(),
        budget: amount,
        executed: amount,
        claimedRate: located(cellValue).optional(),
      }),
    )
    .optional(),
  balance: z
    .object({
      amount: amount.optional(),
      rate: located(cellValue).optional(),
      components: z.array(amount).optional(),
    })
    .optional(),
});

export const recognisedTableSchema = z.object({
  kind: z.enum(TABLE_KIND_IDS),
  framework: z.enum(FRAMEWORK_IDS),
  sheet: z.string().optional(),
  range: z.string().regex(/^[A-Z]{1,3}[1-9]\d*(?::[A-Z]{1,3}[1-9]\d*)?$/),
  title: located(z.string()).optional(),
  year: z.number().int().min(1990).max(2100).optional(),
  header: z.record(z.string(), located(z.string())),
  budget: budgetBlockSchema.optional(),
  subBudgets: z
    .object({
      total: amount.optional(),
      parts: z.array(z.object({ name: located(z.string()), amount })),
    })
    .optional(),
  blocks: z
    .array(
      z.object({
        label: located(z.string()).optional(),
        points: z.number().nullable(),
        fromRow: z.number().int().nonnegative(),
        toRow: z.number().int().nonnegative(),
        subtotal: z
          .object({ weight: located(cellValue).optional(), score: located(cellValue).optional() })
          .optional(),
      }),
    )
    .optional(),
  departmentFunds: z
    .object({ total: amount, parts: z.array(z.object({ name: located(z.string()), amount })) })
    .optional(),
  tasks: z
    .object({
      heading: located(z.string()),
      tasks: z.array(
        z.object({ name: located(z.string()), content: located(z.string()).optional(), amount }),
      ),
      total: amount.optional(),
    })
    .optional(),
  indicators: z.array(indicatorRowSchema),
  claimedTotal: located(cellValue).optional(),
  claimedGrade: located(cellValue).optional(),
  claimedWeightTotal: located(cellValue).optional(),
});

/**
 * Deep mutual assignability, read-only-ness aside, and `?: T` the same as zod's `?: T | undefined`
 * (exactOptionalPropertyTypes tells them apart; a parsed model never holds an explicit undefined).
 */
type Mutable<T> = T extends readonly (infer U)[]
  ? Mutable<U>[]
  : T extends object
    ? { -readonly [K in keyof T]: Mutable<Exclude<T[K], undefined>> }
    : T;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** Compile-time: schema output and model are the same shape. */
const _schemaMatchesModel: Same<
  Mutable<z.output<typeof recognisedTableSchema>>,
  Mutable<RecognisedTable>
> = true;
