import { libraryFrameworkOf, searchLibrary, type LibraryFramework } from "../../../src/core/library";
import cases from "../../fixtures/library/search.json";

interface Case {
  readonly query: string;
  readonly framework?: LibraryFramework;
  readonly expected?: string;
  readonly field?: "name" | "initials";
  readonly contains?: string;
}

const opts = (c: Case) => (c.framework ? { framework: c.framework } : {});

describe("searchLibrary", () => {
  it.each(cases.firstResult as Case[])("$query → $expected first", (c) => {
    expect(searchLibrary(c.query, opts(c))[0]?.name).toBe(c.expected);
  });

  it.each(cases.noResult as Case[])("$query finds nothing", (c) => {
    expect(searchLibrary(c.query, opts(c))).toEqual([]);
  });

  it.each(cases.allMatch as Case[])("every result of $query has $field containing $contains", (c) => {
    const results = searchLibrary(c.query, opts(c));
    expect(results.length).toBeGreaterThan(1);
    for (const entry of results) expect(entry[c.field ?? "name"]).toContain(c.contains);
    expect(results.every((e) => e.framework === c.framework)).toBe(true);
  });

  it("lists the library for an empty query and honours the limit", () => {
    expect(searchLibrary("", { framework: "national", limit: 5 })).toHaveLength(5);
    expect(searchLibrary("  ", { framework: "sh2020" }).length).toBeGreaterThanOrEqual(50);
  });

  it("ranks a name that starts with the query before one that only contains it", () => {
    const names = searchLibrary("设备", { framework: "national" }).map((e) => e.name);
    const starting = names.filter((n) => n.startsWith("设备"));
    const containing = names.filter((n) => !n.startsWith("设备"));
    expect(starting.length).toBeGreaterThan(0);
    expect(containing.length).toBeGreaterThan(0);
    expect(names).toEqual([...starting, ...containing]);
  });

  it("maps table frameworks to library lists", () => {
    expect(libraryFrameworkOf("sh2019")).toBe("sh2020");
    expect(libraryFrameworkOf("sh2020")).toBe("sh2020");
    expect(libraryFrameworkOf("national-pre2021")).toBe("national");
    expect(libraryFrameworkOf(undefined)).toBe("national");
  });
});
