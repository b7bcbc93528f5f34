/**
 * Builds ParsedTarget values from the short forms used in the scoring fixtures, so rule tests do not
 * depend on the parser:
 *   {"op": ">=", "value": 90, "unit": "%"}   quantitative (op may be null or absent on actuals)
 *   {"text": "健全", "outcome": "achieved"}   qualitative
 *   {"kind": "range" | "compound" | "empty" | "invalid", …}
 *   a bare number                              a numeric cell
 */
import type { ParsedTarget } from "../../../src/core/target/types";

export type Shorthand =
  | number
  | { op?: string | null; value: number; unit?: string; source?: string }
  | { text: string; outcome?: "achieved" | "partial" | "failed" }
  | { kind: "range"; low: number; high: number; unit?: string }
  | { kind: "compound" | "empty" | "invalid"; source?: string };

export function build(value: Shorthand): ParsedTarget | number {
  if (typeof value === "number") return value;
  if ("kind" in value) {
    if (value.kind === "range") {
      return {
        kind: "range",
        low: value.low,
        high: value.high,
        unit: value.unit ?? "",
        decimals: 0,
        source: `${value.low}-${value.high}${value.unit ?? ""}`,
        issues: [],
      };
    }
    if (value.kind === "invalid") {
      return {
        kind: "invalid",
        source: value.source ?? "?",
        issues: [{ code: "TARGET_NO_NUMBER", severity: "error", params: { text: value.source ?? "?" } }],
      };
    }
    if (value.kind === "compound")
      return { kind: "compound", source: value.source ?? "", parts: [], issues: [] };
    return { kind: "empty", source: "", issues: [] };
  }
  if ("text" in value) {
    return value.outcome
      ? { kind: "qualitative", text: value.text, outcome: value.outcome, source: value.text, issues: [] }
      : { kind: "qualitative", text: value.text, source: value.text, issues: [] };
  }
  const op = (value.op ?? null) as ">=" | ">" | "=" | "<=" | "<" | null;
  return {
    kind: "quantitative",
    op,
    value: value.value,
    unit: value.unit ?? "",
    decimals: 2,
    source: value.source ?? `${op ?? ""}${value.value}${value.unit ?? ""}`,
    issues: [],
  };
}

export function buildTarget(value: Shorthand): ParsedTarget {
  const built = build(value);
  if (typeof built === "number") throw new Error("a target must be an object");
  return built;
}
