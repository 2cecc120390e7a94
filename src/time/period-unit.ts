export const PERIOD_UNITS = ['day', 'week', 'month', 'quarter', 'year'] as const;

/** The calendar unit of a reporting period. */
export type PeriodUnit = (typeof PERIOD_UNITS)[number];
