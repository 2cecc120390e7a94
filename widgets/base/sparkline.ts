import { svg, type TemplateResult } from 'lit';
import type { ReportRow } from '../../src/index.js';
import { polylinePath } from './polyline-path.js';

/**
 * A tiny line of recent values (nulls leave gaps) ending in a dot on the last value; decorative:
 * callers give the numbers in text. `null` with fewer than two values. `rows` are a few dozen at
 * most (the card's last 24 periods, the table's last 12), so their values may be spread into
 * Math.min and Math.max.
 */
export function sparkline(rows: readonly ReportRow[], width: number, height: number): TemplateResult | null {
  const values = rows.map((row) => row.value).filter((value): value is number => value !== null);
  if (values.length < 2) return null;
  const min = Math.min(...values);
  const max = Math.max(...values);
  const x = (index: number): number => (index / Math.max(1, rows.length - 1)) * (width - 4) + 2;
  const y = (value: number): number =>
    max === min ? height / 2 : height - 3 - ((value - min) / (max - min)) * (height - 6);
  const path = polylinePath(rows.length, x, (index) => {
    const value = rows[index]!.value;
    return value === null ? null : y(value);
  });
  let lastIndex = rows.length - 1;
  while (rows[lastIndex]!.value === null) lastIndex--;
  return svg`<path d=${path}></path><circle cx=${x(lastIndex).toFixed(1)} cy=${y(rows[lastIndex]!.value!).toFixed(1)} r="2.5"></circle>`;
}
