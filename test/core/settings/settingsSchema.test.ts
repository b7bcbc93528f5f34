/**
 * The stored-settings schema moved from zod to zod/mini (to keep full zod out of the pane). This pins
 * that nothing a workbook can store parses differently: the same outcome, the same data, the same
 * issues (code, path, message) as the schema written with zod's methods, which is kept here as the
 * reference. And the messages stay English where only zod/mini is loaded (the pane).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { z } from "zod";
import { parseSettings, settingsSchema } from "../../../src/core/settings";
import { SETTINGS_PARSE_PARAMS } from "../../../src/core/settings/settingsSchema";

/** The schema as it was written with full zod before the move (src/core/settings/settingsSchema.ts). */
const share = z.number().min(0).max(1);
const reference = z
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
    { message: "budgetWeight + indicatorWeightTotal must be 100" },
  );

interface Outcome {
  readonly success: boolean;
  readonly data?: unknown;
  readonly issues?: readonly { code: string; path: PropertyKey[]; message: string }[];
}

function outcome(result: {
  success: boolean;
  data?: unknown;
  error?: { issues: readonly { code: string; path: PropertyKey[]; message: string }[] };
}): Outcome {
  return result.success
    ? { success: true, data: result.data }
    : {
        success: false,
        issues: (result.error?.issues ?? []).map(({ code, path, message }) => ({ code, path, message })),
      };
}

const same = (input: unknown): void => {
  expect(outcome(settingsSchema.safeParse(input, SETTINGS_PARSE_PARAMS))).toEqual(
    outcome(reference.safeParse(input)),
  );
};

const fixtureInputs: unknown[] = readFileSync(
  join(__dirname, "../../fixtures/validation/settings.jsonl"),
  "utf8",
)
  .split("\n")
  .filter((l) => l.trim() !== "")
  .map((l) => (JSON.parse(l) as { input: unknown }).input)
  .map((input) => (typeof input === "string" ? parseJson(input) : input));

/** What parseSettings hands the schema for a stored string: its JSON, or nothing when it is not JSON. */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** Values around every bound the schema has, and values of the wrong type. */
const anyValue = fc.oneof(
  fc.constantFrom(-1, 0, 0.5, 0.6, 0.8, 1, 1.3, 10, 10.5, 20, 60, 80, 90, 100, 101, NaN, Infinity),
  fc.double({ min: -5, max: 120, noNaN: true }),
  fc.constantFrom("national", "ratio", "sh", "", null, true, false, [], {}),
);
const bands = fc.oneof(
  fc.tuple(anyValue, anyValue, anyValue),
  fc.array(anyValue, { maxLength: 4 }),
  anyValue,
);
const settingsLike = fc.record(
  {
    version: fc.oneof(fc.constant(1), anyValue),
    negativeFormula: anyValue,
    gradeBands: bands,
    budgetWeight: anyValue,
    overAchievementFactor: anyValue,
    capAtWeight: anyValue,
    qualitativeDefaults: fc.oneof(
      fc.record({ achieved: anyValue, partial: anyValue, failed: anyValue }, { requiredKeys: [] }),
      anyValue,
    ),
    indicatorWeightTotal: anyValue,
    fromNewerVersion: anyValue,
  },
  { requiredKeys: [] },
);

describe("settingsSchema (zod/mini) against the zod schema it replaced", () => {
  it.each(fixtureInputs.map((input) => [JSON.stringify(input), input]))("fixture %s", (_name, input) => {
    same(input);
  });

  it("parses generated settings, valid and not, the same way", () => {
    fc.assert(
      fc.property(fc.oneof(settingsLike, anyValue), (input) => same(input)),
      { numRuns: 2000 },
    );
  });

  it("reports an issue under a real path with zod's English message", () => {
    const result = settingsSchema.safeParse({ budgetWeight: "20" }, SETTINGS_PARSE_PARAMS);
    expect(outcome(result).issues).toEqual([
      {
        code: "invalid_type",
        path: ["budgetWeight"],
        message: "Invalid input: expected number, received string",
      },
    ]);
  });
});

describe("parseSettings messages where only zod/mini is loaded", () => {
  // Full zod installs its English messages globally on first use (this file's reference did); the pane
  // loads only zod/mini, which installs none. Take the global messages away to be in the pane's place.
  let saved: unknown;
  beforeEach(() => {
    saved = z.config().localeError;
    z.config({ localeError: undefined });
  });
  afterEach(() => {
    z.config({ localeError: saved as never });
  });

  it("still gives the English detail, not zod's bare 'Invalid input'", () => {
    expect(z.config().localeError).toBeUndefined();
    const { findings } = parseSettings('{"gradeBands":[90,80]}');
    expect((findings[0]?.params as Readonly<Record<string, unknown>> | undefined)?.detail).toBe(
      "gradeBands: Too small: expected array to have >=3 items",
    );
  });
});
