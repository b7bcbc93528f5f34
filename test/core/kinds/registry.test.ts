/** The table-kind registry: what every kind must declare, and what is derived from it. */
import { catalogue, isMessageCode } from "../../../src/core/messages";
import { frameworks } from "../../../src/core/frameworks";
import {
  TABLE_KIND_IDS,
  fallbackKind,
  findKind,
  kindForFramework,
  kindLabel,
  kindOf,
  tableKinds,
} from "../../../src/core/kinds";
import { recognisedTableSchema } from "../../../src/core/tables";
import { tableReportSchema } from "../../../src/check/reportSchema";

const HAN = /[\u4e00-\u9fff]/;
const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "").sort();

describe("table-kind registry", () => {
  it("has unique ids and exactly one fallback kind", () => {
    const ids = tableKinds.map((k) => k.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(tableKinds.filter((k) => k.fallback === true).map((k) => k.id)).toEqual([fallbackKind().id]);
  });

  it.each(tableKinds.map((k) => [k.id, k] as const))("%s has labels in both languages", (_id, kind) => {
    for (const message of [kind.title, kind.description, kind.label]) {
      expect(HAN.test(message["zh-CN"])).toBe(true);
      expect(message.en.trim()).not.toBe("");
    }
  });

  it.each(tableKinds.map((k) => [k.id, k] as const))(
    "%s offers real frameworks, its fixed framework among them",
    (_id, kind) => {
      for (const id of kind.frameworks) expect(frameworks[id]).toBeDefined();
      if (kind.fixedFramework !== undefined) expect(kind.frameworks).toEqual([kind.fixedFramework]);
    },
  );

  it.each(tableKinds.map((k) => [k.id, k] as const))(
    "%s rewords only to codes with the same placeholders",
    (_id, kind) => {
      for (const [from, to] of Object.entries(kind.rewording ?? {})) {
        expect(isMessageCode(from)).toBe(true);
        expect(to !== undefined && isMessageCode(to)).toBe(true);
        if (to === undefined || !isMessageCode(to) || !isMessageCode(from)) continue;
        expect(placeholders(catalogue[to]["zh-CN"])).toEqual(placeholders(catalogue[from]["zh-CN"]));
      }
    },
  );

  it("looks kinds up by id, by framework and for labels", () => {
    expect(findKind("self-eval")?.evaluated).toBe(true);
    expect(findKind("nope")).toBeUndefined();
    expect(kindOf("monitor").budgetScored).toBe(false);
    expect(kindForFramework("sh2019").id).toBe("application-sh2019");
    expect(kindForFramework("sh2020").id).toBe("goal-sh2020");
    expect(kindForFramework("national").id).toBe(fallbackKind().id);
    expect(kindLabel("monitor", "en")).toBe("monitoring table");
    expect(() => kindOf("nope" as never)).toThrow(/unregistered/);
  });

  it("gives the schemas exactly the registered ids", () => {
    expect([...TABLE_KIND_IDS]).toEqual(tableKinds.map((k) => k.id));
    expect(recognisedTableSchema.shape.kind.options).toEqual([...TABLE_KIND_IDS]);
    expect(tableReportSchema.shape.kind.options).toEqual([...TABLE_KIND_IDS]);
  });
});
