/**
 * Invariants every registered kind must keep, blank and (where it has one) filled: a new kind is checked
 * by adding it to the registry.
 */
import { fromA1, parseRange, toA1 } from "../../../src/core/address";
import { frameworks } from "../../../src/core/frameworks";
import {
  buildTemplate,
  layoutMatrices,
  parseFormula,
  styleAreas,
  tableKinds,
  type Layout,
} from "../../../src/core/templates";

interface Case {
  readonly name: string;
  readonly kind: string;
  readonly framework: string;
  readonly example: boolean;
}

// Only names are made at collection time: the layouts are built inside the tests, so a kind that fails
// to build fails its own test instead of dropping out of the list (or, thrown here, failing collection).
const cases: Case[] = tableKinds.flatMap((kind) =>
  kind.frameworks.flatMap((framework) => {
    const blank: Case = { name: `${kind.id} (${framework})`, kind: kind.id, framework, example: false };
    return kind.example && framework === kind.frameworks[0]
      ? [blank, { ...blank, name: `${blank.name} example`, example: true }]
      : [blank];
  }),
);

/** The layout of `c`; throws (failing the test) with the build's code when the kind does not build. */
function layoutOf(c: Case): Layout {
  const built = buildTemplate({ kind: c.kind, year: 2025, framework: c.framework, example: c.example });
  if (!built.ok) throw new Error(`${c.name} does not build: ${built.code} ${JSON.stringify(built.params)}`);
  return built.layout;
}

/** Whether the indicator rows have names typed in (an example) rather than left for the user. */
function hasTypedIndicatorNames(layout: Layout): boolean {
  return layout.cells.some(
    (c) =>
      c.input &&
      typeof c.value === "string" &&
      c.row > layout.indicators.firstRow &&
      c.col === layout.indicators.columns.name &&
      c.value !== "",
  );
}

