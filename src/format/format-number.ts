import type { Lang } from './format-value.js';

const formatters = new Map<string, Intl.NumberFormat>();

/** A plain number with at most `decimals` decimals, `1234.5` → `1,234.5` (formatters are cached). */
export function formatNumber(value: number, lang: Lang, decimals: number): string {
  const key = `${lang}|${decimals}`;
  let formatter = formatters.get(key);
  if (formatter === undefined) {
    formatter = new Intl.NumberFormat(lang, { maximumFractionDigits: decimals });
    formatters.set(key, formatter);
  }
  return formatter.format(value);
}
