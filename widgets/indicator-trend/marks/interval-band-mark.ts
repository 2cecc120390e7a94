import { svg, type SVGTemplateResult } from 'lit';
import type { ReportRow } from '../../../src/index.js';
import { bandPath } from '../../base/polyline-path.js';
import type { TrendLayout } from '../trend-layout.js';

/** The 95% interval of a series' values as a shaded band, broken where a period has none. */
export function intervalBandMark(layout: TrendLayout, rows: readonly ReportRow[]): SVGTemplateResult {
  return svg`<path class="band" d=${bandPath(rows.length, layout.across(rows), layout.y, (index) => rows[index]!.ci)}></path>`;
}
