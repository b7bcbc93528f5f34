import fs from "node:fs";
import path from "node:path";
import { catalogue, isMessageCode } from "../../src/core/messages";
import { loadExcelHost, type CellOutcome, type ExcelHost } from "./excelHost";

interface FunctionCase {
  readonly id: string;
  readonly args: unknown[];
  readonly expect?: unknown;
  readonly close?: number;
  readonly error?: string;
  readonly messageCode?: string;
  readonly messageIncludes?: string;
  readonly expectMessageCode?: string;
  readonly expectNonEmpty?: boolean;
}

const fixture = JSON.parse(
  fs.readFileSync(path.resolve(__dirname, "../fixtures/functions/cases.json"), "utf8"),
) as { cases: FunctionCase[] };

/** A regular expression matching any filling of a zh-CN catalogue text. */
function messagePattern(code: string): RegExp {
  if (!isMessageCode(code)) throw new Error(`${code} is not in the message catalogue`);
  const template = catalogue[code]["zh-CN"];
  const parts = template.split(/\{\w+\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`^${parts.join("[\\s\\S]*?")}$`);
}

const HAS_CHINESE = /[\u4e00-\u9fff]/;

function describeCall(c: FunctionCase): string {
  return `PERF.${c.id}(${c.args.map((a) => JSON.stringify(a)).join(", ")})`;
}

let host: ExcelHost;

beforeAll(async () => {
  host = await loadExcelHost();
});

describe("PERF functions called by id", () => {
  test.each(fixture.cases.map((c) => [describeCall(c), c] as const))("%s", (_name, c) => {
    const outcome: CellOutcome = host.call(c.id, ...c.args);
    if (c.error !== undefined) {
      expect(outcome).toMatchObject({ kind: "error", code: c.error });
      if (outcome.kind !== "error") return;
      if (c.error === "#VALUE!" || c.error === "#N/A") {
        expect(outcome.message).toMatch(HAS_CHINESE);
      } else {
        expect(outcome.message).toBeUndefined();
      }
      if (c.messageCode) expect(outcome.message).toMatch(messagePattern(c.messageCode));
      if (c.messageIncludes) expect(outcome.message).toContain(c.messageIncludes);
      return;
    }
    expect(outcome.kind).toBe("value");
    if (outcome.kind !== "value") return;
    if (c.close !== undefined) {
      expect(outcome.value).toBeCloseTo(c.close, 9);
    } else if (c.expectMessageCode !== undefined) {
      expect(outcome.value).toMatch(messagePattern(c.expectMessageCode));
    } else if (c.expectNonEmpty) {
      expect(typeof outcome.value).toBe("string");
      expect(outcome.value).toMatch(HAS_CHINESE);
    } else {
      expect(outcome.value).toEqual(c.expect);
    }
  });

  test("every function has at least one fixture case, and one error case", () => {
    for (const fn of host.metadata.functions) {
      const cases = fixture.cases.filter((c) => c.id === fn.id);
      expect(cases.length).toBeGreaterThan(0);
      expect(cases.some((c) => c.error !== undefined)).toBe(true);
    }
  });
});
