import type { MessageCode, Refusal } from "../../core/messages";
/**
 * Inserts a one-click template into a NEW sheet of the open workbook: never over existing data (a taken
 * name gets " (2)", " (3)" …). Three syncs whatever the number of rows: sheet names; every write of the
 * layout in one batch; the print setup (kept apart so an Excel that refuses it still gets the table).
 */
import { buildTemplate, uniqueSheetName, type Layout, type TemplateRequest } from "../../core/templates";
import type { ScoringOptions } from "../../core/scoring/options";
import type { FormulaMode } from "./defaultFormulaMode";
import { protectPortableSheet } from "./protectPortableSheet";
import { renderLayoutToSheet } from "./renderLayoutToSheet";

export interface InsertTemplateOptions {
  readonly year?: number;
  readonly unit?: "元" | "万元";
  readonly framework?: string;
  /** Monitoring table: last month of the period reported (1–12). */
  readonly month?: number;
  /** Insert the kind's filled example instead of a blank form. */
  readonly example?: boolean;
  /** "perf" (PERF custom functions) or "portable" (built-in functions only); perf when absent. */
  readonly formulas?: FormulaMode;
  /** Portable formulas score by these settings (the pane's 设置); national when absent. */
  readonly scoring?: ScoringOptions;
}

export type InsertTemplateResult =
  | {
      readonly ok: true;
      readonly sheetName: string;
      readonly layout: Layout;
      /** Catalogue codes of things that did not apply (e.g. TEMPLATE_PAGE_LAYOUT_SKIPPED). */
      readonly warnings: readonly MessageCode[];
    }
  | Refusal;

/**
 * @example
 * await Excel.run((context) => insertTemplate(context, kind.id, { year: 2025 })); // kind from tableKinds
 */
export async function insertTemplate(
  context: Excel.RequestContext,
  kindId: string,
  options: InsertTemplateOptions = {},
): Promise<InsertTemplateResult> {
  const request: TemplateRequest = { kind: kindId, ...options };
  const built = buildTemplate(request);
  if (!built.ok) return built;
  const layout = built.layout;
  try {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();

    const name = uniqueSheetName(
      layout.sheetName,
      sheets.items.map((s) => s.name),
    );
    const sheet = sheets.add(name);
    renderLayoutToSheet(sheet, layout);
    if (layout.portable) protectPortableSheet(sheet, layout.rowCount, layout.portable.helperColumns);
    sheet.activate();
    sheet.getRange("A1").select();
    await context.sync();

    const warnings: MessageCode[] = [];
    try {
      applyPageLayout(sheet, layout);
      await context.sync();
    } catch {
      warnings.push("TEMPLATE_PAGE_LAYOUT_SKIPPED");
    }
    return { ok: true, sheetName: name, layout, warnings };
  } catch (error) {
    return { ok: false, code: "TEMPLATE_INSERT_FAILED", params: { detail: describe(error) } };
  }
}

/** ExcelApi 1.9 page layout: A4, orientation, one page wide, title rows, print area, margins (points). */
function applyPageLayout(sheet: Excel.Worksheet, layout: Layout): void {
  const p = layout.print;
  const page = sheet.pageLayout;
  page.paperSize = "A4";
  page.orientation = p.orientation === "landscape" ? "Landscape" : "Portrait";
  // one page wide, as many tall as needed: 0 is "automatic" (fitToHeight="0"); left out, Excel may keep
  // or assume a height of one page and shrink a long table to fit it
  page.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  page.centerHorizontally = p.centerHorizontally;
  page.leftMargin = p.margins.left * 72;
  page.rightMargin = p.margins.right * 72;
  page.topMargin = p.margins.top * 72;
  page.bottomMargin = p.margins.bottom * 72;
  page.headerMargin = p.margins.header * 72;
  page.footerMargin = p.margins.footer * 72;
  page.setPrintArea(p.printArea);
  if (p.titleRows) page.setPrintTitleRows(`$${p.titleRows[0] + 1}:$${p.titleRows[1] + 1}`);
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
