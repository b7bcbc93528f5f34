import { checkReportSchema } from "../../src/check/reportSchema";

// A loosely typed view of the report, so that each case can break one field.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Spoilable = any;

const valid = {
  files: [
    {
      path: "/a.xlsx",
      tables: [
        {
          sheet: "绩效自评表",
          kind: "self-eval",
          range: "A1:H26",
          budget: { budget: 17.52, executed: 17.5, rate: 99.89, score: 9.99, claimedScore: 9.99 },
          indicators: [
            {
              row: 24,
              level1: "满意度指标",
              level2: "服务对象满意度指标",
              name: "系统使用人员满意度",
              target: "≥90.00(%)",
              actual: "89.00(%)",
              weight: 5,
              score: 4.94,
              claimedScore: 4,
            },
          ],
          total: 98.99,
          claimedTotal: 98.99,
          grade: "优",
          claimedGrade: "优",
          findings: [{ cell: "G24", code: "SCORES_DIFFERS_FROM_RULE", severity: "warning", message: "…" }],
        },
      ],
    },
    { path: "/b.xlsx", error: "损坏", tables: [] },
  ],
};

describe("checkReportSchema", () => {
  it("accepts the shape of docs/architecture.md §4.3", () => {
    expect(checkReportSchema.safeParse(valid).success).toBe(true);
  });

  it.each([
    ["a score with 3 decimals", (r: Spoilable) => (r.files[0].tables[0].total = 98.987)],
    ["an unknown severity", (r: Spoilable) => (r.files[0].tables[0].findings[0].severity = "fatal")],
    ["a finding without a message", (r: Spoilable) => delete r.files[0].tables[0].findings[0].message],
    ["an unknown table kind", (r: Spoilable) => (r.files[0].tables[0].kind = "budget")],
    ["a row number of 0", (r: Spoilable) => (r.files[0].tables[0].indicators[0].row = 0)],
    ["a grade outside 优良中差", (r: Spoilable) => (r.files[0].tables[0].grade = "A")],
    ["a file without tables", (r: Spoilable) => delete r.files[1].tables],
  ])("rejects %s", (_name, spoil) => {
    const copy = structuredClone(valid);
    spoil(copy);
    expect(checkReportSchema.safeParse(copy).success).toBe(false);
  });
});
