import { svg, type SVGTemplateResult } from 'lit';
import type { ReportRow } from '../../../src/index.js';
import { bandPath } from '../../base/polyline-path.js';
import { runs } from '../runs.js';
import type { TrendLayout } from '../trend-layout.js';

/**
 * The 95% interval of a series' values as a shaded band, broken where a period has none; an
 * interval with none on either side has no width as a band, and is drawn as a whisker.
 */
export function intervalBandMark(layout: TrendLayout, rows: readonly ReportRow[]): SVGTemplateResult {
  const x = layout.across(rows);
  const { y } = layout;
  const whiskers = runs(rows.length, (index) => rows[index]!.ci !== null)
    .filter((run) => run.start === run.end)
    .map(({ start }) => {
      const ci = rows[start]!.ci!;
      return svg`<line class="band" x1=${x(start)} x2=${x(start)} y1=${y(ci.high)} y2=${y(ci.low)}></line>`;
    });
  return svg`<path class="band" d=${bandPath(rows.length, x, y, (index) => rows[index]!.ci)}></path>${whiskers}`;
}
