import { remember } from "../../src/core/remember";

describe("remember", () => {
  it("works an answer out once per key, undefined answers included", () => {
    const asked: string[] = [];
    const lookup = remember((key: string) => {
      asked.push(key);
      return key === "none" ? undefined : key.length;
    });
    expect([lookup("ab"), lookup("ab"), lookup("none"), lookup("none")]).toEqual([
      2,
      2,
      undefined,
      undefined,
    ]);
    expect(asked).toEqual(["ab", "none"]);
  });

  it("forgets everything once it holds `max` keys, and keeps answering right", () => {
    let computed = 0;
    const square = remember((n: number) => {
      computed++;
      return n * n;
    }, 3);
    for (const n of [1, 2, 3]) square(n);
    expect(computed).toBe(3);
    expect(square(4)).toBe(16); // the map was full: cleared, then 4 kept
    expect(square(1)).toBe(1); // forgotten: worked out again
    expect(computed).toBe(5);
    expect(square(4)).toBe(16);
    expect(computed).toBe(5);
  });
});
