/**
 * Portable self-evaluation templates filled with the corpus (one per settings group), and the
 * comparison of what an engine computed with the core's own scores.
 */
import { HyperFormula } from "hyperformula";
import { findKind, toPortableLayout, type Layout, PORTABLE_MARK } from "../../src/core/templates";
import type { IndicatorContent } from "../../src/core/templates/content";
import { coreScore, portableCorpus, SETTINGS, type PortableCase } from "./portableCorpus";

export interface FilledSheet {
  readonly settings: string;
  readonly layout: Layout;
  readonly cases: readonly PortableCase[];
}

const CHUNK = 400;

/** Portable self-evaluations per settings group (several per group when large), rows holding the cases. */
export function corpusSheets(): FilledSheet[] {
  const groups = new Map<string, PortableCase[]>();
  for (const c of portableCorpus()) groups.set(c.settings, [...(groups.get(c.settings) ?? []), c]);
  // Sheets of at most CHUNK rows: each engine (and exceljs reading the result back) holds one at a time.
  const chunks: [string, PortableCase[]][] = [];
  for (const [settings, cases] of groups) {
    for (let i = 0; i < cases.length; i += CHUNK) chunks.push([settings, cases.slice(i, i + CHUNK)]);
  }
  return chunks.map(([settings, cases]) => filledSheet(cases, settings));
}

/**
 * A portable self-evaluation whose indicator rows hold `cases`, made with the settings group's rules.
 *
 * @example
 * filledSheet(fuzzCases(10, 1), "national").layout.indicators.firstRow; // 12
 */
export function filledSheet(cases: readonly PortableCase[], settings: string): FilledSheet {
  const kind = findKind("self-eval");
  if (!kind) throw new Error("self-eval kind missing");
  const indicators: IndicatorContent[] = cases.map((c, i) => ({
    level1: "产出指标",
    level2: "数量指标",
    name: `case ${i + 1}`,
    target: c.target,
    actual: c.actual,
    weight: c.weight,
  }));
  const layout = kind.build({ year: 2024, unit: "万元" }, { indicators });
  return { settings, layout: toPortableLayout(layout, SETTINGS[settings]), cases };
}

export interface Tally {
  compared: number;
  agreedNumber: number;
  agreedRefusal: number;
  /** The formulas showed the mark where the core scores: not a wrong number, counted apart. */
  undecided: string[];
  /** A number that is not the core's, or a number where the core refuses. Must stay empty. */
  differences: string[];
}

/** Compares each rule-score cell with the core (value read from the engine by row). */
export function compareScores(
  sheet: FilledSheet,
  valueAt: (row: number, col: number) => unknown,
  tally: Tally,
): void {
  const col = sheet.layout.indicators.columns.ruleScore ?? -1;
  sheet.cases.forEach((c, i) => {
    const got = valueAt(sheet.layout.indicators.firstRow + i, col);
    const want = coreScore(c);
    tally.compared += 1;
    const label = `${c.name} | ${String(c.target)} | ${String(c.actual)} | w ${c.weight} | ${sheet.settings}: got ${String(got)}, core ${String(want)}`;
    if (typeof got === "number") {
      if (want !== null && Math.abs(got - want) < 1e-9) tally.agreedNumber += 1;
      else tally.differences.push(label);
    } else if (got === PORTABLE_MARK || (got === "" && (c.target === "" || c.actual === ""))) {
      // The template leaves a row blank until its target, actual and weight are all filled in.
      if (want === null) tally.agreedRefusal += 1;
      else tally.undecided.push(label);
    } else tally.differences.push(label);
  });
}

/**
 * Recalculates `sheet` in HyperFormula (array constants evaluated as Excel does without
 * Ctrl+Shift+Enter) and compares its rule scores with the core into `tally`.
 *
 * @example
 * compareInHyperFormula(filledSheet(cases, "national"), tally);
 */
export function compareInHyperFormula(sheet: FilledSheet, tally: Tally): void {
  const hf = HyperFormula.buildFromArray(layoutMatrix(sheet.layout), {
    licenseKey: "gpl-v3",
    useArrayArithmetic: true,
  });
  compareScores(
    sheet,
    (row, col) => {
      const v = hf.getCellValue({ sheet: 0, row, col });
      return typeof v === "object" && v !== null ? `#${String((v as { type?: string }).type)}` : v;
    },
    tally,
  );
  hf.destroy();
}

export function emptyTally(): Tally {
  return { compared: 0, agreedNumber: 0, agreedRefusal: 0, undecided: [], differences: [] };
}

/** The layout as rows of values and "=…" formulas, every text constant quoted with an apostrophe. */
export function layoutMatrix(layout: Layout): (string | number | null)[][] {
  const rows: (string | number | null)[][] = Array.from({ length: layout.rowCount }, () =>
    Array.from({ length: layout.colCount }, (): string | number | null => null),
  );
  for (const cell of layout.cells) {
    const row = rows[cell.row];
    if (!row) continue;
    const value = cell.value ?? null;
    // Text stays text: HyperFormula would read "89%" typed as the number 0.89, as Excel does on typing.
    row[cell.col] = cell.formula ?? (typeof value === "string" ? `'${value}` : value);
  }
  return rows;
}
