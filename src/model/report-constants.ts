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
