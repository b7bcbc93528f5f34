/**
 * Excel's own limits on a formula (8,192 characters, 64 nested function calls): a portable template
 * must open in Excel 2010+ and WPS without a formula being refused, for every kind and every preset.
 */
import { buildTemplate, tableKinds } from "../../../src/core/templates";
import { NATIONAL_RULES } from "../../../src/core/scoring";

/** Deepest nesting of calls, counting only brackets that open a call. */
function nestedCalls(formula: string): number {
  const stack: boolean[] = [];
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < formula.length; i += 1) {
    const ch = formula.charAt(i);
    if (ch === '"') inString = !inString;
    if (inString || ch === '"') continue;
    if (ch === "(") {
      stack.push(/[A-Za-z0-9_.]$/.test(formula.slice(Math.max(0, i - 1), i)));
      deepest = Math.max(deepest, stack.filter(Boolean).length);
    } else if (ch === ")") stack.pop();
  }
  return deepest;
}

describe("portable formulas stay within Excel's limits", () => {
  for (const kind of tableKinds) {
    for (const [preset, options] of [
      ["national", NATIONAL_RULES],
      ["ratio", { ...NATIONAL_RULES, negativeFormula: "ratio" as const }],
    ] as const) {
      it(`${kind.id} (${preset}): every formula at most 8,192 characters and 64 nested calls`, () => {
        const built = buildTemplate({ kind: kind.id, year: 2025, formulas: "portable", scoring: options });
        if (!built.ok) throw new Error(built.code);
        const formulas = built.layout.cells.flatMap((c) => (c.formula ? [c.formula] : []));
        expect(formulas.length).toBeGreaterThan(0);
        const longest = Math.max(...formulas.map((f) => f.length));
        const deepest = Math.max(...formulas.map(nestedCalls));
        expect(longest).toBeLessThanOrEqual(8192);
        expect(deepest).toBeLessThanOrEqual(64);
      });
    }
  }
});
