/**
 * Whatever a cell holds, a PERF function returns a usable value or an Excel error with a Chinese text:
 * never NaN or Infinity, never an exception other than CustomFunctions.Error.
 */
import fc from "fast-check";
import { loadExcelHost, type ExcelHost } from "./excelHost";

const ERROR_CODES = new Set(["#VALUE!", "#N/A", "#DIV/0!"]);
const HAS_CHINESE = /[\u4e00-\u9fff]/;

/** Texts shaped like what users type: targets, actuals, amounts, garbage. */
const targetLike = fc.oneof(
  fc.constantFrom(
    "≥90.00(%)",
    "≤17.52(万元)",
    "=100%",
    "健全",
    "达成年度指标",
    "部分达成指标并具有一定效果",
    "80%-90%",
    "≥95%以上",
    "94.90%",
    "=1",
    "-",
    "NaN",
    "Infinity",
    "1e999",
    "≥1e308(个)",
    "≤0(起)",
    "=0",
    "90,80,60",
    "national",
    "ratio",
  ),
  fc
    .tuple(
      fc.constantFrom("", "≥", "≤", "=", ">", "<", ">=", "不低于", "不超过"),
      fc.oneof(fc.double({ noNaN: false }), fc.integer()),
      fc.constantFrom("", "%", "(%)", "(万元)", "个", "‰", "(分钟)"),
    )
    .map(([op, n, unit]) => `${op}${String(n)}${unit}`),
  fc.string({ maxLength: 12 }),
);

const cell = fc.oneof(
  targetLike,
  fc.double(), // includes NaN, ±Infinity, -0, huge and tiny numbers
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
);

const argument = fc.oneof(
  { weight: 6, arbitrary: cell },
  {
    weight: 1,
    arbitrary: fc.array(fc.array(cell, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }),
  },
);

let host: ExcelHost;

beforeAll(async () => {
  host = await loadExcelHost();
});

test.each(["EXECRATE", "BUDGETSCORE", "SCORE", "ACHIEVED", "GRADE", "CHECK", "PARSE"])(
  "PERF.%s never returns NaN and never throws anything but an Excel error",
  (id) => {
    const arity = host.metadata.functions.find((f) => f.id === id)?.parameters.length ?? 0;
    expect(arity).toBeGreaterThan(0);
    fc.assert(
      fc.property(fc.array(argument, { minLength: 0, maxLength: arity }), (args) => {
        const outcome = host.call(id, ...args);
        if (outcome.kind === "error") {
          expect(ERROR_CODES.has(outcome.code)).toBe(true);
          if (outcome.code !== "#DIV/0!") expect(outcome.message).toMatch(HAS_CHINESE);
          return;
        }
        const values = Array.isArray(outcome.value) ? outcome.value.flat() : [outcome.value];
        for (const value of values) {
          expect(["number", "string", "boolean"]).toContain(typeof value);
          if (typeof value === "number") expect(Number.isFinite(value)).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  },
);
