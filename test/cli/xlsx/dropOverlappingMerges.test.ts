import { readFileSync } from "node:fs";
import { join } from "node:path";
import { dropOverlappingMerges } from "../../../src/cli/xlsx/dropOverlappingMerges";
import { WORKBOOK_FIXTURE_DIR } from "../../core/tables/tableFixtures";

interface MergeCase {
  readonly name: string;
  readonly merges: readonly string[];
  readonly dropped: readonly string[];
  readonly prefix?: string;
}

const { cases } = JSON.parse(
  readFileSync(join(WORKBOOK_FIXTURE_DIR, "reader", "overlapping-merges.json"), "utf8"),
) as { cases: MergeCase[] };

function sheetXml(merges: readonly string[], p = ""): string {
  const list = merges.map((ref) => `<${p}mergeCell ref="${ref}"/>`).join("");
  return `<${p}worksheet><${p}sheetData/><${p}mergeCells count="${merges.length}">${list}</${p}mergeCells><${p}pageMargins/></${p}worksheet>`;
}

describe("dropOverlappingMerges keeps the first of repeated or overlapping merges", () => {
  it.each(cases.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const input = sheetXml(c.merges, c.prefix);
    const { xml, dropped } = dropOverlappingMerges(input);
    expect(dropped).toEqual(c.dropped);
    if (c.dropped.length === 0) {
      expect(xml).toBe(input);
      return;
    }
    // What remains is the list minus the dropped entries, in order, with its count.
    const kept = [...c.merges];
    for (const ref of c.dropped) kept.splice(kept.lastIndexOf(ref), 1);
    expect(xml).toBe(sheetXml(kept, c.prefix));
  });

  it("leaves a sheet without merges alone", () => {
    const xml = "<worksheet><sheetData/></worksheet>";
    expect(dropOverlappingMerges(xml)).toEqual({ xml, dropped: [] });
  });
});
