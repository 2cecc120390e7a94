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
