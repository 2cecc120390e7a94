import type { Lang } from './format-value.js';
import { numberFormat } from './number-format.js';

/** A plain number with at most `decimals` decimals, `1234.5` → `1,234.5` (formatters are cached). */
export function formatNumber(value: number, lang: Lang, decimals: number): string {
  return numberFormat(lang, { maximumFractionDigits: decimals }).format(value);
}
