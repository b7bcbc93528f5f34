/**
 * The declarative layout of a one-click template: pure data that both renderers (exceljs in the CLI,
 * the Excel JS API in the task pane) turn into a worksheet, so the two produce the same sheet.
 *
 * Rows and columns are 0-based; ranges are A1 strings relative to the sheet's top-left cell. Formulas
 * are written as a user would type them, with the add-in's names (`=PERF.SCORE(D13,E13,F13)`); the
 * exceljs renderer turns them into the file form (`_xldudf_PERF_SCORE`).
 */
import type { FrameworkId } from "../frameworks";
import type { TableKind } from "../tables/model";

export type AmountUnit = "元" | "万元";

export interface TemplateOptions {
  /** Year printed in the title ("（2024年度）"). */
  readonly year: number;
  /** Unit of the amounts in the funds block. */
  readonly unit: AmountUnit;
  /** Indicator framework (only `goal`, `monitor` and `self-eval` offer a choice). */
  readonly framework?: FrameworkId;
  /** Monitoring table: the last month of the period reported ("1-7月执行情况"); 7 when absent. */
  readonly month?: number;
}

type HorizontalAlign = "left" | "center" | "right";
type VerticalAlign = "top" | "middle";

export interface CellStyle {
  readonly fontName?: string;
  /** Points. */
  readonly fontSize?: number;
  readonly bold?: boolean;
  /** Font colour, RRGGBB. */
  readonly color?: string;
  readonly hAlign?: HorizontalAlign;
  readonly vAlign?: VerticalAlign;
  readonly wrap?: boolean;
  /** Thin border on all four edges. */
  readonly border?: boolean;
  /** Solid background, RRGGBB. */
  readonly fill?: string;
  /** Excel number format (`#,##0.00`, `0.00%`, `@`). */
  readonly numberFormat?: string;
}

/** A constant, or a formula; `cached` is the formula's result as the core computes it (for files). */
export interface LayoutCell {
  readonly row: number;
  readonly col: number;
  readonly value?: string | number | null;
  /** "=…" with `PERF.X(...)` names. */
  readonly formula?: string;
  /** Key into {@link Layout.styles}. */
  readonly style?: string;
  /** Where the user types (input cells): the golden tests and "fill example" write here. */
  readonly input?: boolean;
}

export interface ListValidation {
  readonly range: string;
  readonly values: readonly string[];
  /**
   * "stop" refuses anything off the list; "warning" lets the user keep another value (numbers typed
   * into 实际完成值 next to the three qualitative outcomes).
   */
  readonly alert: "stop" | "warning";
  readonly prompt?: string;
}

/** Fill `range` when `formula` (relative to the range's top-left cell) is TRUE. */
export interface ConditionalFill {
  readonly range: string;
  readonly formula: string;
  readonly fill: string;
  readonly color?: string;
}

export interface PrintSetup {
  readonly orientation: "portrait" | "landscape";
  readonly paper: "A4";
  /** Fit to one page wide; as many pages tall as needed. */
  readonly fitToWidth: 1;
  /** Rows repeated on every page, 0-based inclusive. */
  readonly titleRows?: readonly [number, number];
  /** Inches. */
  readonly margins: {
    readonly left: number;
    readonly right: number;
    readonly top: number;
    readonly bottom: number;
    readonly header: number;
    readonly footer: number;
  };
  readonly printArea: string;
  readonly centerHorizontally: boolean;
}

/** Column roles of an indicator table, 0-based column indexes. */
interface IndicatorColumns {
  readonly level1: number;
  /** Absent on forms without 二级 (2019 application form). */
  readonly level2?: number;
  readonly name: number;
  readonly target: number;
  readonly actual?: number;
  readonly weight?: number;
  readonly score?: number;
  readonly deviation?: number;
  readonly ruleScore?: number;
  readonly check?: number;
  readonly progress?: number;
  readonly forecast?: number;
  /** First of the five 偏差原因 columns of the monitoring table. */
  readonly reasons?: number;
  readonly likelihood?: number;
  readonly remark?: number;
}

/** One 一级/二级 group of rows (二级 "" on forms without 二级). */
export interface IndicatorBlock {
  readonly level1: string;
  readonly level2: string;
  readonly firstRow: number;
  readonly lastRow: number;
}

/** Where the indicator rows are, so "insert N rows under a 二级" and the recogniser can work. */
export interface IndicatorRegion {
  readonly headerRow: number;
  readonly firstRow: number;
  readonly lastRow: number;
  readonly columns: IndicatorColumns;
  readonly blocks: readonly IndicatorBlock[];
}

export interface Layout {
  readonly kind: TableKind;
  readonly framework: FrameworkId;
  readonly options: TemplateOptions;
  /** Suggested sheet name (the renderers add " (2)" … when it is taken). */
  readonly sheetName: string;
  readonly rowCount: number;
  readonly colCount: number;
  /** Column widths in Excel character units, one per column. */
  readonly columnWidths: readonly number[];
  /** Row heights in points; rows not listed keep the default. */
  readonly rowHeights: Readonly<Record<number, number>>;
  readonly cells: readonly LayoutCell[];
  readonly styles: Readonly<Record<string, CellStyle>>;
  readonly merges: readonly string[];
  readonly validations: readonly ListValidation[];
  readonly conditionalFills: readonly ConditionalFill[];
  readonly print: PrintSetup;
  /** Rows/columns kept in view (frozen panes); 0 = none. */
  readonly freeze: { readonly rows: number; readonly cols: number };
  /** Columns shown narrow and grey (the live check column). */
  readonly hiddenishColumns: readonly number[];
  /** A1 addresses of the cells other code needs by name (totals, budget cells, header fields). */
  readonly named: Readonly<Record<string, string>>;
  readonly indicators: IndicatorRegion;
  /**
   * Present on a portable layout (built-in functions only, docs/architecture.md §5.1): the hidden helper
   * columns, and that the sheet is protected with only the input cells unlocked.
   */
  readonly portable?: PortableInfo;
}

/** How a portable layout differs from its PERF twin. */
interface PortableInfo {
  /** 0-based columns of the helper cells (hidden, locked). */
  readonly helperColumns: readonly number[];
  /** The PERF layout it was made from: its cached results are the core's own. */
  readonly source: Layout;
}
