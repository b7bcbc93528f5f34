/**
 * Runs every case of test/fixtures/targets/*.jsonl through parseTarget. A case is one JSON object per
 * line: { input, context?, expect: { kind, op?, value?, unit?, decimals?, outcome?, text?, low?, high?,
 * parts?, issues? }, source? }. `issues` lists exactly the codes expected (any severity, order-free);
 * without it no error or warning may be reported. Every case of an error.* file must be flagged.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseTarget } from "../../../src/core/target";
import type { ParsedTarget, TargetContext } from "../../../src/core/target";
import { targetMessages } from "../../../src/core/target/targetMessages";

interface Expectation {
  kind: ParsedTarget["kind"];
  op?: string | null;
  value?: number;
  unit?: string;
  decimals?: number;
  outcome?: string;
  text?: string;
  low?: number;
  high?: number;
  parts?: number;
  issues?: string[];
}

interface Case {
  input: string | number | null;
  context?: TargetContext;
  expect: Expectation;
  source?: string;
}

const dir = join(__dirname, "../../fixtures/targets");
const files = readdirSync(dir).filter((name) => name.endsWith(".jsonl"));

function readCases(file: string): [string, Case][] {
  return readFileSync(join(dir, file), "utf8")
    .split("\n")
    .map((line, index) => [line, index + 1] as const)
    .filter(([line]) => line.trim() !== "")
    .map(([line, lineNo]) => [`${file}:${lineNo} ${line.slice(0, 60)}`, JSON.parse(line) as Case]);
}

const allCases = files.flatMap((file) => readCases(file).map(([title, c]) => [file, title, c] as const));

describe("target corpus", () => {
  it("has at least 200 cases in ok.* and error.* files", () => {
    expect(files.every((name) => /^(ok|error)\.[\w.-]+\.jsonl$/.test(name))).toBe(true);
    expect(allCases.length).toBeGreaterThanOrEqual(200);
  });

  it.each(allCases.map(([file, title, c]) => [title, file, c] as const))("%s", (_title, file, c) => {
    const parsed = parseTarget(c.input, c.context);
    const e = c.expect;
    expect(parsed.kind).toBe(e.kind);
    const record = parsed as unknown as Record<string, unknown>;
    for (const key of ["op", "value", "unit", "decimals", "outcome", "text", "low", "high"] as const) {
      if (e[key] !== undefined) expect({ [key]: record[key] }).toEqual({ [key]: e[key] });
    }
    if (e.parts !== undefined) {
      expect(parsed.kind === "compound" ? parsed.parts.length : -1).toBe(e.parts);
    }
    const codes = parsed.issues.map((issue) => issue.code);
    if (e.issues) {
      expect([...codes].sort()).toEqual([...e.issues].sort());
    } else {
      expect(parsed.issues.filter((issue) => issue.severity !== "info").map((i) => i.code)).toEqual([]);
    }
    if (file.startsWith("error.")) {
      expect(parsed.issues.some((issue) => issue.severity === "error" || issue.severity === "warning")).toBe(
        true,
      );
    }
    for (const code of codes) expect(Object.keys(targetMessages)).toContain(code);
  });
});

describe("corpus coverage", () => {
  it("expects every message code in some case, except those JSON cannot carry", () => {
    const expected = new Set(allCases.flatMap(([, , c]) => c.expect.issues ?? []));
    const notInJson = ["TARGET_INTERNAL_ERROR", "TARGET_NOT_A_NUMBER"];
    const missing = Object.keys(targetMessages).filter(
      (code) => !expected.has(code) && !notInJson.includes(code),
    );
    expect(missing).toEqual([]);
  });

  it("treats a null context like no context", () => {
    expect(parseTarget("=1", null)).toEqual(parseTarget("=1"));
  });

  it("reads NaN and ±Infinity from a number cell as invalid", () => {
    for (const input of [Number.NaN, Infinity, -Infinity]) {
      const parsed = parseTarget(input, { role: "actual" });
      expect(parsed.kind).toBe("invalid");
      expect(parsed.issues.map((issue) => issue.code)).toEqual(["TARGET_NOT_A_NUMBER"]);
    }
  });
});

describe("target messages", () => {
  it.each(Object.entries(targetMessages))("%s has the same placeholders in zh-CN and en", (code, message) => {
    expect(code).toMatch(/^TARGET_[A-Z0-9_]+$/);
    const names = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "").sort();
    expect(names(message["zh-CN"])).toEqual(names(message.en));
    expect(message["zh-CN"]).toMatch(/[\u4e00-\u9fff]/);
  });
});
