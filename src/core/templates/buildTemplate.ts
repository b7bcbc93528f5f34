import type { MessageCode, ParamsArgs, Refusal } from "../messages/issue";
import { frameworks } from "../frameworks";
import type { TemplateContent } from "./content";
import type { AmountUnit, Layout, TemplateOptions } from "./layout";
import { findKind, tableKinds } from "../kinds";
import type { ScoringOptions } from "../scoring/options";
import { optionsFromPresets, RULE_PRESETS } from "../settings/rulePresets";
import { toPortableLayout } from "./portable/toPortableLayout";

/** Loose options as they come from a command line or a form. */
export interface TemplateRequest {
  readonly kind: string;
  readonly year?: number | string;
  readonly unit?: string;
  readonly framework?: string;
  /** Monitoring table: last month of the period reported (1–12); 7 when absent. */
  readonly month?: number | string;
  /** Fill in the kind's example content. */
  readonly example?: boolean;
  /**
   * "perf" (default): PERF.* custom functions; "portable": built-in functions only, with hidden helper
   * columns (docs/architecture.md §5.1).
   */
  readonly formulas?: string;
  /** Portable mode: regional presets scored by the formulas (`ratio,bands80`); national when absent. */
  readonly rules?: string;
  /** Portable mode: settings already worked out (the pane's 设置); wins over `rules`. */
  readonly scoring?: ScoringOptions;
}

export type BuildResult = { readonly ok: true; readonly layout: Layout } | Refusal;

/**
 * Checks a request against the registry and builds the layout; bad input gives a message code.
 *
 * @example
 * buildTemplate({ kind: "monitor", year: 2024, unit: "万元", month: 6 }); // { ok: true, layout }
 * buildTemplate({ kind: "nope" }).ok; // false (TEMPLATE_UNKNOWN_KIND)
 */
export function buildTemplate(request: TemplateRequest, now: Date = new Date()): BuildResult {
  const kind = findKind(request.kind);
  if (!kind) {
    return fail("TEMPLATE_UNKNOWN_KIND", {
      kind: request.kind,
      kinds: tableKinds.map((k) => k.id).join(", "),
    });
  }
  const year = request.year === undefined ? now.getFullYear() : Number(request.year);
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    return fail("TEMPLATE_INVALID_YEAR", { year: String(request.year) });
  }
  const unit = request.unit ?? kind.defaultUnit;
  if (!isAmountUnit(unit)) return fail("TEMPLATE_INVALID_UNIT", { unit });
  const framework = request.framework ?? kind.frameworks[0];
  // An example is written in the kind's first framework (seed 002 uses the national one).
  const choices = request.example ? kind.frameworks.slice(0, 1) : kind.frameworks;
  const allowed = choices.find((id) => id === framework);
  if (!allowed) {
    return fail("TEMPLATE_INVALID_FRAMEWORK", {
      framework: String(framework),
      frameworks: choices.join(", "),
    });
  }
  if (request.example && !kind.example) return fail("TEMPLATE_NO_EXAMPLE", { kind: kind.id });
  const month = request.month === undefined ? undefined : Number(request.month);
  if (month !== undefined && (!Number.isInteger(month) || month < 1 || month > 12)) {
    return fail("TEMPLATE_INVALID_MONTH", { month: String(request.month) });
  }
  const options: TemplateOptions = {
    year,
    unit,
    framework: frameworks[allowed].id,
    ...(month !== undefined ? { month } : {}),
  };
  const formulas = request.formulas ?? "perf";
  if (formulas !== "perf" && formulas !== "portable") return fail("TEMPLATE_INVALID_FORMULAS", { formulas });
  const names = (request.rules ?? "").split(",").filter((name) => name.trim() !== "");
  const presets = optionsFromPresets(names);
  if (presets.findings.length > 0) {
    return fail("TEMPLATE_INVALID_RULES", {
      rules: request.rules ?? "",
      known: Object.keys(RULE_PRESETS).join(", "),
    });
  }
  const content = request.example && kind.example ? inUnit(kind.example, unit) : undefined;
  const layout = kind.build(options, content);
  const scoring = request.scoring ?? presets.options;
  return { ok: true, layout: formulas === "portable" ? toPortableLayout(layout, scoring) : layout };
}

/** Example amounts are written in 万元; an example asked for in 元 gets them × 10 000. */
function inUnit(content: TemplateContent, unit: AmountUnit): TemplateContent {
  if (unit === "万元" || !content.budget) return content;
  const budget = Object.fromEntries(
    Object.entries(content.budget).map(([line, amounts]) => [
      line,
      {
        ...(amounts.initial !== undefined ? { initial: Math.round(amounts.initial * 10000) } : {}),
        ...(amounts.budget !== undefined ? { budget: Math.round(amounts.budget * 10000) } : {}),
        ...(amounts.executed !== undefined ? { executed: Math.round(amounts.executed * 10000) } : {}),
      },
    ]),
  );
  return { ...content, budget };
}

function isAmountUnit(unit: string): unit is AmountUnit {
  return unit === "元" || unit === "万元";
}

function fail<C extends MessageCode>(code: C, ...params: ParamsArgs<C>): BuildResult {
  return { ok: false, code, params: params[0] } as Refusal;
}
