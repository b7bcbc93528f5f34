/**
 * The table-kind registry: the one list of kinds. Adding a kind = one file in this folder plus one line
 * in `tableKinds`; the `TableKind` union, the zod enums of the recognised-table and report schemas,
 * recognition, the template gallery and the CLI's `template --list` are all derived from it.
 */
import type { FrameworkId } from "../frameworks";
import type { Locale } from "../messages/types";
import { applicationSh2019 } from "./applicationSh2019";
import type { KindDefinition } from "./defineKind";
import { goal } from "./goal";
import { goalSh2020 } from "./goalSh2020";
import { monitor } from "./monitor";
import { selfEval } from "./selfEval";
import { deptGoal } from "./deptGoal";
import { deptSelfEval } from "./deptSelfEval";

export type { KindClues, KindDefinition } from "./defineKind";
/** Every kind, in gallery order (and the order `template --list` prints). */
export const tableKinds = [
  goal,
  goalSh2020,
  applicationSh2019,
  selfEval,
  monitor,
  deptGoal,
  deptSelfEval,
] as const;

/** The id of a registered kind ("goal", "self-eval" …). */
export type TableKind = (typeof tableKinds)[number]["id"];

/** The ids as a non-empty tuple, for z.enum. */
export const TABLE_KIND_IDS = tableKinds.map((k) => k.id) as unknown as readonly [TableKind, ...TableKind[]];

const byId: ReadonlyMap<string, KindDefinition<TableKind>> = new Map(tableKinds.map((k) => [k.id, k]));

/**
 * The registered kind `id`, or undefined.
 *
 * @example
 * findKind("self-eval")?.evaluated; // true
 * findKind("nope"); // undefined
 */
export function findKind(id: string): KindDefinition<TableKind> | undefined {
  return byId.get(id);
}

/**
 * The definition of a kind known to be registered (a recognised table's, a layout's).
 *
 * @example
 * kindOf(table.kind).budgetScored; // false for a monitoring table
 */
export function kindOf(id: TableKind): KindDefinition<TableKind> {
  const kind = byId.get(id);
  if (!kind) throw new Error(`unregistered table kind ${id}`);
  return kind;
}

/**
 * The kind whose tables always follow `framework` (the Shanghai forms), else the fallback kind: what
 * an indicator checked on its own (PERF.CHECK) is worded for.
 *
 * @example
 * kindForFramework("sh2019").id; // "application-sh2019"
 */
export function kindForFramework(framework: FrameworkId): KindDefinition<TableKind> {
  return tableKinds.find((k) => k.fixedFramework === framework) ?? fallbackKind();
}

const FALLBACK = tableKinds.find((k) => k.fallback === true);

/** The kind a table is when no clue matches (looked up once: recognition asks for it per table). */
export function fallbackKind(): KindDefinition<TableKind> {
  if (!FALLBACK) throw new Error("no fallback table kind registered");
  return FALLBACK;
}

/**
 * Display name of a kind in reports.
 *
 * @example
 * kindLabel("monitor", "en"); // "monitoring table"
 */
export function kindLabel(id: TableKind, locale: Locale): string {
  return kindOf(id).label[locale];
}
