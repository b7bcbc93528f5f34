/*
 * zod/mini rather than zod: the pane bundles this schema, and the full zod (its method-chaining classes,
 * JSON Schema output, every check) cost 26 KB gzip of start-up for it. The checks below are the same
 * zod core checks `.min()`, `.max()`, `.gt()` and `.refine()` create, so the parse results and issues
 * are the same; test/core/settings/settingsSchema.test.ts compares them with the zod version.
 */
import * as z from "zod/mini";

/** A share of the weight, 0…1. */
const share = z.number().check(z.gte(0), z.lte(1));
/** A grade band's lower bound, 0…100. */
const percent = z.number().check(z.gte(0), z.lte(100));

/**
 * Scoring settings as stored in a workbook (JSON in a custom setting / hidden name). Every field is
 * optional: what is missing comes from the national rules. Unknown keys (a newer version's) are ignored.
 */
export const settingsSchema = z
  .object({
    version: z.optional(z.literal(1)),
    negativeFormula: z.optional(z.enum(["national", "ratio"])),
    gradeBands: z.optional(
      z.tuple([percent, percent, percent]).check(
        z.refine(([a, b, c]) => a > b && b > c, {
          message: "gradeBands must be descending (优 > 良 > 中)",
        }),
      ),
    ),
    budgetWeight: z.optional(z.number().check(z.gte(0), z.lte(100))),
    overAchievementFactor: z.optional(z.nullable(z.number().check(z.gt(1), z.lte(10)))),
    capAtWeight: z.optional(z.boolean()),
    qualitativeDefaults: z.optional(
      z.object({ achieved: share, partial: share, failed: share }).check(
        z.refine((q) => q.achieved >= 0.8 && q.partial >= 0.6 && q.partial < 0.8 && q.failed < 0.6, {
          message: "qualitativeDefaults must lie in their bands (达成 ≥0.8, 部分达成 0.6–0.8, 未达成 <0.6)",
        }),
      ),
    ),
    indicatorWeightTotal: z.optional(z.number().check(z.gt(0), z.lte(100))),
  })
  .check(
    z.refine(
      (s) =>
        s.budgetWeight === undefined ||
        s.indicatorWeightTotal === undefined ||
        s.budgetWeight + s.indicatorWeightTotal === 100,
      { message: "budgetWeight + indicatorWeightTotal must be 100" },
    ),
  );

/**
 * Per-parse options that make the messages English whatever the page has loaded. The full zod installs
 * its English messages globally on first use; zod/mini installs none, so in the pane (which loads only
 * zod/mini) every built-in message would read "Invalid input". The refinements' own messages win anyway.
 */
export const SETTINGS_PARSE_PARAMS: z.core.ParseContext<z.core.$ZodIssue> = {
  error: z.locales.en().localeError,
};
