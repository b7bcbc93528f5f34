import { NATIONAL_RULES } from "../../../src/core/scoring/options";
import {
  SCORING_SETTINGS_KEY,
  readScoringSettings,
  writeScoringSettings,
} from "../../../src/taskpane/excel/settingsStore";
import { countSyncs, fakeHost } from "./fakeHost";

describe("settingsStore", () => {
  it("reads the national rules from a workbook without settings", async () => {
    const host = fakeHost();
    const { result, syncs } = await countSyncs(host, (ctx) => readScoringSettings(ctx));
    expect(syncs).toBe(1);
    expect(result).toEqual({ options: NATIONAL_RULES, findings: [] });
  });

  it("stores regional variants in the workbook and reads them back in a later session", async () => {
    const host = fakeHost();
    const variant = {
      ...NATIONAL_RULES,
      negativeFormula: "ratio" as const,
      gradeBands: [80, 70, 60] as const,
      budgetWeight: 20,
      indicatorWeightTotal: 80,
      overAchievementFactor: 1.3,
      capAtWeight: false,
    };
    await host.Excel.run((ctx) => writeScoringSettings(ctx, variant));
    expect(typeof host.state.settings.get(SCORING_SETTINGS_KEY)).toBe("string");
    const read = await host.Excel.run((ctx) => readScoringSettings(ctx));
    expect(read.options).toEqual(variant);
  });

  it("falls back to the national rules with a warning when the stored value is broken", async () => {
    const host = fakeHost();
    host.state.settings.set(SCORING_SETTINGS_KEY, "{not json");
    const read = await host.Excel.run((ctx) => readScoringSettings(ctx));
    expect(read.options).toEqual(NATIONAL_RULES);
    expect(read.findings.map((f) => f.code)).toEqual(["SETTINGS_INVALID"]);
  });
});
