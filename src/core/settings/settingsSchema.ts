import { z } from "zod";

/** A share of the weight, 0…1. */
const share = z.number().min(0).max(1);

/**
 * Scoring settings as stored in a workbook (JSON in a custom setting / hidden name). Every field is
 * optional: what is missing comes from the national rules. Unknown keys (a newer version's) are ignored.
 */
export const settingsSchema = z
  .object({
    version: z.literal(1).optional(),
    negativeFormula: z.enum(["national", "ratio"]).optional(),
    gradeBands: z
      .tuple([z.number().min(0).max(100), z.number().min(0).max(100), z.number().min(0).max(100)])
      .refine(([a, b, c]) => a > b && b > c, { message: "gradeBands must be descending (优 > 良 > 中)" })
      .optional(),
    budgetWeight: z.number().min(0).max(100).optional(),
    overAchievementFactor: z.number().gt(1).max(10).nullable().optional(),
    capAtWeight: z.boolean().optional(),
    qualitativeDefaults: z
      .object({ achieved: share, partial: share, failed: share })
      .refine((q) => q.achieved >= 0.8 && q.partial >= 0.6 && q.partial < 0.8 && q.failed < 0.6, {
        message: "qualitativeDefaults must lie in their bands (达成 ≥0.8, 部分达成 0.6–0.8, 未达成 <0.6)",
      })
      .optional(),
    indicatorWeightTotal: z.number().gt(0).max(100).optional(),
  })
  .refine(
    (s) =>
      s.budgetWeight === undefined ||
      s.indicatorWeightTotal === undefined ||
      s.budgetWeight + s.indicatorWeightTotal === 100,
    {
      message: "budgetWeight + indicatorWeightTotal must be 100",
    },
  );

export type StoredSettings = z.infer<typeof settingsSchema>;
