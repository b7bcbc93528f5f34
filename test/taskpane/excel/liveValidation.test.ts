import { isOwnWrite, startLiveValidation, withOwnWrites } from "../../../src/taskpane/excel/liveValidation";
import { fakeHost } from "./fakeHost";

/** Lets the fake host's queued events and the debounce timer run. */
async function settle(ms: number): Promise<void> {
  await jest.advanceTimersByTimeAsync(ms);
}

describe("live validation", () => {
  let clock = Date.now();
  beforeEach(() => {
    jest.useFakeTimers();
    // a fresh clock far past any earlier test's echo window (the guard is module state, like in the pane)
    clock += 3_600_000;
    jest.setSystemTime(clock);
  });
  afterEach(() => jest.useRealTimers());

  it.each(["1.9", "1.8"])(
    "unregisters its handler on stop, so off/on never piles up handlers (ExcelApi %s)",
    async (apiVersion) => {
      const host = fakeHost({ apiVersion });
      const live = (): number =>
        host.state.collectionHandlers.length + host.state.sheets.reduce((n, s) => n + s.handlers.length, 0);
      for (let round = 0; round < 3; round++) {
        const session = await startLiveValidation(host.Excel, async () => {}, { debounceMs: 10 });
        expect(live()).toBe(1);
        await session.stop();
        expect(live()).toBe(0);
      }
    },
  );

  it("checks once after a burst of user edits, with the edited addresses", async () => {
    const host = fakeHost();
    const calls: (readonly string[])[] = [];
    const live = await startLiveValidation(host.Excel, async (edited) => void calls.push(edited), {
      debounceMs: 500,
    });
    host.userEdit(null, "D8", "≥90%");
    host.userEdit(null, "D9", "=100%");
    await settle(100);
    host.userEdit(null, "E9", "100%");
    await settle(499);
    expect(calls).toEqual([]);
    await settle(2);
    expect(calls).toEqual([["D8", "D9", "E9"]]);
    await live.stop();
    host.userEdit(null, "D8", "x");
    await settle(2000);
    expect(calls).toHaveLength(1);
  });

  it.each(["1.14", "1.8"])("ignores the add-in's own writes (ExcelApi %s)", async (apiVersion) => {
    const host = fakeHost({ apiVersion });
    const check = jest.fn(async () => {
      // a check writes too (like marking or a repair) — its echo must not start another check
      await host.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getActiveWorksheet().getRange("Z1").values = [["own"]];
        await ctx.sync();
      });
    });
    const live = await startLiveValidation(host.Excel, check, { debounceMs: 500 });
    await withOwnWrites(() =>
      host.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getActiveWorksheet().getRange("A1:B2").values = [
          [1, 2],
          [3, 4],
        ];
        await ctx.sync();
      }),
    );
    await settle(3000);
    expect(check).not.toHaveBeenCalled();
    host.userEdit(null, "C3", "用户输入");
    await settle(3000);
    expect(check).toHaveBeenCalledTimes(1);
    await live.stop();
  });

  it("reports a failing check and keeps listening", async () => {
    const host = fakeHost();
    const errors: unknown[] = [];
    let n = 0;
    const live = await startLiveValidation(
      host.Excel,
      async () => {
        n++;
        if (n === 1) throw new Error("boom");
      },
      { debounceMs: 10, onError: (e) => errors.push(e) },
    );
    host.userEdit(null, "A1", 1);
    await settle(2000);
    host.userEdit(null, "A1", 2);
    await settle(2000);
    expect(errors).toHaveLength(1);
    expect(n).toBe(2);
    await live.stop();
  });

  it.each([
    ["1.14", 1],
    ["1.8", 0],
  ] as const)("with ExcelApi %s hears edits on other sheets %i time(s)", async (apiVersion, expected) => {
    const host = fakeHost({ apiVersion, sheets: ["目标表", "自评表"] });
    const check = jest.fn(async () => {});
    const live = await startLiveValidation(host.Excel, check, { debounceMs: 100 });
    host.userEdit("自评表", "B2", "≥90%");
    await settle(1000);
    expect(check).toHaveBeenCalledTimes(expected);
    host.userEdit("目标表", "B2", "≥90%");
    await settle(1000);
    expect(check).toHaveBeenCalledTimes(expected + 1);
    await live.stop();
  });

  it("tells own-write echoes from user edits", async () => {
    await withOwnWrites(async () => {
      expect(isOwnWrite({ triggerSource: "ThisLocalAddin" })).toBe(true);
      expect(isOwnWrite({ triggerSource: "Unknown" })).toBe(false); // a host that tells: believe it
      expect(isOwnWrite({})).toBe(true); // a host that does not: during our write it is ours
    });
    expect(isOwnWrite({})).toBe(true); // … and shortly after
    await settle(5000);
    expect(isOwnWrite({})).toBe(false);
  });
});
