import { nothing, svg, type SVGTemplateResult } from 'lit';
import type { ReportRow } from '../../../src/index.js';
import type { Messages } from '../../base/indicator-messages.js';
import { labelWidth } from '../label-width.js';
import { runs } from '../runs.js';
import type { TrendLayout } from '../trend-layout.js';

/**
 * Each run of periods where the series has no value, shown as what it is: a muted column over
 * the plot from the last period with a value before it to the first after it (where the line and
 * the band break), named after the first row's flag ("无数据", "已抑制") when the name fits.
 * Without it the break in the interval band reads as a white gap in the drawing.
 */
export function gapMarks(
  layout: TrendLayout,
  rows: readonly ReportRow[],
  messages: Pick<Messages, 'flag'>,
): SVGTemplateResult[] {
  const x = layout.across(rows);
  const { plotTop, plotHeight } = layout;
  const marks: SVGTemplateResult[] = [];
  for (const gap of runs(rows.length, (index) => rows[index]!.value === null)) {
    const from = x(gap.start > 0 ? gap.start - 1 : gap.start);
    const to = x(gap.end < rows.length - 1 ? gap.end + 1 : gap.end);
    if (to <= from) continue;
    const name = messages.flag[rows[gap.start]!.flag ?? 'no-data'];
    const named = labelWidth(name) + 8 <= to - from;
    marks.push(
      svg`<rect class="no-data" x=${from} width=${to - from} y=${plotTop} height=${plotHeight}></rect>${named ? svg`<text class="muted no-data" x=${(from + to) / 2} y=${plotTop + 14} text-anchor="middle">${name}</text>` : nothing}`,
    );
  }
  return marks;
}
