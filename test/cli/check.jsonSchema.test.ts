import { checkReportSchema } from "../../src/cli/report";
import { runCli, WORKBOOKS } from "./checkHarness";

// The command no longer parses each entry with the report schema as it writes it (a fifth of the
// run's time): this holds what it writes to the schema instead, on every fixture workbook (damaged,
// encrypted, not a workbook, every table kind and layout), in both languages.
describe("check --json and the report schema", () => {
  it.each(["zh", "en"])(
    "every fixture's entry matches checkReportSchema, no field more (--lang %s)",
    async (lang) => {
      const run = await runCli(["check", WORKBOOKS, "--json", "--jobs", "1", "--lang", lang], WORKBOOKS);
      const report: unknown = JSON.parse(run.stdout);
      const parsed = checkReportSchema.safeParse(report);
      expect(parsed.error?.issues).toBeUndefined();
      // zod drops fields it does not know: equal means the report has none.
      expect(parsed.data).toEqual(report);
      expect(parsed.data?.files.length).toBeGreaterThan(30);
      expect(parsed.data?.files.some((f) => f.error)).toBe(true);
      expect(
        parsed.data?.files.some((f) => f.tables.some((t) => t.indicators.some((r) => r.explanation))),
      ).toBe(true);
    },
  );
});
