import type { RecognisedTable } from "../tables/model";
import type { Finding } from "./finding";
import { makeFinding } from "./makeFinding";
import type { ValidationContext } from "./types";

/** How many cells the finding names before "…". */
const LISTED = 6;

/**
 * A portable sheet whose hidden helper cells were edited or cleared gets one error (its rule scores
 * cannot be trusted); an indicator row inserted without its helpers gets a warning of its own.
 *
 * @example
 * portableRules(table, ctx); // [{ code: "PORTABLE_HELPERS_BROKEN", cell: "N14", … }]
 */
export function portableRules(_table: RecognisedTable, ctx: ValidationContext): Finding[] {
  const findings: Finding[] = [];
  const { broken, missing } = ctx.helpers;
  const first = broken[0];
  if (first !== undefined) {
    const cells = broken.slice(0, LISTED).join("、") + (broken.length > LISTED ? "…" : "");
    findings.push(makeFinding(first, "PORTABLE_HELPERS_BROKEN", "error", { count: broken.length, cells }));
  }
  for (const cell of missing) {
    const row = Number(/\d+$/.exec(cell)?.[0] ?? 0);
    findings.push(makeFinding(cell, "PORTABLE_HELPERS_MISSING", "warning", { row }));
  }
  return findings;
}
