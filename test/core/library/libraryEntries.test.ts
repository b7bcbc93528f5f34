import { frameworks, isLevel2Allowed } from "../../../src/core/frameworks";
import { libraryEntries, pinyinInitials, type LibraryFramework } from "../../../src/core/library";
import required from "../../fixtures/library/required.json";

const lists = Object.entries(libraryEntries) as [LibraryFramework, (typeof libraryEntries)["national"]][];

describe("indicator library", () => {
  it.each(lists)("%s has at least 60 indicators", (_framework, entries) => {
    expect(entries.length).toBeGreaterThanOrEqual(60);
  });

  it.each(lists)("%s: every 二级 belongs to its 一级 in the framework", (framework, entries) => {
    const misplaced = entries.filter((e) => !isLevel2Allowed(frameworks[framework], e.level1, e.level2));
    expect(misplaced).toEqual([]);
  });

  it.each(lists)("%s: stored initials match the pinyin table", (_framework, entries) => {
    const wrong = entries.filter((e) => e.initials !== pinyinInitials(e.name) || e.initials.includes("?"));
    expect(wrong).toEqual([]);
  });

  it.each(lists)("%s: names are unique and ids are unique", (_framework, entries) => {
    expect(new Set(entries.map((e) => e.name)).size).toBe(entries.length);
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
  });

  it.each(lists)(
    "%s: targets are an operator with a number and unit, or a qualitative word",
    (_f, entries) => {
      const quantitative = /^(?:[≥≤=<>])\d+(?:\.\d+)?(?:%|起|次|人|套|项|件|份|元|万元|小时|年)$/u;
      const qualitative = /^(?:合理|健全|规范|合规|有效|可控|及时|完备)$/u;
      const odd = entries.filter((e) => !quantitative.test(e.target) && !qualitative.test(e.target));
      expect(odd).toEqual([]);
    },
  );

  it.each(required as [LibraryFramework, string, string][])(
    "%s has %s with target %s",
    (fw, name, target) => {
      const entry = libraryEntries[fw].find((e) => e.name === name);
      expect(entry?.target).toBe(target);
    },
  );
});

describe("pinyinInitials", () => {
  it("reads polyphonic words by the word", () => {
    expect(pinyinInitials("会计核算")).toBe("kjhs");
    expect(pinyinInitials("社会")).toBe("sh");
    expect(pinyinInitials("增长率")).toBe("zzl");
  });

  it("keeps letters and digits, drops punctuation, marks unknown characters", () => {
    expect(pinyinInitials("12345热线(A)")).toBe("12345rxa");
    expect(pinyinInitials("龘")).toBe("?");
    expect(pinyinInitials("")).toBe("");
  });
});
