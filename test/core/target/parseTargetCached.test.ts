import { parseTarget, parseTargetCached } from "../../../src/core/target";

describe("parseTargetCached", () => {
  it("gives the same reading as parseTarget", () => {
    for (const input of ["≥90.00(%)", "=1", "健全", "", null, 90, "80%-90%"]) {
      expect(parseTargetCached(input)).toEqual(parseTarget(input));
      expect(parseTargetCached(input, { name: "专款专用率" })).toEqual(
        parseTarget(input, { name: "专款专用率" }),
      );
    }
  });

  it("returns the kept result for a repeated input and context", () => {
    const first = parseTargetCached("≥95.00(%)", { role: "actual" });
    expect(parseTargetCached("≥95.00(%)", { role: "actual" })).toBe(first);
  });

  it("keeps inputs with different contexts and types apart", () => {
    expect(parseTargetCached("=1", { name: "专款专用率" })).not.toEqual(
      parseTargetCached("=1", { name: "回复时限" }),
    );
    expect(parseTargetCached("90", { role: "actual" }).source).toBe("90");
    expect(parseTargetCached(90, { role: "target" }).issues.map((i) => i.code)).toContain(
      "TARGET_MISSING_OPERATOR",
    );
    expect(parseTargetCached("90", { role: "actual" }).issues).toEqual([]);
  });

  it("stays correct after the memory fills up and is emptied", () => {
    for (let i = 0; i < 25_000; i += 1) parseTargetCached(`≥${i}(件)`);
    const late = parseTargetCached("≥24999(件)");
    expect(late.kind === "quantitative" ? late.value : undefined).toBe(24999);
    const early = parseTargetCached("≥7(件)");
    expect(early.kind === "quantitative" ? early.value : undefined).toBe(7);
  });
});
