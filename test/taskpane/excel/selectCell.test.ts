import { selectCell } from "../../../src/taskpane/excel/selectCell";
import { fakeHost } from "./fakeHost";

describe("selectCell", () => {
  it("activates the sheet and selects the cell", async () => {
    const host = fakeHost({ sheets: ["Sheet1", "自评表"] });
    expect(await host.Excel.run((ctx) => selectCell(ctx, "自评表", "自评表!D12"))).toBe(true);
    expect(host.state.selection).toEqual({ sheet: "自评表", address: "D12" });
  });

  it("returns false for a sheet that is gone", async () => {
    const host = fakeHost();
    expect(await host.Excel.run((ctx) => selectCell(ctx, "无此表", "A1"))).toBe(false);
    expect(host.state.selection).toBeNull();
  });
});
