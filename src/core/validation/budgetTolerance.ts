import { printedDecimals } from "./printedDecimals";

/**
 * Amounts are printed rounded (17.50 万元 may be 17.4951…17.5049), so a printed rate or score is only
 * wrong when no pair of amounts within half a unit of their last printed decimal reaches it. Never
 * tighter than half a cent.
 */
export const AMOUNT_TOLERANCE = 0.005;

/**
 * Half a unit of the last printed decimal of an amount: 37.24 → 0.005, 43.2 → 0.05. Whole amounts
 * count as printed to one decimal: a budget of 20 万元 is nearly always exactly 20, and ±0.5 万元 would
 * hide real errors in the printed rate.
 *
 * @example
 * amountTolerance(43.2); // 0.05
 */
export function amountTolerance(amount: number): number {
  const decimals = Math.max(1, printedDecimals(amount) ?? 2);
  return Math.max(AMOUNT_TOLERANCE, 0.5 * 10 ** -decimals);
}

/**
 * The lowest and highest execution rates (fractions) reachable from amounts within the given
 * tolerances ({@link AMOUNT_TOLERANCE} by default) of the printed ones; null when the budget could be 0.
 *
 * @example
 * reachableRates(17.5, 17.52); // { low: 0.99829…, high: 0.99943… } — holds the printed 99.88 %
 */
export function reachableRates(
  executed: number,
  budget: number,
  executedTolerance = AMOUNT_TOLERANCE,
  budgetTolerance = AMOUNT_TOLERANCE,
): { low: number; high: number } | null {
  const budgetLow = budget - budgetTolerance;
  if (budgetLow <= 0) return null;
  const low = Math.max(0, executed - executedTolerance) / (budget + budgetTolerance);
  const high = (executed + executedTolerance) / budgetLow;
  return { low, high };
}

/**
 * Whether a printed number (rounded to 2 decimals, or within `tolerance` of what it stands for) may
 * stand for some value in [low, high].
 */
export function printedWithin(
  printed: number,
  low: number,
  high: number,
  tolerance = AMOUNT_TOLERANCE,
): boolean {
  return printed + tolerance + 1e-9 >= low && printed - tolerance - 1e-9 <= high;
}
