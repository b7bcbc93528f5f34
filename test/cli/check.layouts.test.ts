/**
 * Issue 9 layouts through the CLI's JSON: every table fixture whose expectation has a `check` part
 * (test/fixtures/tables/<name>.expect.json) is checked as a reviewer would — `perf-tables check
 * <workbook> --json` on the workbook scripts/make-fixtures.ts wrote from it — and must give each
 * table's kind, total, grade and rule scores, and flag each problem on its cell. `findings` lists
 * every error and warning exactly; `present` / `absent` only some (published tables whose other
 * findings belong to other rules); `notes` are infos that must be there.
 */
import { join } from "node:path";
import { checkReportSchema, type TableReport } from "../../src/cli/report";
import { listTableFixtures, loadExpectation, WORKBOOK_FIXTURE_DIR } from "../core/tables/tableFixtures";
import { runCli, tempDir } from "./checkHarness";

type CellCode = readonly [cell: string, code: string];

interface TableCheck {
  readonly kind: TableReport["kind"];
  readonly indicators?: number;
  readonly total?: number;
  readonly grade?: string;
  readonly budget?: TableReport["budget"];
  /** Rule score by indicator name. */
  readonly scores?: Readonly<Record<string, number>>;
  readonly findings?: readonly CellCode[];
  readonly present?: readonly CellCode[];
  readonly absent?: readonly string[];
  readonly notes?: readonly CellCode[];
}

interface CheckExpectation {
  readonly check?: { readonly note: string; readonly tables: readonly TableCheck[] };
}

const cases = listTableFixtures()
  .map((name) => ({ name, check: loadExpectation<CheckExpectation>(name)?.check }))
  .filter((c): c is { name: string; check: NonNullable<CheckExpectation["check"]> } => c.check !== undefined);

const pairs = (report: TableReport, severities: readonly string[]): string[] =>
  report.findings.filter((f) => severities.includes(f.severity)).map((f) => `${f.cell} ${f.code}`);

describe("issue 9 layouts through perf-tables check --json", () => {
  it("has layout fixtures to check", () => {
    expect(cases.length).toBeGreaterThanOrEqual(7);
  });

  describe.each(cases)("$name", ({ name, check }) => {
    let tables: TableReport[] = [];
    beforeAll(async () => {
      const run = await runCli(
        ["check", join(WORKBOOK_FIXTURE_DIR, `${name}.xlsx`), "--json"],
        await tempDir(),
      );
      tables = checkReportSchema.parse(JSON.parse(run.stdout)).files[0]?.tables ?? [];
    });

    it("finds every table with its kind", () => {
      expect(tables.map((t) => t.kind)).toEqual(check.tables.map((t) => t.kind));
    });

    check.tables.forEach((expected, t) => {
      it(`table ${t + 1}: total, grade, funds and rule scores`, () => {
        const table = tables[t];
        if (expected.indicators !== undefined) expect(table?.indicators).toHaveLength(expected.indicators);
        if (expected.total !== undefined) expect(table?.total).toBe(expected.total);
        if (expected.grade !== undefined) expect(table?.grade).toBe(expected.grade);
        if (expected.budget !== undefined) expect(table?.budget).toEqual(expected.budget);
        for (const [indicator, score] of Object.entries(expected.scores ?? {})) {
          expect({ indicator, score: table?.indicators.find((i) => i.name === indicator)?.score }).toEqual({
            indicator,
            score,
          });
        }
      });

      it(`table ${t + 1}: each problem flagged on its cell`, () => {
        const table = tables[t];
        expect(table).toBeDefined();
        if (!table) return;
        const flagged = pairs(table, ["error", "warning"]);
        if (expected.findings) {
          expect([...flagged].sort()).toEqual(expected.findings.map(([c, code]) => `${c} ${code}`).sort());
        }
        expect(flagged).toEqual(
          expect.arrayContaining((expected.present ?? []).map(([c, code]) => `${c} ${code}`)),
        );
        expect(pairs(table, ["info"])).toEqual(
          expect.arrayContaining((expected.notes ?? []).map(([c, code]) => `${c} ${code}`)),
        );
        const absent = table.findings.filter((f) => (expected.absent ?? []).includes(f.code));
        expect(absent).toEqual([]);
      });
    });
  });
});
