/** Constants of the Report contract, kept free of zod so browser bundles can use them cheaply. */
export const REPORT_SCHEMA_ID = 'lawgauge/report@1';

/** The value of every group field in the total row. */
export const TOTAL = '*';

export const STATUSES = ['good', 'warning', 'bad'] as const;
export type Status = (typeof STATUSES)[number];

/**
 * `no-data`: nothing to compute from (zero denominator or no values); `suppressed`: n below the
 * suppression threshold, so value, numerator, interval and changes are withheld; `unstable`:
 * n below the indicator's `minSample`; `indicator-excluded` (composite rows only): an indicator had
 * the same value in every unit in the period, so its min-max or z-score normalisation is undefined
 * and it was left out of the period's index, the weights renormalised over the others. When
 * several apply, the first in this list wins.
 */
export const FLAGS = ['no-data', 'suppressed', 'unstable', 'indicator-excluded'] as const;
export type Flag = (typeof FLAGS)[number];

/**
 * The largest magnitude of a row's numbers and of the target in a Report: 2^53 − 1. Counts and
 * sums of records are exact up to it and no longer beyond, so no value computed from records (a
 * count, a rate, days, a score, money) can lie beyond it; a Report holding such a number is
 * corrupt, and would print as hundreds of digits. One bound for every unit: the tighter bounds
 * follow from the measure kind (see {@link COUNT_FIELDS}), not from the unit, which only says how
 * a value is shown (a `percent` mean of answers may exceed 1, a `days` mean may be negative).
 */
export const MAX_MAGNITUDE = Number.MAX_SAFE_INTEGER;

/**
 * The row fields that count records, by the measure kind a Report names (`indicator.measure`):
 * whole numbers ≥ 0 where present. A rate's numerator and denominator are counts (and so its value
 * is ≥ 0), a complement shares its rate's denominator, a count's value is the count, a turnover
 * counts its stock and its flow. A ratio's
 * sides may be sums of a signed field, and the other kinds carry no numerator or denominator, so
 * nothing more is known of them.
 */
export const COUNT_FIELDS: Readonly<Record<string, readonly ('value' | 'numerator' | 'denominator')[]>> = {
  count: ['value'],
  rate: ['numerator', 'denominator'],
  complement: ['denominator'],
  turnoverDays: ['numerator', 'denominator'],
};
