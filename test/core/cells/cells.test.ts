/* eslint-disable no-restricted-syntax -- code-point arithmetic on full-width characters, not A1 letters */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { cellText, foldWidth, isBlank, readNumber } from "../../../src/core/cells";
import { readNumber as readNumberArgument } from "../../../src/functions/readArguments";
import { isCellError, type CellValue } from "../../../src/core/grid";

/**
 * The implementations the shared module replaced (core/validation/readNumber.ts, core/tables/cellText.ts
 * and the two toHalfWidth copies), kept here as the oracle: the shared readers must read the corpus
 * exactly as they did.
 */
const legacy = {
  validationHalfWidth: (text: string): string =>
    text.replace(/[０-９．＋－]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)),
  functionsHalfWidth: (text: string): string =>
    text.replace(/[\uFF0E\uFF0C\uFF10-\uFF19\uFF0B\uFF0D]/g, (c) =>
      String.fromCharCode(c.charCodeAt(0) - 0xfee0),
    ),
  readNumber(value: CellValue | undefined): number | null {
    if (value === null || value === undefined || typeof value === "boolean" || isCellError(value))
      return null;
    if (typeof value === "number") return Number.isFinite(value) ? value : null;
    const text = legacy
      .validationHalfWidth(value)
      .replace(/[\s,，]/g, "")
      .replace(/(分|%|％)$/, "");
    if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(text)) return null;
    const n = Number(text);
    return Number.isFinite(n) ? n : null;
  },
  /** core/validation's cellText: booleans came out as "true" / "false". */
  validationCellText(value: CellValue | undefined): string {
    if (value === null || value === undefined) return "";
    if (isCellError(value)) return value.error;
    return String(value).trim();
  },
};

/** Every string and number in the target and table fixtures (each table cell on its own). */
function corpus(): (string | number)[] {
  const values: (string | number)[] = [];
  const collect = (node: unknown): void => {
    if (typeof node === "string") {
      values.push(node);
      if (node.includes("\t")) values.push(...node.split("\t"));
    } else if (typeof node === "number") values.push(node);
    else if (Array.isArray(node)) node.forEach(collect);
    else if (node && typeof node === "object") Object.values(node).forEach(collect);
  };
  const fixtures = join(__dirname, "../../fixtures");
  for (const folder of ["targets", "tables", "tables/cases"]) {
    for (const name of readdirSync(join(fixtures, folder))) {
      if (!/\.jsonl?$/.test(name)) continue;
      const text = readFileSync(join(fixtures, folder, name), "utf8");
      const documents = name.endsWith(".jsonl") ? text.split("\n").filter((l) => l.trim() !== "") : [text];
      for (const document of documents) collect(JSON.parse(document));
    }
  }
  return values;
}

/** Every full-width ASCII character alone, after a digit, and inside a number. */
const FULL_WIDTH = Array.from({ length: 0xff5e - 0xff01 + 1 }, (_, i) => String.fromCharCode(0xff01 + i));
const SYNTHETIC = [
  ...FULL_WIDTH,
  ...FULL_WIDTH.map((ch) => `１${ch}`),
  ...FULL_WIDTH.map((ch) => `１${ch}５`),
  "１，２３４．５０",
  "－１７．５",
  "＋０．５",
  "９９．８８％",
  "４．００分",
  "　１２　",
  "⑤",
  "²",
  "½",
  "５㎡",
  "1 234",
];

describe("foldWidth", () => {
  it("folds each full-width ASCII character to its ASCII twin (NFKC gives exactly that block)", () => {
    for (const ch of FULL_WIDTH) expect(foldWidth(ch)).toBe(String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
    expect(foldWidth("１，２３４．５０％")).toBe("1,234.50%");
  });

  it("leaves what whole-text NFKC would change outside that block: circled digits, superscripts, units", () => {
    for (const text of ["⑤", "²", "½", "㎡", "℃", "\u3000"]) {
      expect(text.normalize("NFKC")).not.toBe(text);
      expect(foldWidth(text)).toBe(text);
    }
  });
});

describe("readNumber", () => {
  it("reads what a person types or a table prints", () => {
    expect(readNumber("17.50")).toBe(17.5);
    expect(readNumber("１，２３４．５０")).toBe(1234.5);
    expect(readNumber("４．００分")).toBe(4);
    expect(readNumber("99.88%")).toBe(99.88);
    expect(readNumber("９９．８８％")).toBe(99.88);
    expect(readNumber(" －１７．５ ")).toBe(-17.5);
    expect(readNumber(12)).toBe(12);
  });

  it("gives null for dashes, words, booleans, errors, blanks and look-alike digits", () => {
    for (const value of [
      "-",
      "—",
      "",
      "  ",
      "无",
      "⑤",
      "²",
      "5㎡",
      "1e5",
      true,
      null,
      undefined,
      { error: "#N/A" },
    ]) {
      expect(readNumber(value)).toBeNull();
    }
  });

  it("reads every value of the target and table fixtures exactly as the validation reader did", () => {
    const values = [...corpus(), ...SYNTHETIC];
    expect(values.length).toBeGreaterThan(2000);
    const differing = values.filter((v) => !Object.is(readNumber(v), legacy.readNumber(v)));
    expect(differing).toEqual([]);
  });

  it("leaves the worksheet functions' argument reader as it was, except full-width exponents", () => {
    const read = (text: string, fold: (t: string) => string): number | string => {
      const plain = fold(text).trim().replace(/,/g, "");
      return /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(plain) ? Number(plain) : "#VALUE!";
    };
    const viaArgument = (text: string): number | string => {
      try {
        return readNumberArgument(text, "x", true) ?? "";
      } catch {
        return "#VALUE!";
      }
    };
    const strings = [...corpus(), ...SYNTHETIC].filter(
      (v): v is string => typeof v === "string" && v.trim() !== "",
    );
    const differing = strings.filter((s) => viaArgument(s) !== read(s, legacy.functionsHalfWidth));
    // "１Ｅ５" now reads like "1E5" (the only full-width letters a plain number holds).
    expect(differing).toEqual(["１Ｅ５", "１ｅ５"]);
    expect(viaArgument("１Ｅ５")).toBe(100000);
  });
});

describe("cellText", () => {
  it("shows values as Excel does", () => {
    expect(cellText(17.52)).toBe("17.52");
    expect(cellText(true)).toBe("TRUE");
    expect(cellText(false)).toBe("FALSE");
    expect(cellText({ error: "#N/A" })).toBe("#N/A");
    expect(cellText("  已完成 ")).toBe("已完成");
    expect(cellText(null)).toBe("");
    expect(cellText(undefined)).toBe("");
    expect(cellText(Number.NaN)).toBe("");
  });

  it("agrees with the validation copy it replaced on every fixture value; booleans now read TRUE/FALSE", () => {
    const values = corpus();
    expect(values.filter((v) => cellText(v) !== legacy.validationCellText(v))).toEqual([]);
    expect([true, false].map((b) => [cellText(b), legacy.validationCellText(b)])).toEqual([
      ["TRUE", "true"],
      ["FALSE", "false"],
    ]);
  });
});

describe("isBlank", () => {
  it("is true for empty cells and spaces only", () => {
    expect([null, undefined, "", "  ", "\u3000"].map(isBlank)).toEqual([true, true, true, true, true]);
    expect([0, "0", false, { error: "#N/A" }].map(isBlank)).toEqual([false, false, false, false]);
  });
});
