import * as z from 'zod/mini';
import { FiniteNumber, Identifier, LocalizedText, TextInLanguages } from './primitives.js';
import { Measure } from './measure.js';

export const UNITS = ['percent', 'ratio', 'count', 'days', 'score', 'currency'] as const;
export const Unit = z.enum(UNITS);
export type Unit = z.infer<typeof Unit>;

const Band = z.tuple([FiniteNumber, FiniteNumber]);

/**
 * `higher-better`, `lower-better`, `neutral` (no status), or `{band: [lo, hi]}`: values inside
 * the band meet the standard (the Supreme People's Court's 合理区间).
 */
export const Polarity = z.union([z.enum(['higher-better', 'lower-better', 'neutral']), z.strictObject({ band: Band })]);
export type Polarity = z.infer<typeof Polarity>;

/**
 * Status cut-offs. For `higher-better`: value ≥ good → good, ≥ warning → warning, else bad
 * (so good ≥ warning); for `lower-better` the mirror image. For a band polarity, `{warning: [lo, hi]}`
 * is a wider band whose values are "warning" rather than "bad".
 */
export const Thresholds = z.union([
  z.strictObject({ good: FiniteNumber, warning: FiniteNumber }),
  z.strictObject({ warning: Band }),
]);
export type Thresholds = z.infer<typeof Thresholds>;

/**
 * How widgets and the CLI show values: `oneTo` writes a ratio as `1:1.55` (案-件比); `decimals`
 * is the number of decimals shown (default: 1 for percent and days, 2 for ratios, 0 for counts).
 */
export const Display = z.strictObject({
  format: z.optional(z.enum(['number', 'percent', 'oneTo'])),
  decimals: z.optional(z.int().check(z.gte(0), z.lte(6))),
});
export type Display = z.infer<typeof Display>;

export const Indicator = z.strictObject({
  id: Identifier,
  label: LocalizedText,
  description: LocalizedText,
  unit: Unit,
  polarity: Polarity,
  /** A goal shown beside the value. Without thresholds, meeting it is "good" and missing it "bad". */
  target: z.optional(FiniteNumber),
  thresholds: z.optional(Thresholds),
  /** Rows with n below this are flagged `unstable`. */
  minSample: z.optional(z.int().check(z.gte(1))),
  /** Rows with n below this are `suppressed`, unless the evaluation sets its own threshold. */
  suppressBelow: z.optional(z.int().check(z.gte(1))),
  display: z.optional(Display),
  methodology: z.optional(LocalizedText),
  /**
   * Where the definition or a reference value comes from: `{"zh-CN": …, "en": …}`, or one string
   * shown in both languages.
   */
  source: z.optional(TextInLanguages),
  dataset: Identifier,
  measure: Measure,
});
export type Indicator = z.infer<typeof Indicator>;
