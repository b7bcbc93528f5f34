/**
 * The portable formulas against the core on values assembled from the pieces of published tables
 * (test/support/portableFuzz.ts), recalculated by HyperFormula: a score the core gives must come out
 * the same or as the mark, never as another number. It found a misplaced bracket in the unit step and
 * m2 folded where the core keeps its 2 as a number.
 */
import { HyperFormula } from "hyperformula";
import { findKind, toPortableLayout } from "../../src/core/templates";
import { fuzzCases } from "../support/portableFuzz";
import { compareScores, emptyTally, layoutMatrix } from "../support/portableSheets";

describe("portable formulas on assembled values", () => {
  it.each([1, 2])("seed %i: no number the core would not give", (seed) => {
    const kind = findKind("self-eval");
    if (!kind) throw new Error("self-eval kind missing");
    const cases = fuzzCases(400, seed);
    const indicators = cases.map((c, i) => ({
      level1: "产出指标",
      level2: "数量指标",
      name: `case ${i + 1}`,
      target: c.target,
      actual: c.actual,
      weight: c.weight,
    }));
    const layout = toPortableLayout(kind.build({ year: 2024, unit: "万元" }, { indicators }));
    const hf = HyperFormula.buildFromArray(layoutMatrix(layout), {
      licenseKey: "gpl-v3",
      useArrayArithmetic: true,
    });
    const tally = emptyTally();
    compareScores(
      { settings: "national", layout, cases },
      (row, col) => {
        const v = hf.getCellValue({ sheet: 0, row, col });
        return typeof v === "object" && v !== null ? `#${String((v as { type?: string }).type)}` : v;
      },
      tally,
    );
    hf.destroy();
    expect(tally.differences).toEqual([]);
    // The draw scores a fair share of cases (not only refusals both sides agree on).
    expect(tally.agreedNumber).toBeGreaterThan(60);
  });
});
