import type { Lang } from './format-value.js';

const formatters = new Map<string, Intl.NumberFormat>();

/** A share as a percentage, `0.375` → `37.5%`, with a fixed number of decimals (formatters are cached). */
export function formatPercent(value: number, lang: Lang, decimals: number): string {
  const key = `${lang}|${decimals}`;
  let formatter = formatters.get(key);
  if (formatter === undefined) {
    formatter = new Intl.NumberFormat(lang, { style: 'percent', minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    formatters.set(key, formatter);
  }
  return formatter.format(value);
}
