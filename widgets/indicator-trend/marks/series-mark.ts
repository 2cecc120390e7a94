import { nothing, svg, type SVGTemplateResult } from 'lit';
import type { ReportRow } from '../../../src/index.js';
import { polylinePath } from '../../base/polyline-path.js';
import { runs } from '../runs.js';
import type { TrendLayout } from '../trend-layout.js';

/** A series drawn: its rows and its colour class (`s0`–`s3`). */
export interface DrawnSeries {
  readonly rows: readonly ReportRow[];
  readonly colour: string;
}

/** A series' line through its values, broken where a period has none. */
export function lineMark(layout: TrendLayout, series: DrawnSeries): SVGTemplateResult {
  const { rows } = series;
  const d = polylinePath(rows.length, layout.across(rows), (index) => {
    const value = rows[index]!.value;
    return value === null ? null : layout.y(value);
  });
  return svg`<path class=${`line ${series.colour}`} d=${d}></path>`;
}

/** A value with none on either side, which the line cannot draw: a dot in the series' colour. */
export function loneValueMarks(layout: TrendLayout, series: DrawnSeries): SVGTemplateResult[] {
  const { rows, colour } = series;
  const x = layout.across(rows);
  return runs(rows.length, (index) => rows[index]!.value !== null)
    .filter((run) => run.start === run.end)
    .map(
      ({ start }) =>
        svg`<circle class=${`lone ${colour}`} cx=${x(start)} cy=${layout.y(rows[start]!.value!)} r="3"></circle>`,
    );
}

/** The focused period's point on each series that has a value there. */
export function pointMarks(
  layout: TrendLayout,
  series: readonly DrawnSeries[],
  period: string,
  index: number,
): (SVGTemplateResult | typeof nothing)[] {
  return series.map(({ rows, colour }) => {
    const row = rows.find((candidate) => candidate.period === period);
    return row === undefined || row.value === null
      ? nothing
      : svg`<circle class=${`point ${colour}`} cx=${layout.positions[index]} cy=${layout.y(row.value)} r="4"></circle>`;
  });
}
