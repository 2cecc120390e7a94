import type { WidgetLang } from './messages.js';

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * `2019-06-30` → 2019年6月30日 / June 30, 2019, and `2019-06` → 2019年6月 / June 2019, through
 * Intl.DateTimeFormat (read as a civil date, so the machine's time zone never shifts it).
 */
export function dateLabel(iso: string, lang: WidgetLang): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number | undefined];
  const key = `${lang}|${day === undefined ? 'month' : 'day'}`;
  let format = formats.get(key);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(
      lang,
      day === undefined ? { year: 'numeric', month: 'long', timeZone: 'UTC' } : { dateStyle: 'long', timeZone: 'UTC' },
    );
    formats.set(key, format);
  }
  return format.format(new Date(Date.UTC(year, month - 1, day ?? 1)));
}

/**
 * A month `2019-06` as the widgets label a month period (periodLabel): 2019年6月 / Jun 2019, through
 * Intl alone (a widget that shows no period keys need not carry the period words).
 */
export function monthLabel(iso: string, lang: WidgetLang): string {
  const [year, month] = iso.split('-').map(Number) as [number, number];
  const key = `${lang}|short-month`;
  let format = formats.get(key);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'short', timeZone: 'UTC' });
    formats.set(key, format);
  }
  return format.format(new Date(Date.UTC(year, month - 1, 1)));
}
