/**
 * Largest weight (分值) scored: tables give 100 points in all, so anything near this is a typo, and
 * sums and products of weights stay finite (a weight of 1e308 summed twice would be Infinity).
 */
export const MAX_WEIGHT = 1_000_000;

/**
 * Regional scoring variants (docs/domain.md §6). National defaults in {@link NATIONAL_RULES}.
 */
export interface ScoringOptions {
  /** Negative (≤, <) indicators: "national" = linear down to 0 at 2T; "ratio" = T / A × w. */
  readonly negativeFormula: "national" | "ratio";
  /** Lower bounds of 优, 良, 中 (差 below the last). National 90/80/60; a variant uses 80/70/60. */
  readonly gradeBands: readonly [number, number, number];
  /** Points of the budget execution row: 10 nationally, 20 in some regions. */
  readonly budgetWeight: number;
  /** A ≥ factor × T on positive/equal indicators needs deviation text (Guangxi 1.3); null = off. */
  readonly overAchievementFactor: number | null;
  /** Never score above the weight (national: true). */
  readonly capAtWeight: boolean;
  /** Default share of the weight for each qualitative outcome when the unit entered no score. */
  readonly qualitativeDefaults: {
    readonly achieved: number;
    readonly partial: number;
    readonly failed: number;
  };
  /** Expected sum of the indicator weights (100 − budget weight). */
  readonly indicatorWeightTotal: number;
}

export const NATIONAL_RULES: ScoringOptions = {
  negativeFormula: "national",
  gradeBands: [90, 80, 60],
  budgetWeight: 10,
  overAchievementFactor: null,
  capAtWeight: true,
  qualitativeDefaults: { achieved: 1, partial: 0.7, failed: 0.3 },
  indicatorWeightTotal: 90,
};

/** Qualitative bands as shares of the weight: [low, high) except 达成 which includes w. */
export const QUALITATIVE_BANDS = {
  achieved: [0.8, 1],
  partial: [0.6, 0.8],
  failed: [0, 0.6],
} as const;
