import type { Display, Unit } from '../model/indicator.js';
import { checkOptionKeys, type OptionKeys } from '../model/option-keys.js';
import { formatPercent } from './format-percent.js';
import { numberFormat } from './number-format.js';

export type Lang = 'zh-CN' | 'en';

const DEFAULT_DECIMALS: Record<Unit, number> = { percent: 1, ratio: 2, count: 0, days: 1, score: 1, currency: 2 };

const DAYS: Record<Lang, string> = { 'zh-CN': '天', en: 'days' };

/** The keys of formatValue()'s options: any other is refused, not ignored. */
const FORMAT_VALUE_OPTION_KEYS: OptionKeys<{ compact?: boolean }> = { compact: true };

/**
 * A value as people read it, following the indicator's unit and display: `37.5%`, `1:1.55`
 * (案-件比), `47.8 天` / `47.8 days`, `1,234` or, with `compact`, `1.23万` / `12.3K`.
 * Used by the CLI and the widgets so every output shows a value the same way.
 *
 * @throws LawGaugeError (`invalid_argument`) for options that are not an object or have a key
 *   other than `compact` (`unknown_key`, naming `compact` for a near miss such as `compcat`).
 */
export function formatValue(
  value: number,
  indicator: { unit: Unit; display?: Display | null | undefined },
  lang: Lang = 'zh-CN',
  options?: { compact?: boolean },
): string {
  return formattedValue(
    value,
    indicator,
    lang,
    options !== undefined && checkOptionKeys(options, FORMAT_VALUE_OPTION_KEYS).compact === true,
  );
}

/** {@link formatValue} for callers whose options are their own (the widgets), without the options check. */
export function formattedValue(
  value: number,
  indicator: { unit: Unit; display?: Display | null | undefined },
  lang: Lang = 'zh-CN',
  compact = false,
): string {
  const decimals = indicator.display?.decimals ?? DEFAULT_DECIMALS[indicator.unit];
  const format = indicator.display?.format ?? (indicator.unit === 'percent' ? 'percent' : 'number');
  if (format === 'oneTo') return `1:${value.toFixed(decimals)}`;
  if (format === 'percent') {
    return formatPercent(value, lang, decimals);
  }
  const number = numberFormat(lang, {
    maximumFractionDigits: decimals,
    minimumFractionDigits: compact ? 0 : decimals,
    ...(compact ? { notation: 'compact' as const } : {}),
    ...(indicator.unit === 'currency'
      ? { style: 'currency' as const, currency: 'CNY', currencyDisplay: 'symbol' as const }
      : {}),
  }).format(value);
  return indicator.unit === 'days' ? `${number} ${DAYS[lang]}` : number;
}
