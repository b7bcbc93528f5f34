/**
 * The cached results written into files come from the core's own small evaluator; a real engine
 * (HyperFormula with PERF.*) must agree on every formula cell of every kind, blank and filled.
 */
import { toA1 } from "../../../src/core/address";
import { isCellError } from "../../../src/core/grid";
import {
  evaluateLayout,
  findKind,
  SELF_EVAL_EXAMPLE,
  tableKinds,
  type Layout,
} from "../../../src/core/templates";
import { createPerfEngine } from "../../support/hyperformulaPerf";
import { layoutSheet } from "./support/layoutSheet";

function layouts(): [string, Layout][] {
  const out: [string, Layout][] = tableKinds.map((kind) => [
    kind.id,
    kind.build({ year: 2025, unit: kind.defaultUnit, framework: kind.frameworks[0] }),
  ]);
  const selfEval = findKind("self-eval")!;
  out.push(["self-eval example", selfEval.build({ year: 2024, unit: "万元" }, SELF_EVAL_EXAMPLE)]);
  out.push([
    "application-sh2019 with parts",
    findKind("application-sh2019")!.build(
      { year: 2019, unit: "元" },
      {
        subBudgets: [
          { name: "运行经费", amount: 19030000 },
          { name: "话务经费", amount: 95890000 },
        ],
      },
    ),
  ]);
  return out;
}

function normalise(value: unknown): unknown {
  if (value === null || value === undefined) return "";
  if (isCellError(value)) return `error:${value.error}`;
  if (typeof value === "object" && value !== null && "value" in value) return `error:${String(value.value)}`;
  if (typeof value === "number") return Math.round(value * 1e9) / 1e9;
  return value;
}

describe.each(layouts())("evaluateLayout agrees with HyperFormula: %s", (_name, layout) => {
  test("every formula cell", () => {
    const engine = createPerfEngine({ Sheet1: layoutSheet(layout) });
    const cached = evaluateLayout(layout);
    const formulaCells = layout.cells.filter((c) => c.formula !== undefined);
    expect(formulaCells.length).toBeGreaterThan(0);
    for (const cell of formulaCells) {
      const address = toA1(cell.row, cell.col);
      const engineValue = engine.getCellValue({ sheet: 0, row: cell.row, col: cell.col });
      expect({ address, value: normalise(cached.get(address)) }).toEqual({
        address,
        value: normalise(engineValue),
      });
    }
  });
});
