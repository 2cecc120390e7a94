/**
 * Constants of the comparison contract (DOMAIN.md, "Comparing honestly"), kept free of zod so
 * widgets can use them cheaply. The numbers are the literal ones practitioners publish, never
 * recomputed, so lawgauge's limits match theirs to the last digit.
 */

/** The charts `spc()` draws: `xmr` for any indicator, `pprime` (Laney p′) for rates. */
export const SPC_CHARTS = ['xmr', 'pprime'] as const;
export type SpcChart = (typeof SPC_CHARTS)[number];

/** The NHS rules, in the order a point's `rules` lists them. */
export const SPC_RULES = ['outside', 'shift', 'trend', 'two-of-three'] as const;
export type SpcRule = (typeof SPC_RULES)[number];

/** A point's variation: no rule, or a signal judged by the indicator's polarity. */
export const VARIATIONS = ['common', 'improvement', 'concern', 'special'] as const;
export type Variation = (typeof VARIATIONS)[number];

/** Whether a series' last limits meet its target: always, never, or sometimes. */
export const ASSURANCES = ['pass', 'fail', 'inconsistent'] as const;
export type Assurance = (typeof ASSURANCES)[number];

/**
 * `short_baseline`: a phase's baseline holds fewer than {@link SHORT_BASELINE} values, or the series
 * has no value at all (no phase: a baseline of 0 values).
 */
export const SPC_SERIES_FLAGS = ['short_baseline'] as const;
export type SpcSeriesFlag = (typeof SPC_SERIES_FLAGS)[number];

/** Where a unit lies in the funnel, strictly beyond a limit or within the 95% limits. */
export const FUNNEL_POSITIONS = ['above-998', 'above-95', 'within', 'below-95', 'below-998'] as const;
export type FunnelPosition = (typeof FUNNEL_POSITIONS)[number];

/** XmR process limits: centre ± 2.66·mR̄ (3 / d₂ with d₂ = 1.128, as published). */
export const XMR_LIMIT_FACTOR = 2.66;
/** XmR two-sigma lines: centre ± 1.7733·mR̄, two thirds of the way to the limits. */
export const XMR_TWO_SIGMA_FACTOR = 1.7733;
/** d₂ for moving ranges of two: Laney's σ_z = mean moving range of z / 1.128. */
export const MOVING_RANGE_D2 = 1.128;
/** Laney p′ limits at 3 σ, two-sigma lines at 2 σ. */
export const PPRIME_LIMIT_SIGMAS = 3;
export const PPRIME_TWO_SIGMA_SIGMAS = 2;

/** A baseline with fewer values than this is flagged `short_baseline`. */
export const SHORT_BASELINE = 12;
/** A baseline with fewer values than this gives no limits (no moving range to average). */
export const MIN_BASELINE = 2;
/** `shift` and `trend` need runs of at least this many points. */
export const RUN_LENGTH = 7;

/** Funnel limits: two-sided 95% and 99.8% normal quantiles. */
export const FUNNEL_Z95 = 1.959964;
export const FUNNEL_Z998 = 3.090232;
/** Overdispersion: z-scores are winsorised at this percentile and its mirror (type 7). */
export const WINSOR_SHARE = 0.1;

/** Indicator measures whose rows are a count over a count (a proportion): p′ and funnels need them. */
export const PROPORTION_MEASURES: readonly string[] = ['rate', 'complement'];
