/**
 * The target reader's fast paths (readCommonClause for `≥90.00(%)`-shaped values, isPlainChinese for
 * words) must change nothing but speed: every input of the corpus and of
 * test/fixtures/targets/common-shapes.json, under every context there, reads exactly as it does with
 * the fast paths switched off.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import type { ParsedTarget, TargetContext } from "../../../src/core/target";
import { parseTarget } from "../../../src/core/target/parseTarget";
import { readCommonClause } from "../../../src/core/target/readCommonClause";

type Parse = (input: string | number | null, context?: TargetContext | null) => ParsedTarget;

/** parseTarget with both fast paths switched off: the general reader alone. */
function loadGeneralReader(): Parse {
  let general: Parse | undefined;
  jest.isolateModules(() => {
    jest.doMock("../../../src/core/target/readCommonClause", () => ({ readCommonClause: () => undefined }));
    jest.doMock("../../../src/core/target/isPlainChinese", () => ({ isPlainChinese: () => false }));
    general = jest.requireActual<{ parseTarget: Parse }>("../../../src/core/target/parseTarget").parseTarget;
  });
  if (!general) throw new Error("general reader not loaded");
  return general;
}

const general = loadGeneralReader();

interface Shapes {
  readonly operators: readonly string[];
  readonly numbers: readonly string[];
  readonly units: readonly string[];
  readonly words: readonly string[];
  readonly contexts: readonly (TargetContext | null)[];
}

const dir = join(__dirname, "../../fixtures/targets");
const shapes = JSON.parse(readFileSync(join(dir, "common-shapes.json"), "utf8")) as Shapes;
const corpus = readdirSync(dir)
  .filter((name) => name.endsWith(".jsonl"))
  .flatMap((name) => readFileSync(join(dir, name), "utf8").split("\n"))
  .filter((line) => line.trim() !== "")
  .map((line) => (JSON.parse(line) as { input: string | number | null }).input);

const generated = shapes.operators.flatMap((op) =>
  shapes.numbers.flatMap((n) => shapes.units.flatMap((u) => [`${op}${n}${u}`, `${op}${n}(${u})`])),
);
const inputs = [...new Set([...corpus, ...shapes.words, ...generated])];

describe("parseTarget fast paths", () => {
  it("read every corpus and generated input exactly as the general reader, in every context", () => {
    let differences: string[] = [];
    for (const input of inputs) {
      for (const context of shapes.contexts) {
        const fast = parseTarget(input, context);
        const slow = general(input, context);
        if (JSON.stringify(fast) !== JSON.stringify(slow)) {
          differences.push(`${JSON.stringify(input)} ${JSON.stringify(context)}`);
        }
      }
    }
    differences = differences.slice(0, 20);
    expect(differences).toEqual([]);
  });

  it("are taken for the common shapes (so the comparison above covers them)", () => {
    for (const value of ["≥90.00(%)", "=100%", "17.50(万元)", "89.00", "≤5(万元/年)", "<3天"]) {
      expect({ value, clause: readCommonClause(value)?.kind }).toEqual({ value, clause: "number" });
    }
    for (const value of ["≥ 90%", "90%以上", "(≥90%)", "80%-90%", "＞＝９０％", "90(以上)"]) {
      expect({ value, clause: readCommonClause(value) }).toEqual({ value, clause: undefined });
    }
  });

  it("agree with the general reader on random text made of the characters that matter", () => {
    const alphabet = fc.constantFrom(
      ..."≥≤=<>0123456789..()%‰万元个次分钟天年月日/·以上内至到达成年度指标健全无空 ",
    );
    const context = fc.constantFrom(...shapes.contexts);
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 12 }), context, (chars, ctx) => {
        const input = chars.join("");
        expect(JSON.stringify(parseTarget(input, ctx))).toBe(JSON.stringify(general(input, ctx)));
      }),
      { numRuns: 3000, seed: 20261122 },
    );
  });
});
