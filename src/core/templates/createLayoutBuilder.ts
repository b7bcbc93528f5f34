/**
 * A small mutable helper the template files use to put a layout together; `finish` freezes it into the
 * plain {@link Layout} data the renderers read.
 */
import { toRange } from "../address";
import type { FrameworkId } from "../frameworks";
import type { TableKind } from "../tables/model";
import type {
  ConditionalFill,
  IndicatorRegion,
  Layout,
  LayoutCell,
  ListValidation,
  PrintSetup,
  TemplateOptions,
} from "./layout";
import { TEMPLATE_STYLES, type StyleName } from "./styles";

/** What a cell holds: a constant, or `{ formula }`. */
type CellContent = string | number | null | { readonly formula: string };

export interface LayoutBuilder {
  readonly colCount: number;
  /** Writes one cell; `input` marks a cell the user fills in. */
  put(row: number, col: number, content: CellContent, style: StyleName, input?: boolean): void;
  /** Merges a rectangle, writes `content` into its top-left cell and `style` on every cell (borders). */
  merge(
    top: number,
    left: number,
    bottom: number,
    right: number,
    content: CellContent,
    style: StyleName,
    input?: boolean,
  ): void;
  height(row: number, points: number): void;
  validate(validation: ListValidation): void;
  conditionalFill(fill: ConditionalFill): void;
  name(key: string, row: number, col: number): void;
  finish(spec: FinishSpec): Layout;
}

export interface FinishSpec {
  readonly kind: TableKind;
  readonly framework: FrameworkId;
  readonly options: TemplateOptions;
  readonly sheetName: string;
  readonly columnWidths: readonly number[];
  readonly print: Omit<PrintSetup, "printArea" | "paper" | "fitToWidth" | "margins"> & {
    readonly lastPrintedCol: number;
  };
  readonly freeze?: { readonly rows: number; readonly cols: number };
  readonly hiddenishColumns?: readonly number[];
  readonly indicators: IndicatorRegion;
}

const DEFAULT_ROW_HEIGHT = 20;
const MARGINS = { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 } as const;

/**
 * @example
 * const b = createLayoutBuilder(8);
 * b.merge(0, 0, 0, 7, "财政项目支出绩效自评表", "title");
 */
export function createLayoutBuilder(colCount: number): LayoutBuilder {
  const cells = new Map<number, LayoutCell>();
  const merges: string[] = [];
  const heights: Record<number, number> = {};
  const validations: ListValidation[] = [];
  const fills: ConditionalFill[] = [];
  const named: Record<string, string> = {};
  let maxRow = -1;
  // Columns are far fewer than 1000, so row * 1000 + col is a unique key that sorts row-major.
  const key = (row: number, col: number): number => row * 1000 + col;

  const put: LayoutBuilder["put"] = (row, col, content, style, input) => {
    maxRow = Math.max(maxRow, row);
    const base = { row, col, style, ...(input ? { input: true } : {}) };
    const cell: LayoutCell =
      content !== null && typeof content === "object"
        ? { ...base, formula: content.formula }
        : { ...base, value: content };
    cells.set(key(row, col), cell);
  };

  return {
    colCount,
    put,
    merge(top, left, bottom, right, content, style, input) {
      for (let r = top; r <= bottom; r++) {
        for (let c = left; c <= right; c++) {
          if (r === top && c === left) put(r, c, content, style, input);
          else put(r, c, null, style);
        }
      }
      if (bottom > top || right > left) merges.push(toRange(top, left, bottom, right));
    },
    height(row, points) {
      heights[row] = points;
    },
    validate(validation) {
      validations.push(validation);
    },
    conditionalFill(fill) {
      fills.push(fill);
    },
    name(k, row, col) {
      named[k] = toRange(row, col, row, col);
    },
    finish(spec) {
      const rowCount = maxRow + 1;
      const sorted = [...cells.entries()].sort((a, b) => a[0] - b[0]).map(([, cell]) => cell);
      const { lastPrintedCol, ...print } = spec.print;
      // Excel's default 15 pt is tight for 10.5 pt 宋体 in a bordered form; the printed forms use ~20.
      for (let row = 0; row < rowCount; row++) heights[row] ??= DEFAULT_ROW_HEIGHT;
      return {
        kind: spec.kind,
        framework: spec.framework,
        options: spec.options,
        sheetName: spec.sheetName,
        rowCount,
        colCount,
        columnWidths: spec.columnWidths,
        rowHeights: heights,
        cells: sorted,
        styles: TEMPLATE_STYLES,
        merges,
        validations,
        conditionalFills: fills,
        print: {
          ...print,
          paper: "A4",
          fitToWidth: 1,
          margins: MARGINS,
          printArea: toRange(0, 0, rowCount - 1, lastPrintedCol),
        },
        freeze: spec.freeze ?? { rows: 0, cols: 0 },
        hiddenishColumns: spec.hiddenishColumns ?? [],
        named,
        indicators: spec.indicators,
      };
    },
  };
}
