/**
 * The quick readers (scanSheetData for `<sheetData>`, scanSharedStrings for `<sst>`) against the general
 * tokenizer: every worksheet and shared string part of every .xlsx fixture, and generated parts mixing
 * what the quick readers handle with what they decline (prefixes, comments, CDATA, inline and rich
 * text, phonetic guides, unknown elements, spacing) and with damage (bad entities, unclosed or
 * mismatched tags, stray text). Both ways must give the same result, or the same error.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { inflateRaw } from "../../../src/cli/xlsx/inflateRaw";
import { listZipEntries } from "../../../src/readers/xlsx/listZipEntries";
import { readSharedStrings } from "../../../src/readers/xlsx/readSharedStrings";
import { readSheetXml, type SheetContext } from "../../../src/readers/xlsx/readSheetXml";
import { readStyles } from "../../../src/readers/xlsx/readStyles";
import { scanSharedStrings } from "../../../src/readers/xlsx/scanSharedStrings";
import { scanSheetData, type RawCell } from "../../../src/readers/xlsx/scanSheetData";

const FIXTURES = join(__dirname, "../../fixtures");

function listXlsx(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return listXlsx(path);
    return /\.(xlsx|xlsm)$/i.test(entry.name) ? [path] : [];
  });
}

/** What readSheetXml gives, or the error it throws, as comparable data. */
function readBothWays(xml: string, context: SheetContext): { quick: unknown; general: unknown } {
  const read = (quick: boolean): unknown => {
    try {
      const sheet = readSheetXml(xml, { ...context, quick });
      return { ...sheet, hyperlinks: [...sheet.hyperlinks] };
    } catch (error) {
      return { thrown: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
    }
  };
  return { quick: read(true), general: read(false) };
}

/** readSharedStrings quick and general, or the error each throws. */
function stringsBothWays(xml: string): { quick: unknown; general: unknown } {
  const read = (quick: boolean): unknown => {
    try {
      return readSharedStrings(xml, quick);
    } catch (error) {
      return { thrown: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
    }
  };
  return { quick: read(true), general: read(false) };
}

const NO_STYLES = readStyles(undefined);
const SHARED = ["甲", "乙", "≥90%", "完成"];
const CONTEXT: SheetContext = {
  sharedStrings: SHARED,
  formats: NO_STYLES,
  date1904: false,
  maxCells: 1_000_000,
  maxMerges: 1_000,
};

describe("every worksheet of every .xlsx fixture reads the same both ways", () => {
  const files = listXlsx(FIXTURES);
  it("found fixtures to read", () => expect(files.length).toBeGreaterThan(20));
  let quickSheets = 0;
  it.each(files.map((f) => [f.slice(FIXTURES.length + 1), f]))("%s", (_name, path) => {
    const bytes = readFileSync(path);
    let entries;
    try {
      entries = listZipEntries(bytes);
    } catch {
      return; // damaged packages are the hostile tests' business
    }
    const text = (name: string): string | undefined => {
      const entry = entries.get(name);
      if (!entry) return undefined;
      const data = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
      try {
        return new TextDecoder().decode(entry.method === 8 ? inflateRaw(data, 1 << 26) : data);
      } catch {
        return undefined;
      }
    };
    let sharedStrings: ReturnType<typeof readSharedStrings> = [];
    let formats = NO_STYLES;
    const sst = text("xl/sharedStrings.xml");
    if (sst !== undefined) {
      const both = stringsBothWays(sst);
      expect(both.quick).toEqual(both.general);
      if (Array.isArray(both.quick)) sharedStrings = both.quick as ReturnType<typeof readSharedStrings>;
    }
    try {
      formats = readStyles(text("xl/styles.xml"));
    } catch {
      // a damaged styles part: the sheets are still compared with none
    }
    for (const name of entries.keys()) {
      if (!/^xl\/worksheets\/sheet\d+\.xml$/.test(name)) continue;
      const xml = text(name);
      if (xml === undefined) continue;
      const { quick, general } = readBothWays(xml, { ...CONTEXT, sharedStrings, formats });
      expect(quick).toEqual(general);
      const start = xml.indexOf("<sheetData>");
      if (start >= 0 && scanSheetData(xml, start + 11, sink()) >= 0) quickSheets++;
    }
  });
  // The quick reader is meant to take the tables people send, not to decline them all.
  // Runs after the fixtures above (jest keeps the order within a file): a test, so a failure shows.
  it("the quick reader took most fixture sheets", () => {
    expect(quickSheets).toBeGreaterThan(files.length / 2);
  });
});

function sink(): { startRow: () => void; endCell: (c: RawCell) => void } {
  return { startRow: () => undefined, endCell: () => undefined };
}

/** Pieces of sheet XML: mostly what Excel writes, sometimes what only the general path reads. */
const space = fc.constantFrom("", "", "", " ", "\n  ", "\r\n", "\t");
const quote = fc.constantFrom('"', '"', "'");
const attr = (name: string, value: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc.tuple(quote, value, space).map(([q, v, s]) => ` ${name}=${q}${v}${q}${s}`);
const address = fc
  .tuple(fc.constantFrom("A", "B", "C", "AA", "", "a"), fc.constantFrom("1", "2", "3", "10", "", "0"))
  .map(([c, r]) => c + r);
const valueText = fc.constantFrom(
  "0",
  "1",
  "2",
  "3",
  "7",
  "12.5",
  "-3",
  "1E+3",
  "",
  "abc",
  "&amp;x",
  "a&lt;b",
  "1\r\n2",
  "&#x41;",
  "&bogus;",
  "&#0;",
  " 3",
  "TRUE",
  "#N/A",
);
const cellType = fc.constantFrom("", "", "", "s", "n", "str", "b", "e", "inlineStr", "d");
const formulaText = fc.constantFrom("SUM(A1:B2)", "A1*2", "", "IF(A1&gt;1,1,0)", "PERF.SCORE(A1)");
const formula = fc.oneof(
  fc.tuple(formulaText, space).map(([f, s]) => `<f${s}>${f}</f>`),
  fc.constant('<f t="shared" si="0" ref="A1:A9">A1+1</f>'),
  fc.constant('<f t="shared" si="0"/>'),
  fc.constant('<f t="shared" si="1"></f>'),
  fc.constant("<f/>"),
);
const cellContent = fc.oneof(
  { weight: 6, arbitrary: valueText.map((v) => `<v>${v}</v>`) },
  { weight: 2, arbitrary: fc.tuple(formula, valueText).map(([f, v]) => `${f}<v>${v}</v>`) },
  { weight: 1, arbitrary: formula },
  { weight: 1, arbitrary: fc.constant("<v/>") },
  { weight: 1, arbitrary: fc.constant("<v>1</v><v>2</v>") },
  { weight: 1, arbitrary: fc.constant("<is><t>内联</t></is>") },
  { weight: 1, arbitrary: fc.constant("<is><r><t>富</t></r><r><rPr/><t>文本</t></r></is>") },
  { weight: 1, arbitrary: fc.constant("<v><![CDATA[5]]></v>") },
  { weight: 1, arbitrary: fc.constant("<!-- note --><v>4</v>") },
  { weight: 1, arbitrary: fc.constant("<extLst/>") },
  { weight: 1, arbitrary: fc.constant("<v>1</v >") },
  { weight: 1, arbitrary: fc.constant("<v>1</f>") },
  { weight: 1, arbitrary: fc.constant("<v>1") },
  { weight: 1, arbitrary: fc.constant("stray<v>1</v>") },
);
const cell = fc
  .tuple(
    fc.option(attr("r", address), { nil: "" }),
    fc.option(
      cellType.chain((t) => (t === "" ? fc.constant("") : attr("t", fc.constant(t)))),
      { nil: "" },
    ),
    fc.option(attr("s", fc.constantFrom("0", "1", "2", "x")), { nil: "" }),
    fc.option(attr("x14ac:foo", fc.constantFrom("1", "a&amp;b", "a<b")), { nil: "" }),
    fc.boolean(),
    fc.array(cellContent, { maxLength: 2 }),
    fc.constantFrom("c", "c", "c", "c", "x:c", "cc"),
  )
  .map(([r, t, s, extra, swap, content, name]) => {
    const attrs = swap ? `${s}${t}${extra}${r}` : `${r}${t}${s}${extra}`;
    return content.length === 0 && swap
      ? `<${name}${attrs}/>`
      : `<${name}${attrs}>${content.join("")}</${name}>`;
  });
const row = fc
  .tuple(
    fc.option(attr("r", fc.constantFrom("1", "2", "3", "5", "0", "", "x")), { nil: "" }),
    attr("spans", fc.constant("1:3")),
    fc.array(
      fc.tuple(space, cell).map(([s, c]) => s + c),
      { maxLength: 5 },
    ),
    fc.constantFrom("row", "row", "row", "row", "x:row"),
    fc.boolean(),
  )
  .map(([r, spans, cells, name, empty]) =>
    empty && cells.length === 0
      ? `<${name}${r}${spans}/>`
      : `<${name}${r}${spans}>${cells.join("")}</${name}>`,
  );
const sheetXml = fc
  .tuple(
    fc.array(
      fc.tuple(space, row).map(([s, r]) => s + r),
      { maxLength: 6 },
    ),
    fc.constantFrom("", "", "<!-- end -->", "text", "<row/>"),
    fc.constantFrom("", '<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>'),
    fc.constantFrom("", '<hyperlinks><hyperlink ref="A1" r:id="rId1"/></hyperlinks>'),
  )
  .map(
    ([rows, tail, merges, links]) =>
      `<?xml version="1.0"?><worksheet xmlns:r="r"><sheetData>${rows.join("")}${tail}</sheetData>${merges}${links}</worksheet>`,
  );

it("generated sheets read the same both ways (quick reader taken or declined)", () => {
  let taken = 0;
  let declined = 0;
  fc.assert(
    fc.property(sheetXml, (xml) => {
      const { quick, general } = readBothWays(xml, CONTEXT);
      expect(quick).toEqual(general);
      const start = xml.indexOf("<sheetData>") + 11;
      if (scanSheetData(xml, start, sink()) >= 0) taken++;
      else declined++;
    }),
    { numRuns: 4000, seed: 20261205 },
  );
  // Both paths must really have been exercised.
  expect(taken).toBeGreaterThan(400);
  expect(declined).toBeGreaterThan(400);
});

it("declines what it does not read, and takes the plain shape", () => {
  const plain =
    '<sheetData><row r="1" spans="1:2"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1"><f>A1</f><v>2</v></c></row></sheetData>';
  const cells: RawCell[] = [];
  const end = scanSheetData(plain, 11, {
    startRow: () => undefined,
    endCell: (c) => cells.push({ ...c }),
  });
  expect(end).toBe(plain.indexOf("</sheetData>"));
  expect(cells.map((c) => [c.address, c.type, c.style, c.formula, c.value])).toEqual([
    ["A1", "s", undefined, undefined, "0"],
    ["B1", undefined, "1", "A1", "2"],
  ]);
  for (const odd of [
    '<sheetData><row><x:c r="A1"><v>1</v></x:c></row></sheetData>',
    '<sheetData><row><c r="A1"><is><t>x</t></is></c></row></sheetData>',
    "<sheetData><!-- c --></sheetData>",
    '<sheetData><row><c r="A1"><v>&bad;</v></c></row></sheetData>',
  ]) {
    expect(scanSheetData(odd, 11, sink())).toBe(-1);
  }
});

/** Shared string items: mostly plain, sometimes rich, phonetic, odd or damaged. */
const item = fc.oneof(
  {
    weight: 8,
    arbitrary: fc
      .tuple(
        fc.constantFrom("自评表", "≥90%", "", "a &amp; b", "x_x000D_y", "1\r\n2", " 前后空格 ", "&#x4E00;"),
        fc.constantFrom("", ' xml:space="preserve"', " xml:space='preserve'"),
        space,
      )
      .map(([t, a, s]) => `<si>${s}<t${a}>${t}</t>${s}</si>`),
  },
  { weight: 1, arbitrary: fc.constant("<si/>") },
  { weight: 1, arbitrary: fc.constant("<si></si>") },
  { weight: 1, arbitrary: fc.constant("<si><t/></si>") },
  { weight: 2, arbitrary: fc.constant("<si><r><t>得</t></r><r><rPr><b/></rPr><t>分</t></r></si>") },
  {
    weight: 1,
    arbitrary: fc.constant(
      '<si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></si>',
    ),
  },
  { weight: 1, arbitrary: fc.constant("<si><t><![CDATA[a</si>b]]></t></si>") },
  { weight: 1, arbitrary: fc.constant("<si><!-- </si> --><t>c</t></si>") },
  { weight: 1, arbitrary: fc.constant("<x:si><x:t>p</x:t></x:si>") },
  { weight: 1, arbitrary: fc.constant("<si><t>&bad;</t></si>") },
  { weight: 1, arbitrary: fc.constant("<si><t>open</si>") },
  { weight: 1, arbitrary: fc.constant("<si><t>a</t>text</si>") },
  { weight: 1, arbitrary: fc.constant("<si><t>a</t><t>b</t></si>") },
);
const sstXml = fc
  .tuple(
    fc.array(
      fc.tuple(space, item).map(([s, i]) => s + i),
      { maxLength: 8 },
    ),
    fc.constantFrom("sst", "sst", "x:sst"),
  )
  .map(([items, root]) => `<?xml version="1.0"?><${root} count="9">${items.join("")}</${root}>`);

it("generated shared string tables read the same both ways", () => {
  let taken = 0;
  fc.assert(
    fc.property(sstXml, (xml) => {
      const { quick, general } = stringsBothWays(xml);
      expect(quick).toEqual(general);
      const start = xml.indexOf(">", xml.indexOf("sst ")) + 1;
      if (scanSharedStrings(xml, start, [], () => undefined) >= 0) taken++;
    }),
    { numRuns: 4000, seed: 20261205 },
  );
  expect(taken).toBeGreaterThan(400);
});

/**
 * Real sheets and string tables, damaged at random: a character inserted, removed or replaced (tag and
 * quote characters more often than others). Whatever comes out, both ways must agree.
 */
describe("damaged real parts read the same both ways", () => {
  const seed = readFileSync(join(FIXTURES, "workbooks/seed-002-self-eval.xlsx"));
  const entries = listZipEntries(seed);
  const part = (name: string): string => {
    const entry = entries.get(name);
    if (!entry) throw new Error(`no ${name}`);
    const data = seed.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
    return new TextDecoder().decode(entry.method === 8 ? inflateRaw(data, 1 << 26) : data);
  };
  const sheet = part("xl/worksheets/sheet1.xml");
  const strings = part("xl/sharedStrings.xml");
  const damage = (text: string): fc.Arbitrary<string> =>
    fc
      .array(
        fc.tuple(
          fc.nat({ max: text.length - 1 }),
          fc.constantFrom("insert", "remove", "replace"),
          fc.constantFrom(
            "<",
            ">",
            "/",
            '"',
            "'",
            "=",
            " ",
            "&",
            ";",
            "c",
            "v",
            "f",
            "t",
            "s",
            "1",
            "x:",
            "\r",
          ),
        ),
        { minLength: 1, maxLength: 3 },
      )
      .map((edits) => {
        let out = text;
        for (const [at, kind, piece] of edits) {
          const i = Math.min(at, out.length - 1);
          out =
            kind === "insert"
              ? out.slice(0, i) + piece + out.slice(i)
              : kind === "remove"
                ? out.slice(0, i) + out.slice(i + 1)
                : out.slice(0, i) + piece + out.slice(i + 1);
        }
        return out;
      });

  it("sheets", () => {
    const context = { ...CONTEXT, sharedStrings: readSharedStrings(strings) };
    fc.assert(
      fc.property(damage(sheet), (xml) => {
        const { quick, general } = readBothWays(xml, context);
        expect(quick).toEqual(general);
      }),
      { numRuns: 1500, seed: 20261205 },
    );
  });

  it("shared string tables", () => {
    fc.assert(
      fc.property(damage(strings), (xml) => {
        const { quick, general } = stringsBothWays(xml);
        expect(quick).toEqual(general);
      }),
      { numRuns: 1500, seed: 20261205 },
    );
  });
});
