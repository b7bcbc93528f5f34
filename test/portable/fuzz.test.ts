/**
 * The portable formulas against the core on values assembled from the pieces of published tables
 * (test/support/portableFuzz.ts), recalculated by HyperFormula: a score the core gives must come out
 * the same or as the mark, never as another number. It found a misplaced bracket in the unit step and
 * m2 folded where the core keeps its 2 as a number.
 */
import { fuzzCases } from "../support/portableFuzz";
import { compareInHyperFormula, emptyTally, filledSheet } from "../support/portableSheets";

describe("portable formulas on assembled values", () => {
  it.each([1, 2])("seed %i: no number the core would not give", (seed) => {
    const sheet = filledSheet(fuzzCases(400, seed), "national");
    const tally = emptyTally();
    compareInHyperFormula(sheet, tally);
    expect(tally.differences).toEqual([]);
    // The draw scores a fair share of cases (not only refusals both sides agree on).
    expect(tally.agreedNumber).toBeGreaterThan(60);
  });
});
