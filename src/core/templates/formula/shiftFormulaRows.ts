/**
 * A formula as it must read after `count` rows are inserted at 0-based row `at`: references at or below
 * `at` move down; a range that ends on row `at − 1` (the last indicator row, when rows are added right
 * after it) is stretched to take the new rows in — which Excel itself does only for insertions strictly
 * inside a range. Text inside "…" is left alone.
 *
 * @example
 * shiftFormulaRows("=SUM(G13:G36,H6)", 36, 2); // "=SUM(G13:G38,H6)"
 * shiftFormulaRows("=PERF.GRADE(G37)", 36, 2); // "=PERF.GRADE(G39)"
 */
export function shiftFormulaRows(formula: string, at: number, count: number): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 1 ? part : shiftPart(part, at, count)))
    .join("");
}

const REF = /(\$?[A-Z]{1,3})(\$?)(\d+)(?::(\$?[A-Z]{1,3})(\$?)(\d+))?(?![A-Za-z0-9_(.])/g;

function shiftPart(text: string, at: number, count: number): string {
  return text.replace(
    REF,
    (
      whole,
      c1: string,
      d1: string,
      r1: string,
      c2: string | undefined,
      d2: string | undefined,
      r2: string | undefined,
      offset: number,
    ) => {
      const before = text[offset - 1];
      // Part of a name (PERF_SCORE1, _xldudf_…) rather than a reference.
      if (before !== undefined && /[A-Za-z0-9_.]/.test(before)) return whole;
      const top = Number(r1) - 1;
      const moved = (row: number): number => (row >= at ? row + count : row) + 1;
      if (c2 === undefined || r2 === undefined) return `${c1}${d1}${moved(top)}`;
      const bottom = Number(r2) - 1;
      const newBottom = bottom === at - 1 && top <= bottom ? bottom + count + 1 : moved(bottom);
      return `${c1}${d1}${moved(top)}:${c2}${d2 ?? ""}${newBottom}`;
    },
  );
}
