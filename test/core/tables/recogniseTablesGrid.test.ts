import fc from "fast-check";
import { recogniseTables, recognisedTableSchema } from "../../../src/core/tables";
import { recogniseOrThrow } from "../../../src/core/tables/recogniseTables";
import type { CellValue, Grid } from "../../../src/core/grid";
import { fromA1, parseRange, toA1, toRange } from "../../../src/core/address";
import { fixtureGrid, loadTableFixture } from "./tableFixtures";

const seed002 = fixtureGrid(loadTableFixture("seed-002-self-eval").sheets[0]!);

/** The same cells placed `rows` lower and `cols` further right on the sheet. */
function padded(grid: Grid, rows: number, cols: number): Grid {
  const width = grid.values.reduce((w, row) => Math.max(w, row.length), 0) + cols;
  const blank = (): CellValue[] => new Array<CellValue>(width).fill(null);
  const values = [
    ...Array.from({ length: rows }, blank),
    ...grid.values.map((row) => [...new Array<CellValue>(cols).fill(null), ...row]),
  ];
  const merges = (grid.merges ?? []).map((m) => {
    const r = parseRange(m)!;
    return toRange(r.top + rows, r.left + cols, r.bottom + rows, r.right + cols);
  });
  return { values, merges, sheet: grid.sheet ?? "" };
}

describe("recogniseTables addresses follow grid.origin", () => {
  it("a grid starting at C4 gives the addresses of the same cells on a padded sheet", () => {
    const atOrigin = recogniseTables({
      ...seed002,
      origin: "C4",
      merges: padded(seed002, 3, 2).merges ?? [],
    });
    const onSheet = recogniseTables(padded(seed002, 3, 2));
    expect(atOrigin).toHaveLength(2);
    expect(atOrigin).toEqual(onSheet);
    expect(atOrigin[0]?.indicators[0]?.target.cell).toBe("F16");
    expect(atOrigin[0]?.indicators[0]?.row).toBe(15);
  });

  it("a grid cut to the second table reads it at its sheet addresses", () => {
    const whole = recogniseTables(seed002);
    const cut: Grid = {
      values: seed002.values.slice(27),
      origin: "A28",
      merges: seed002.merges ?? [],
      sheet: "绩效自评表",
    };
    const second = recogniseTables(cut);
    expect(second).toHaveLength(1);
    expect(second[0]).toEqual(whole[1]);
  });
});

describe("tables side by side", () => {
  it.each([1, 2, 3])(
    "seed 002 beside a copy of itself after %i empty column(s) reads as the four tables, each as if alone",
    (gap) => {
      const width = seed002.values.reduce((w, row) => Math.max(w, row.length), 0);
      const values = seed002.values.map((row) => [
        ...row,
        ...new Array<CellValue>(width - row.length + gap).fill(null),
        ...row,
      ]);
      const copy = padded(seed002, 0, width + gap);
      const both = recogniseTables({
        values,
        merges: [...(seed002.merges ?? []), ...(copy.merges ?? [])],
        sheet: "绩效自评表",
      });
      const left = recogniseTables({ ...seed002, sheet: "绩效自评表" });
      const right = recogniseTables({ ...copy, sheet: "绩效自评表" });
      expect(left).toHaveLength(2);
      expect(right[0]?.indicators[0]?.name.cell).toBe(toA1(12, width + gap + 2));
      expect(both).toEqual([left[0], right[0], left[1], right[1]]);
    },
  );
});

const cellArb: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom(
    null,
    "",
    "一级指标",
    "二级指标",
    "三级指标",
    "年度指标值",
    "指标值",
    "实际完成值",
    "分值",
    "得分",
    "指标性质",
    "度量单位",
    "产出指标",
    "数量指标",
    "时效指标",
    "总分",
    "评分等级",
    "其中：",
    "指标2:",
    "……",
    "/",
    "≥90%",
    "项目资金（万元）",
    "全年预算数",
    "全年执行数",
    "年度资金总额:",
    "财政项目支出绩效自评表",
    "(2024年度)",
    "子项目名称",
    "预算金额（元）",
  ),
  fc.string({ maxLength: 12 }),
  fc.double({ noNaN: false }),
  fc.boolean(),
  fc.constantFrom({ error: "#N/A" }, { error: "#DIV/0!" }),
);

describe("recogniseTables never throws", () => {
  it("on random grids of labels, numbers and errors, and returns schema-valid models inside the grid", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(cellArb, { maxLength: 10 }), { maxLength: 30 }),
        fc.array(fc.constantFrom("A1:A3", "B2:D2", "A5:H5", "Z9:A1", "bad", "C3:C30"), { maxLength: 4 }),
        (values, merges) => {
          const tables = recogniseOrThrow({ values, merges, origin: "B2" });
          for (const table of tables) {
            expect(() => recognisedTableSchema.parse(table)).not.toThrow();
            for (const row of table.indicators) {
              const at = fromA1(row.name.cell);
              expect(at).not.toBeNull();
              expect(at!.row).toBeGreaterThanOrEqual(1);
              expect(at!.row).toBeLessThan(values.length + 1);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("keeps a row's name on the sheet when its target sits two columns left (found by fast-check)", () => {
    // Seed 501225999 of the property above: the shift for a target typed left of its column moved the
    // name column past column A, and the name's cell came out as "3".
    const [table] = recogniseOrThrow({ values: [["三级指标", 0, "指标值"], ["≥90%"]], origin: "B2" });
    expect(table).toBeDefined();
    expect(() => recognisedTableSchema.parse(table)).not.toThrow();
    expect(table?.indicators.map((r) => r.name.cell)).toEqual(["B3"]);
  });

  it("on seed 002 with cells blanked or replaced by errors", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.nat(60), fc.nat(8), fc.constantFrom<CellValue>(null, { error: "#REF!" }, "", 0)),
          {
            maxLength: 25,
          },
        ),
        (edits) => {
          const values = seed002.values.map((row) => [...row]);
          for (const [r, c, v] of edits) if (values[r]) values[r][c] = v;
          const tables = recogniseOrThrow({ ...seed002, values });
          for (const table of tables) expect(() => recognisedTableSchema.parse(table)).not.toThrow();
        },
      ),
      { numRuns: 200 },
    );
  });
});
