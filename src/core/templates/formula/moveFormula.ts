/**
 * A formula copied `delta` rows down, as Excel adjusts it: relative row references move, `$`-anchored
 * rows stay. Text inside "…" is left alone.
 *
 * @example
 * moveFormula("=IF(D13=\"\",\"\",PERF.CHECK(D13,$A$13,$B$13,C13))", 2); // …D15…$A$13,$B$13,C15…
 */
export function moveFormula(formula: string, delta: number): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(
            /(\$?[A-Z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(.])/g,
            (whole, col: string, anchor: string, row: string, offset: number, text: string) => {
              const before = text[offset - 1];
              if (before !== undefined && /[A-Za-z0-9_.]/.test(before)) return whole;
              return anchor ? whole : `${col}${Number(row) + delta}`;
            },
          ),
    )
    .join("");
}
