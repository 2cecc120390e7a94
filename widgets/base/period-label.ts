import { periodKeyParts } from '../../src/internal.js';
import type { WidgetLang } from './messages.js';
import { TEXT_MESSAGES } from './text-messages.js';

/** A period key as people read it: 2019年3月 / Mar 2019, 2019年第1季度 / Q1 2019, 2019年第10周 / week 10, 2019. */
export function periodLabel(key: string, lang: WidgetLang): string {
  const parts = periodKeyParts(key);
  if (parts === undefined) return key;
  const words = TEXT_MESSAGES[lang].periods;
  const year = key.slice(0, 4);
  switch (parts.unit) {
    case 'year':
      return words.year(year);
    case 'quarter':
      return words.quarter(year, parts.quarter);
    case 'month':
      return words.month(year, parts.month);
    case 'week':
      return words.week(year, parts.week);
    case 'day':
      return words.day(year, parts.month, parts.day);
  }
}

/**
 * The periods a widget's picture shows, as period keys (`2019-04`, `2019-Q2`): one period
 * (`first` = `last`: a card's, the bars', a map's), or a series from `first` to `last` (a trend's
 * axis, an SPC chart's points).
 */
export interface PeriodsShown {
  readonly first: string;
  readonly last: string;
}

/** The same periods as people read them (2019年4月 / Apr 2019): what an exported image's notes say. */
export interface PeriodNames {
  readonly first: string;
  readonly last: string;
}

/** `shown` worded as the widgets word periods (periodLabel); undefined when none is shown. */
export function periodNames(shown: PeriodsShown | undefined, lang: WidgetLang): PeriodNames | undefined {
  return shown === undefined
    ? undefined
    : { first: periodLabel(shown.first, lang), last: periodLabel(shown.last, lang) };
}
