/**
 * Finds `PERF.NAME(args)` calls in a template formula, with their top-level arguments (internal to the
 * portable transform; the templates write no PERF call inside another one).
 */
export interface PerfCall {
  readonly name: string;
  readonly start: number;
  readonly end: number;
  readonly args: readonly string[];
}

/**
 * @example
 * findPerfCalls('=IF(D13="","",PERF.CHECK(D13,$A$13,"",C13))')[0].args; // ["D13", "$A$13", '""', "C13"]
 */
export function findPerfCalls(formula: string): PerfCall[] {
  const calls: PerfCall[] = [];
  const pattern = /PERF\.([A-Z]+)\(/g;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(formula)) !== null) {
    const open = match.index + match[0].length;
    let depth = 1;
    let inText = false;
    let argStart = open;
    const args: string[] = [];
    let i = open;
    for (; i < formula.length && depth > 0; i++) {
      const ch = formula.charAt(i);
      if (ch === '"') inText = !inText;
      else if (inText) continue;
      else if (ch === "(") depth += 1;
      else if (ch === ")") depth -= 1;
      else if (ch === "," && depth === 1) {
        args.push(formula.slice(argStart, i).trim());
        argStart = i + 1;
      }
    }
    args.push(formula.slice(argStart, i - 1).trim());
    calls.push({ name: match[1] ?? "", start: match.index, end: i, args });
    pattern.lastIndex = i;
  }
  return calls;
}
