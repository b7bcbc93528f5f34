import { kindForFramework } from "../kinds";
import { findLevel1, frameworks, type FrameworkId } from "../frameworks";
import { NATIONAL_RULES, type ScoringOptions } from "../scoring/options";
import type { IndicatorRow, RecognisedTable } from "../tables/model";
import { buildContext } from "./buildContext";
import { fitWordingToKind } from "./fitWordingToKind";
import type { Finding } from "./finding";
import { structureRules } from "./structureRules";
import { targetRules } from "./targetRules";

export interface IndicatorInput {
  readonly target: string;
  readonly level1?: string | null;
  readonly level2?: string | null;
  readonly name?: string | null;
  /** Framework of the table; guessed from 一级 when absent (national first). */
  readonly framework?: FrameworkId;
}

/** Frameworks tried, in order, when the caller does not say which one applies. */
const GUESS_ORDER: readonly FrameworkId[] = [
  "national",
  "national-pre2021",
  "sh2020",
  "sh2019",
  "evaluation",
];

/**
 * Per-indicator rules only (target and, when 一级 is given, 一级/二级 structure) for one indicator
 * outside any table — what the worksheet function PERF.CHECK shows. Findings carry cell "".
 *
 * @example
 * checkIndicator({ target: "建全" })[0]?.code; // the parser's typo code (suggests 健全)
 * checkIndicator({ target: "健全", level1: "产出指标", level2: "数量指标" })[0]?.code; // "TARGETS_QUALITATIVE_UNDER_COUNT"
 */
export function checkIndicator(input: IndicatorInput, options: ScoringOptions = NATIONAL_RULES): Finding[] {
  const level1 = (input.level1 ?? "").trim();
  const level2 = (input.level2 ?? "").trim();
  const name = (input.name ?? "").trim();
  const framework = input.framework ?? guessFramework(level1);
  const row: IndicatorRow = {
    row: 0,
    level1: { value: level1, cell: "" },
    level2: { value: level2, cell: "" },
    name: { value: name, cell: "" },
    target: { value: String(input.target ?? ""), cell: "" },
  };
  const table: RecognisedTable = {
    kind: kindForFramework(framework).id,
    framework,
    range: "",
    header: {},
    indicators: [row],
  };
  const ctx = buildContext(table, options);
  const findings = targetRules(table, ctx).filter((f) => f.code !== "TARGETS_EMPTY" || name !== "");
  if (level1 !== "") {
    findings.push(
      ...structureRules(table, ctx).filter(
        (f) =>
          f.code === "STRUCTURE_LEVEL1_UNKNOWN" ||
          f.code === "STRUCTURE_LEVEL2_NOT_ALLOWED" ||
          f.code === "STRUCTURE_NAME_SENTENCE" ||
          (f.code === "STRUCTURE_LEVEL2_EMPTY" && input.level2 !== undefined && input.level2 !== null),
      ),
    );
  }
  return findings.map((f) => fitWordingToKind(f, ctx.kind));
}

function guessFramework(level1: string): FrameworkId {
  if (level1 === "") return "national";
  return GUESS_ORDER.find((id) => findLevel1(frameworks[id], level1) !== undefined) ?? "national";
}
