import type { Lang } from './format-value.js';
import { numberFormat } from './number-format.js';

/** A share as a percentage, `0.375` → `37.5%`, with a fixed number of decimals (formatters are cached). */
export function formatPercent(value: number, lang: Lang, decimals: number): string {
  return numberFormat(lang, {
    style: 'percent',
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(value);
}
