import { svg, type TemplateResult } from 'lit';
import type { ReportRow } from '../../src/index.js';
import { polylinePath } from './polyline-path.js';

/**
 * A tiny line of recent values (nulls leave gaps) ending in a dot on the last value; decorative:
 * callers give the numbers in text. `null` with fewer than two values. `rows` are a few dozen at
 * most (the card's last 24 periods, the table's last 12), so their values may be spread into
 * Math.min and Math.max.
 *
 * Drawn for a box `width` × `height`, which may be stretched to any width: the line sits in its
 * own `<svg>` stretched to the box with a stroke that does not scale (uniform however steep), and
 * the dot beside it at a percentage of the box, so it stays round. Put it in an `<svg>` of that box.
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
  const cx = ((x(lastIndex) / width) * 100).toFixed(2);
  const cy = ((y(rows[lastIndex]!.value!) / height) * 100).toFixed(2);
  return svg`<svg viewBox="0 0 ${width} ${height}" preserveAspectRatio="none" overflow="visible"><path d=${path} vector-effect="non-scaling-stroke"></path></svg><circle cx="${cx}%" cy="${cy}%" r="2.5"></circle>`;
}
