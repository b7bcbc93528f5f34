/**
 * Prints every hidden helper step of one portable row as HyperFormula computes it, beside the core's
 * score: the way to find which step reads a value otherwise than parseTarget (docs/how-to.md §7).
 *
 * Usage: npx tsx scripts/portable-steps.ts "≥90.00(%)" "89.00(%)" [weight] [--formula STEP]
 *   (an actual that is a plain number is typed as a number cell)
 */
import { HyperFormula } from "hyperformula";
import { findKind, toPortableLayout } from "../src/core/templates";
import { SCORE_HELPERS, type HelperName } from "../src/core/templates/portable";
import { layoutMatrix } from "../test/support/portableSheets";
import { coreScore } from "../test/support/portableCorpus";

const args = process.argv.slice(2);
const formulaAt = args.indexOf("--formula");
const step = formulaAt >= 0 ? args[formulaAt + 1] : undefined;
const [target = "", actualText = "", weightText = "10"] = args.filter(
  (_, i) => formulaAt < 0 || (i !== formulaAt && i !== formulaAt + 1),
);
const actual =
  actualText.trim() !== "" && Number.isFinite(Number(actualText)) ? Number(actualText) : actualText;
const weight = Number(weightText);
const kind = findKind("self-eval");
if (!kind) throw new Error("self-eval kind missing");
const layout = toPortableLayout(
  kind.build(
    { year: 2024, unit: "万元" },
    { indicators: [{ level1: "产出指标", level2: "数量指标", name: "x", target, actual, weight }] },
  ),
);
const hf = HyperFormula.buildFromArray(layoutMatrix(layout), {
  licenseKey: "gpl-v3",
  useArrayArithmetic: true,
});
const row = layout.indicators.firstRow;
const base = layout.portable?.helperColumns[0] ?? 0;
const shown = SCORE_HELPERS.map((name, i) => {
  const value = hf.getCellValue({ sheet: 0, row, col: base + i });
  const text =
    typeof value === "object" && value !== null
      ? `#${String((value as { type?: string }).type)}`
      : JSON.stringify(value);
  return `${name}=${text}`;
});
console.log(shown.join("  "));
console.log(`core: ${String(coreScore({ name: "", target, actual, weight, settings: "national" }))}`);
if (step !== undefined) {
  const col = base + SCORE_HELPERS.indexOf(step as HelperName);
  console.log(`${step}: ${String(hf.getCellFormula({ sheet: 0, row, col }))}`);
}
hf.destroy();
