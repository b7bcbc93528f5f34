import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { formatIssue, isMessageCode } from "../../../src/core/messages";
import { NATIONAL_RULES } from "../../../src/core/scoring/options";
import { validateTable } from "../../../src/core/validation";
import { gridFromFixture, tableFromFixture, type Column, type TableFixture } from "./tableFromFixture";

const DIR = join(__dirname, "../../fixtures/validation/tables");

interface Mutation {
  readonly name: string;
  readonly base: string;
  readonly set?: readonly [number, Column, unknown][];
  readonly merge?: Partial<TableFixture>;
  readonly addRows?: TableFixture["rows"];
  readonly subtotals?: readonly number[];
  readonly options?: TableFixture["options"];
  readonly expect: TableFixture["expect"];
}

const load = (file: string): TableFixture =>
  JSON.parse(readFileSync(join(DIR, file), "utf8")) as TableFixture;

function applyMutation(m: Mutation): TableFixture {
  const base = load(m.base);
  const rows = base.rows.map((r) => [...r]);
  for (const [index, column, value] of m.set ?? []) {
    const row = rows[index];
    const at = base.columns.indexOf(column);
    if (!row || at < 0) throw new Error(`mutation "${m.name}": no cell ${index}/${column}`);
    row[at] = value as never;
  }
  rows.push(...(m.addRows ?? []).map((r) => [...r]));
  return {
    ...base,
    ...m.merge,
    rows,
    name: m.name,
    ...(m.subtotals ? { subtotals: m.subtotals } : {}),
    ...(m.options ? { options: m.options } : {}),
    expect: m.expect,
  };
}

const tables: [string, TableFixture][] = readdirSync(DIR)
  .filter((f) => f.endsWith(".json"))
  .map((f) => [f, load(f)]);
const mutationList: Mutation[] = readFileSync(join(DIR, "mutations.jsonl"), "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => JSON.parse(line) as Mutation);
const mutations: [string, TableFixture][] = mutationList.map((m) => [m.name, applyMutation(m)]);

/** What a fixture gives the validator: everything but its name and expectations. */
function input(fx: TableFixture): Omit<TableFixture, "name" | "expect"> {
  const { name: _name, expect: _expect, ...rest } = fx;
  return rest;
}

describe.each(mutationList.map((m) => [m.name, m] as const))("mutation %s", (_name, m) => {
  // A mutation that asserts only absences (hasNot) passes as well when the mutation is lost or the
  // validator reports nothing at all; each must also assert what is found or computed.
  it("asserts a finding or a figure, not only what is absent", () => {
    const want = m.expect;
    const positive = [
      (want.has?.length ?? 0) > 0,
      want.errors !== undefined,
      want.only !== undefined,
      want.total !== undefined,
      want.grade !== undefined,
      want.budgetScore !== undefined,
    ];
    expect(positive).toContain(true);
  });

  it("changes its base table", () => {
    expect(input(applyMutation(m))).not.toEqual(input(load(m.base)));
  });
});

describe.each([...tables, ...mutations])("validateTable: %s", (_label, fx) => {
  // Validated in beforeAll, not while jest collects the tests: a throw fails this table's tests
  // instead of the whole file's collection.
  let result: ReturnType<typeof validateTable>;
  let summary: string[];
  beforeAll(() => {
    result = validateTable(tableFromFixture(fx), { ...NATIONAL_RULES, ...fx.options }, gridFromFixture(fx));
    summary = result.findings.map((f) => `${f.severity} ${f.code}@${f.cell}`);
  });
  const { expect: want } = fx;

  if (want.errors !== undefined) {
    it(`has ${want.errors} error(s)`, () => {
      expect(
        result.findings.filter((f) => f.severity === "error").map((f) => `${f.code}@${f.cell}`),
      ).toHaveLength(want.errors ?? 0);
    });
  }
  for (const [code, cell] of want.has ?? []) {
    it(`reports ${code}${cell ? ` at ${cell}` : ""}`, () => {
      expect(summary.some((s) => s.includes(` ${code}@${cell ?? ""}`))).toBe(true);
    });
  }
  for (const code of want.hasNot ?? []) {
    it(`does not report ${code}`, () => {
      expect(summary.filter((s) => s.includes(` ${code}@`))).toEqual([]);
    });
  }
  if (want.only) {
    it(`reports nothing but ${want.only.join(", ") || "nothing"}`, () => {
      expect(
        result.findings.filter((f) => !want.only?.includes(f.code)).map((f) => `${f.code}@${f.cell}`),
      ).toEqual([]);
    });
  }
  if (want.total !== undefined) {
    it(`recomputes the total ${String(want.total)}`, () => {
      expect(result.total ?? null).toBe(want.total);
    });
  }
  if (want.grade !== undefined) {
    it(`grades ${String(want.grade)}`, () => {
      expect(result.grade ?? null).toBe(want.grade);
    });
  }
  if (want.budgetScore !== undefined) {
    it(`scores the budget row ${String(want.budgetScore)}`, () => {
      expect(result.budget?.score).toBe(want.budgetScore);
    });
  }
  it("gives every finding a message in both languages that fills its placeholders", () => {
    for (const f of result.findings) {
      expect(isMessageCode(f.code)).toBe(true);
      for (const locale of ["zh-CN", "en"] as const) {
        expect(formatIssue(f, locale)).not.toMatch(/\{\w+\}/);
        expect(formatIssue(f, locale)).not.toMatch(/\[object /);
      }
      // The 2019 application form has neither 二级 nor 三级: its messages use its own column names.
      if (fx.kind === "application-sh2019") {
        expect(formatIssue(f, "zh-CN")).not.toMatch(/三级|二级/);
      }
    }
  });
});
