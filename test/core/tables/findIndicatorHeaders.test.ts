import { readFileSync } from "node:fs";
import { join } from "node:path";
import { findIndicatorHeaders } from "../../../src/core/tables/findIndicatorHeaders";
import { createSheetView } from "../../../src/core/tables/sheetView";
import { TABLE_FIXTURE_DIR } from "./tableFixtures";

const cases = JSON.parse(readFileSync(join(TABLE_FIXTURE_DIR, "cases", "helpers.json"), "utf8")) as {
  columnRole: [string, string | null][];
};

/** A header row with the given 三级 and target labels, and one data row under it. */
function headerRows(name: string, target: string): ReturnType<typeof findIndicatorHeaders> {
  return findIndicatorHeaders(
    createSheetView({
      values: [
        ["一级指标", "二级指标", name, target, "分值"],
        ["产出指标", "数量指标", "工作任务1完成率", "≥90%", 10],
      ],
      origin: "A1",
    }),
  );
}

// The header search skips rows without 指标/三级 and 值 before normalising any label: every 三级 and
// every target label of the columnRole cases must still be found that way.
describe("findIndicatorHeaders finds every known 三级 and target label", () => {
  const names = cases.columnRole.filter(([, role]) => role === "name").map(([label]) => label);
  const targets = cases.columnRole.filter(([, role]) => role === "target").map(([label]) => label);

  it.each(names)("三级 label %j", (label) => {
    const [header] = headerRows(label, "年度指标值");
    expect(header?.row).toBe(0);
    expect(header?.cols.name).toBe(2);
  });

  it.each(targets)("target label %j", (label) => {
    const [header] = headerRows("三级指标", label);
    expect(header?.row).toBe(0);
    expect(header?.cols.target).toBe(3);
  });

  it("never takes a data row that says 指标 for a header", () => {
    expect(headerRows("三级指标", "指标值").map((h) => h.row)).toEqual([0]);
  });
});
