/**
 * Amounts are printed rounded to cents (17.50 万元 may be 17.4951…17.5049), so a printed rate or score is
 * only wrong when no pair of amounts within half a cent of the printed ones reaches it.
 */
export const AMOUNT_TOLERANCE = 0.005;

/**
 * The lowest and highest execution rates (fractions) reachable from amounts within
 * {@link AMOUNT_TOLERANCE} of the printed ones; null when the budget could be 0.
 *
 * @example
 * reachableRates(17.5, 17.52); // { low: 0.99829…, high: 0.99943… } — holds the printed 99.88 %
 */
export function reachableRates(executed: number, budget: number): { low: number; high: number } | null {
  const budgetLow = budget - AMOUNT_TOLERANCE;
  if (budgetLow <= 0) return null;
  const low = Math.max(0, executed - AMOUNT_TOLERANCE) / (budget + AMOUNT_TOLERANCE);
  const high = (executed + AMOUNT_TOLERANCE) / budgetLow;
  return { low, high };
}

/** Whether a printed number (rounded to 2 decimals) may stand for some value in [low, high]. */
export function printedWithin(printed: number, low: number, high: number): boolean {
  return printed + AMOUNT_TOLERANCE + 1e-9 >= low && printed - AMOUNT_TOLERANCE - 1e-9 <= high;
}
