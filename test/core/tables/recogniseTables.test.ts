import { recogniseTables, recognisedTableSchema } from "../../../src/core/tables";
import type { RecognisedTable } from "../../../src/core/tables";
import { fixtureGrid, listTableFixtures, loadExpectation, loadTableFixture } from "./tableFixtures";

/** <name>.expect.json: per table a partial RecognisedTable, the indicator count and chosen indicators by index. */
interface TableExpectation extends Partial<Omit<RecognisedTable, "indicators">> {
  readonly indicatorCount: number;
  readonly indicators?: readonly ({ readonly i: number } & Record<string, unknown>)[];
  /** Keys that must NOT be present on the recognised table (e.g. "budget" for a goal table). */
  readonly absent?: readonly string[];
}
interface FixtureExpectation {
  readonly tables: readonly TableExpectation[];
}

const names = listTableFixtures();

describe("recogniseTables on the table fixtures", () => {
  it("has fixtures to run", () => {
    expect(names.length).toBeGreaterThan(0);
  });

  describe.each(names)("%s", (name) => {
    const fixture = loadTableFixture(name);
    const expectation = loadExpectation<FixtureExpectation>(name);
    const tables = fixture.sheets.flatMap((sheet) => recogniseTables(fixtureGrid(sheet)));

    it("has an expectation file", () => {
      expect(expectation).toBeDefined();
    });

    it("finds the expected number of tables", () => {
      expect(tables).toHaveLength(expectation?.tables.length ?? -1);
    });

    it("produces models the schema accepts", () => {
      for (const table of tables) expect(() => recognisedTableSchema.parse(table)).not.toThrow();
    });

    (expectation?.tables ?? []).forEach((expected, t) => {
      const { indicatorCount, indicators, absent, ...fields } = expected;
      it(`table ${t + 1}: kind, framework, header, budget and footer`, () => {
        const table = tables[t];
        expect(table).toBeDefined();
        expect(table).toMatchObject(fields);
        for (const key of absent ?? []) expect(table).not.toHaveProperty(key);
      });
      it(`table ${t + 1}: ${indicatorCount} indicators at the right cells`, () => {
        const table = tables[t];
        expect(table?.indicators).toHaveLength(indicatorCount);
        for (const { i, ...row } of indicators ?? []) {
          expect({ i, ...table?.indicators[i] }).toMatchObject({ i, ...row });
        }
      });
    });
  });
});
