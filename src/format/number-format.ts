import type { Lang } from './format-value.js';

/** Building an Intl.NumberFormat costs far more than using one; dashboards format thousands of values. */
const formatters = new Map<string, Intl.NumberFormat>();

/** The Intl.NumberFormat of `lang` with `options`, built once: the one cache of every formatter here. */
export function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (formatter === undefined) {
    formatter = new Intl.NumberFormat(lang, options);
    formatters.set(key, formatter);
  }
  return formatter;
}