describe.each(cases.map((c) => [c.name, c] as const))("%s", (_name, c) => {
  let layout: Layout;
  beforeAll(() => {
    layout = layoutOf(c);
  });

  test("builds as its own kind and framework", () => {
    expect([layout.kind, layout.framework, layout.options.year]).toEqual([c.kind, c.framework, 2025]);
  });

  const inside = (range: string): boolean => {
    const r = parseRange(range);
    return r !== null && r.top >= 0 && r.left >= 0 && r.bottom < layout.rowCount && r.right < layout.colCount;
  };

  test("merges lie inside the sheet and never overlap", () => {
    const areas = layout.merges.map((m) => parseRange(m)!);
    expect(layout.merges.every(inside)).toBe(true);
    areas.forEach((a, i) =>
      areas.slice(i + 1).forEach((b) => {
        const overlap = a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
        expect(overlap).toBe(false);
      }),
    );
  });

  test("one width per column, print area and named cells inside", () => {
    expect(layout.columnWidths).toHaveLength(layout.colCount);
    expect(inside(layout.print.printArea)).toBe(true);
    for (const address of Object.values(layout.named)) expect(inside(address)).toBe(true);
    expect(layout.print.paper).toBe("A4");
    expect(layout.print.fitToWidth).toBe(1);
  });

  test("every formula is understood and written with PERF. names", () => {
    for (const cell of layout.cells.filter((c) => c.formula !== undefined)) {
      expect(cell.formula).toMatch(/^=/);
      expect(cell.formula).not.toMatch(/_xldudf_/);
      expect(parseFormula(cell.formula!)).not.toBeNull();
    }
  });

  test("indicator blocks: 一级 merged down, consecutive rows, 一级/二级 from the framework", () => {
    const region = layout.indicators;
    const framework = frameworks[layout.framework];
    expect(region.blocks[0]?.firstRow).toBe(region.firstRow);
    expect(region.blocks[region.blocks.length - 1]?.lastRow).toBe(region.lastRow);
    region.blocks.forEach((block, i) => {
      if (i > 0) expect(block.firstRow).toBe(region.blocks[i - 1]!.lastRow + 1);
      const l1 = framework.level1.find((l) => l.name === block.level1);
      expect(l1).toBeDefined();
      if (l1!.level2.length > 0) expect(l1!.level2).toContain(block.level2);
    });
    const level1Merges = layout.merges
      .map((m) => parseRange(m)!)
      .filter((m) => m.left === region.columns.level1 && m.right === region.columns.level1);
    for (const l1 of new Set(region.blocks.map((b) => b.level1))) {
      const rows = region.blocks.filter((b) => b.level1 === l1);
      const top = rows[0]!.firstRow;
      const bottom = rows[rows.length - 1]!.lastRow;
      if (bottom > top)
        expect(level1Merges).toContainEqual({
          top,
          left: region.columns.level1,
          bottom,
          right: region.columns.level1,
        });
    }
  });

  // An example has its indicator names typed in, so it cannot list the framework's blocks; each case
  // gets the test that fits it, decided by what it is rather than by looking at the layout and returning.
  if (c.example) {
    test("the example has its indicator names typed in", () => {
      expect(hasTypedIndicatorNames(layout)).toBe(true);
    });
  } else {
    test("the blank form lists every 一级/二级 of its framework", () => {
      expect(hasTypedIndicatorNames(layout)).toBe(false);
      const framework = frameworks[layout.framework];
      const expected = framework.level1.flatMap((l1) =>
        l1.level2.length > 0 ? l1.level2.map((l2) => `${l1.name}/${l2}`) : [`${l1.name}/`],
      );
      expect(layout.indicators.blocks.map((b) => `${b.level1}/${b.level2}`)).toEqual(expected);
    });
  }

  test("validations cover real cells; check fills point at the check column", () => {
    for (const v of layout.validations) {
      expect(inside(v.range)).toBe(true);
      expect(v.values.length).toBeGreaterThan(0);
      expect(v.values.join(",").length).toBeLessThanOrEqual(255); // Excel's limit for a typed list
    }
    for (const fill of layout.conditionalFills) {
      expect(inside(fill.range)).toBe(true);
      const ref = /^\$([A-Z]+)\$?(\d+)<>""$/.exec(fill.formula);
      expect(ref).not.toBeNull();
      const col = fromA1(`${ref![1]}1`)!.col;
      expect(layout.hiddenishColumns).toContain(col);
    }
  });

  test("style areas cover every styled cell exactly once", () => {
    const seen = new Map<string, number>();
    for (const area of styleAreas(layout)) {
      const r = parseRange(area.range)!;
      for (let row = r.top; row <= r.bottom; row++) {
        for (let col = r.left; col <= r.right; col++)
          seen.set(`${row},${col}`, (seen.get(`${row},${col}`) ?? 0) + 1);
      }
    }
    const styled = layout.cells.filter((c) => c.style);
    expect(seen.size).toBe(styled.length);
    expect([...seen.values()].every((n) => n === 1)).toBe(true);
  });

  test("matrices for Excel: formulas never in text format, '=' text escaped", () => {
    const { formulas, numberFormats } = layoutMatrices(layout);
    formulas.forEach((row, r) =>
      row.forEach((v, c) => {
        if (typeof v === "string" && v.startsWith("=")) expect(numberFormats[r]![c]).not.toBe("@");
      }),
    );
    const texts = layout.cells.filter((c) => typeof c.value === "string" && c.value.startsWith("="));
    for (const cell of texts) expect(formulas[cell.row]![cell.col]).toBe(`'${cell.value}`);
  });
});

describe("buildTemplate", () => {
  test("defaults: current year, the kind's unit", () => {
    const built = buildTemplate({ kind: "goal-sh2020" }, new Date(Date.UTC(2031, 5, 1)));
    expect(built.ok && built.layout.options).toMatchObject({ year: 2031, unit: "元", framework: "sh2020" });
  });

  test("an example asked for in 元 gets its 万元 amounts × 10 000", () => {
    const built = buildTemplate({ kind: "self-eval", unit: "元", example: true, year: 2024 });
    if (!built.ok) throw new Error(built.code);
    const cell = built.layout.cells.find(
      (c) => toA1(c.row, c.col) === built.layout.named["budget.当年财政拨款.budget"],
    );
    expect(cell?.value).toBe(175200);
  });
});

test("an example is only offered in the kind's first framework", () => {
  const built = buildTemplate({ kind: "self-eval", framework: "national-pre2021", example: true });
  expect(built).toEqual({
    ok: false,
    code: "TEMPLATE_INVALID_FRAMEWORK",
    params: { framework: "national-pre2021", frameworks: "national" },
  });
});
