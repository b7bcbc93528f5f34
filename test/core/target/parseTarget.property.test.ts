/**
 * Properties of the target reader on inputs nobody wrote by hand: random text, corpus values with
 * random edits (operators, digits, units, full-width characters, parentheses spliced in), and every
 * kind of double. The reader must never throw, never put NaN or ±Infinity in a result, never fall
 * into its internal-error guard, and writing a quantitative result back must read back the same.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { formatTarget, parseTarget } from "../../../src/core/target";
import type { ParsedTarget, TargetContext } from "../../../src/core/target";

const dir = join(__dirname, "../../fixtures/targets");
const corpusInputs: string[] = readdirSync(dir)
  .filter((name) => name.endsWith(".jsonl"))
  .flatMap((name) => readFileSync(join(dir, name), "utf8").split("\n"))
  .filter((line) => line.trim() !== "")
  .map((line) => (JSON.parse(line) as { input: unknown }).input)
  .filter((input): input is string => typeof input === "string");

/** Characters that matter to the reader, spliced into real values. */
const PIECES = [
  ..."≥≤=<>≧≦⩾⩽═﹦﹥﹤＞＜＝＞＝＜＝",
  ">=",
  "<=",
  "=>",
  "==",
  ..."0123456789０１２３４５６７８９.．,，%％‰()（）:：;；、。-~～至\n $\\",
  "万元",
  "个",
  "件",
  "人次",
  "分钟",
  "小时",
  "天",
  "万元/年",
  "以上",
  "以内",
  "不低于",
  "不超过",
  "控制在",
  "左右",
  "健全",
  "达成",
  "率",
  "\\geq",
  "2020-12-31",
  "1e400",
  "9".repeat(330),
];

type Edit = { kind: "insert" | "replace" | "delete"; at: number; piece: string };

const editArb: fc.Arbitrary<Edit> = fc.record({
  kind: fc.constantFrom("insert", "replace", "delete"),
  at: fc.nat(),
  piece: fc.constantFrom(...PIECES),
});

function applyEdits(text: string, edits: readonly Edit[]): string {
  let out = text;
  for (const edit of edits) {
    const at = out.length === 0 ? 0 : edit.at % (out.length + 1);
    if (edit.kind === "insert") out = out.slice(0, at) + edit.piece + out.slice(at);
    else if (edit.kind === "replace") out = out.slice(0, at) + edit.piece + out.slice(at + 1);
    else out = out.slice(0, at) + out.slice(at + 1);
  }
  return out;
}

const contextArb: fc.Arbitrary<TargetContext | undefined> = fc.option(
  fc.record(
    {
      name: fc.constantFrom("专款专用率", "回复时限", "资金使用比例", "系统用户数量", "", "合格率（%）"),
      role: fc.constantFrom("target" as const, "actual" as const),
      expectedUnit: fc.constantFrom("%", "万元", ""),
    },
    { requiredKeys: [] },
  ),
  { nil: undefined },
);

const mutatedArb = fc
  .tuple(fc.constantFrom(...corpusInputs), fc.array(editArb, { maxLength: 6 }))
  .map(([text, edits]) => applyEdits(text, edits));

const textArb = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((parts) => parts.join("")),
  mutatedArb,
);

const numberArb = fc.oneof(
  fc.double(),
  fc.constantFrom(
    Number.NaN,
    Infinity,
    -Infinity,
    -0,
    0,
    Number.MAX_VALUE,
    Number.MIN_VALUE,
    1e21,
    -1e21,
    1e-25,
  ),
  fc.integer(),
);

const inputArb = fc.oneof(textArb, numberArb, fc.constantFrom(null, undefined));

/** Every number anywhere in a result (value, low, high, decimals, issue params, parts). */
function numbersIn(value: unknown, found: number[] = []): number[] {
  if (typeof value === "number") found.push(value);
  else if (Array.isArray(value)) value.forEach((item) => numbersIn(item, found));
  else if (value !== null && typeof value === "object")
    Object.values(value).forEach((item) => numbersIn(item, found));
  return found;
}

function checkResult(parsed: ParsedTarget): void {
  expect(numbersIn(parsed).every((n) => Number.isFinite(n))).toBe(true);
  expect(parsed.issues.map((issue) => issue.code)).not.toContain("TARGET_INTERNAL_ERROR");
  if (parsed.kind === "invalid") expect(parsed.issues.length).toBeGreaterThan(0);
}

function checkRoundTrip(parsed: ParsedTarget, context: TargetContext | undefined): void {
  if (parsed.kind === "range" || parsed.kind === "qualitative") {
    const again = parseTarget(formatTarget(parsed), context);
    expect(again.kind).toBe(parsed.kind);
    if (again.kind === "range" && parsed.kind === "range") {
      expect([again.low, again.high, again.unit]).toEqual([parsed.low, parsed.high, parsed.unit]);
    }
    return;
  }
  if (parsed.kind !== "quantitative") return;
  const again = parseTarget(formatTarget(parsed), context);
  expect(again.kind).toBe("quantitative");
  if (again.kind !== "quantitative") return;
  expect({ op: again.op, value: again.value, unit: again.unit }).toEqual({
    op: parsed.op,
    value: parsed.value,
    unit: parsed.unit,
  });
}

describe("parseTarget properties", () => {
  it("never throws and never yields NaN/Infinity, on any input", () => {
    fc.assert(
      fc.property(inputArb, contextArb, (input, context) => {
        checkResult(parseTarget(input, context));
      }),
      { numRuns: 3000 },
    );
  });

  it("reads a formatted value back to the same kind (and op, value, unit when quantitative)", () => {
    fc.assert(
      fc.property(fc.oneof(mutatedArb, numberArb), contextArb, (input, context) => {
        checkRoundTrip(parseTarget(input, context), context);
      }),
      { numRuns: 3000 },
    );
  });

  it("round-trips generated comparisons", () => {
    const opArb = fc.constantFrom("≥", "≤", "=", ">", "<", ">=", "<=", "不低于", "不超过", "");
    const unitArb = fc.constantFrom(
      "%",
      "(%)",
      "（万元）",
      "个",
      "件",
      "(人)",
      "万元/年",
      "‰",
      "",
      "分钟",
      "小时",
    );
    const valueArb = fc.oneof(
      fc.integer({ min: -1_000_000, max: 1_000_000 }),
      fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((n) => Number(n.toFixed(4))),
    );
    fc.assert(
      fc.property(opArb, valueArb, unitArb, contextArb, (op, value, unit, context) => {
        const parsed = parseTarget(`${op}${value}${unit}`, context);
        checkResult(parsed);
        checkRoundTrip(parsed, context);
      }),
      { numRuns: 3000 },
    );
  });

  it("handles every corpus value with each single edit at every position of short values", () => {
    for (const text of corpusInputs.filter((input) => input.length <= 12).slice(0, 60)) {
      for (let at = 0; at <= text.length; at += 1) {
        for (const piece of ["≥", "%", "(", "1", "，", "．", "-"]) {
          const edited = text.slice(0, at) + piece + text.slice(at);
          const parsed = parseTarget(edited);
          checkResult(parsed);
          checkRoundTrip(parsed, undefined);
        }
      }
    }
  });
});
