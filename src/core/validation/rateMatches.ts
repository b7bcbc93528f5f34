import type { CellValue } from "../grid";
import { AMOUNT_TOLERANCE, printedWithin } from "./budgetTolerance";
import { printedDecimals } from "./printedDecimals";

/**
 * Whether a printed execution rate may stand for a rate in `reach` (fractions). 执行率 is printed in
 * percent (99.88, "86%") or stored as a fraction formatted as % (0.9988, 0.86): either is accepted,
 * within half a unit of the printed rate's last decimal ("86%" stands for 85.5…86.5 %).
 *
 * @example
 * rateMatches(99.88, 99.88, reachableRates(17.5, 17.52)!); // true
 */
export function rateMatches(
  claimed: number,
  printed: CellValue,
  reach: { low: number; high: number },
): boolean {
  const lowPct = reach.low * 100;
  const highPct = reach.high * 100;
  const decimals = printedDecimals(printed) ?? 2;
  if (printedWithin(claimed, lowPct, highPct, halfUnit(decimals))) return true;
  // A fraction shown as a percentage has two decimals fewer in percent (0.9988 → 99.88 %, 0.86 → 86 %).
  return claimed <= 1.5 && printedWithin(claimed * 100, lowPct, highPct, halfUnit(decimals - 2));
}

/** Half a unit of the last of `decimals` decimals, never tighter than half a hundredth. */
function halfUnit(decimals: number): number {
  return Math.max(AMOUNT_TOLERANCE, 0.5 * 10 ** -Math.max(0, decimals));
}
