import { nothing, svg, type SVGTemplateResult } from 'lit';
import type { Flag, RowSpc } from '../../src/index.js';
import { polylinePath } from '../base/polyline-path.js';
import { labelWidth } from '../indicator-trend/label-width.js';
import { runs } from '../indicator-trend/runs.js';
import { LANE } from '../indicator-trend/chart-frame.js';
import { periodAxisMark } from '../indicator-trend/marks/period-axis-mark.js';
import { valueAxisMark } from '../indicator-trend/marks/value-axis-mark.js';
import type { SpcLayout } from './spc-layout.js';
import type { SpcView } from './spc-view.js';

/** A line of the chart, read from a point's place on it. */
type Line = (spc: RowSpc) => number | null;

const LINES: readonly [string, Line][] = [
  ['two-sigma', (spc) => spc.twoSigmaUpper],
  ['two-sigma', (spc) => spc.twoSigmaLower],
  ['limit', (spc) => spc.upper],
  ['limit', (spc) => spc.lower],
  ['centre', (spc) => spc.centre],
];

/** Half the width of a line drawn for a phase of one point, which a path through one point would not show. */
const LONE_HALF_WIDTH = 6;

/** The value axis (gridlines and labels) and the period axis, as the trend draws them. */
export function axisMarks(layout: SpcLayout): SVGTemplateResult {
  return svg`${valueAxisMark(layout)}${periodAxisMark(layout)}`;
}

/**
 * Each run of periods without a chart (no value, or suppressed) as a muted column from the point
 * before it to the point after it, named after its first row's flag where the name fits.
 */
export function gapMarks(
  layout: SpcLayout,
  view: SpcView,
  flagName: (flag: Flag | null) => string,
): SVGTemplateResult[] {
  const { points } = view;
  const { positions, plotTop, plotHeight } = layout;
  return runs(points.length, (index) => points[index]!.spc === null).map((gap) => {
    const from = positions[Math.max(0, gap.start - 1)]!;
    const to = positions[Math.min(points.length - 1, gap.end + 1)]!;
    const name = flagName(points[gap.start]!.row.flag);
    const width = Math.max(to - from, 2 * LONE_HALF_WIDTH);
    const centre = (from + to) / 2;
    return svg`<rect class="no-data" x=${centre - width / 2} width=${width} y=${plotTop} height=${plotHeight}></rect>${
      labelWidth(name) + 8 <= width
        ? svg`<text class="muted no-data" x=${centre} y=${plotTop + 14} text-anchor="middle">${name}</text>`
        : nothing
    }`;
  });
}

/**
 * Per phase, its centre line, process limits and two-sigma lines through its points with a chart,
 * ending at the phase's last point: the next phase's lines start apart from them.
 */
export function limitMarks(layout: SpcLayout, view: SpcView): SVGTemplateResult[] {
  const { positions, y } = layout;
  const marks: SVGTemplateResult[] = [];
  for (const phase of view.phases) {
    for (const [kind, line] of LINES) {
      let path = '';
      let drawn = 0;
      let lastX = 0;
      let lastY = 0;
      for (let index = phase.from; index < phase.to; index++) {
        const spc = view.points[index]!.spc;
        const value = spc === null ? null : line(spc);
        if (value === null) continue;
        lastX = positions[index]!;
        lastY = Math.round(y(value) * 10) / 10;
        path += `${drawn === 0 ? 'M' : 'L'}${Math.round(lastX * 10) / 10},${lastY}`;
        drawn++;
      }
      if (drawn === 1) path = `M${lastX - LONE_HALF_WIDTH},${lastY}L${lastX + LONE_HALF_WIDTH},${lastY}`;
      if (drawn > 0) marks.push(svg`<path class=${kind} d=${path}></path>`);
    }
  }
  return marks;
}

/** Where a later phase begins: a dashed line down the plot, its label ("From Apr 2019") in a lane above. */
export function phaseBreakMarks(layout: SpcLayout): SVGTemplateResult[] {
  const { plotTop, plotBottom } = layout;
  return layout.notes.map((note) => {
    const baseline = plotTop - 5 - (note.lane ?? 0) * LANE;
    return svg`<line class="phase" x1=${note.x} x2=${note.x} y1=${note.lane === undefined ? plotTop : baseline - 10} y2=${plotBottom}></line>${
      note.shown === ''
        ? nothing
        : svg`<text class="phase-label" x=${note.textX} y=${baseline} text-anchor=${note.anchor}>${note.shown}</text>`
    }`;
  });
}

/** The target as a dashed line across the plot. */
export function targetMark(layout: SpcLayout, target: number | null): SVGTemplateResult | typeof nothing {
  if (target === null) return nothing;
  const { left, plotWidth, y } = layout;
  return svg`<line class="target" x1=${left} x2=${left + plotWidth} y1=${y(target)} y2=${y(target)}></line>`;
}

/** The series' line through its values, broken where a period has no chart. */
export function valueLineMark(layout: SpcLayout, view: SpcView): SVGTemplateResult {
  const { points } = view;
  const d = polylinePath(
    points.length,
    (index) => layout.positions[index]!,
    (index) => {
      const { row, spc } = points[index]!;
      return spc === null || row.value === null ? null : layout.y(row.value);
    },
  );
  return svg`<path class="values" d=${d}></path>`;
}

/** A point's mark at (cx, cy), its shape by variation: a dot, a disc, a square or a diamond (never colour alone). */
export function pointShape(variation: RowSpc['variation'], cx: number, cy: number): SVGTemplateResult {
  const kind = `pt ${variation}`;
  switch (variation) {
    case 'common':
      return svg`<circle class=${kind} cx=${cx} cy=${cy} r="2.5"></circle>`;
    case 'improvement':
      return svg`<circle class=${kind} cx=${cx} cy=${cy} r="5"></circle>`;
    case 'concern':
      return svg`<rect class=${kind} x=${cx - 4.5} y=${cy - 4.5} width="9" height="9"></rect>`;
    case 'special':
      return svg`<path class=${kind} d=${`M${cx},${cy - 6}L${cx + 6},${cy}L${cx},${cy + 6}L${cx - 6},${cy}Z`}></path>`;
  }
}

/**
 * Every point with a chart, shaped by its variation; one on a small sample (`unstable`) with
 * `mark` (`*`) above it, worded in the legend.
 */
export function pointMarks(layout: SpcLayout, view: SpcView, mark: string): SVGTemplateResult[] {
  const marks: SVGTemplateResult[] = [];
  for (let index = 0; index < view.points.length; index++) {
    const { row, spc } = view.points[index]!;
    if (spc === null || row.value === null) continue;
    const cx = layout.positions[index]!;
    const cy = layout.y(row.value);
    marks.push(pointShape(spc.variation, cx, cy));
    // Above the point, or below it where above would leave the plot (a value at its top, 100%).
    if (row.flag === 'unstable')
      marks.push(
        svg`<text class="unstable" x=${cx} y=${cy - 7 < layout.plotTop + 8 ? cy + 16 : cy - 7} text-anchor="middle">${mark}</text>`,
      );
  }
  return marks;
}

/** The focused period: a ring round its point, or a line down the plot where it has none. */
export function focusMark(layout: SpcLayout, view: SpcView, index: number): SVGTemplateResult {
  const { row, spc } = view.points[index]!;
  const cx = layout.positions[index]!;
  return spc === null || row.value === null
    ? svg`<line class="focus" x1=${cx} x2=${cx} y1=${layout.plotTop} y2=${layout.plotBottom}></line>`
    : svg`<circle class="focus" cx=${cx} cy=${layout.y(row.value)} r="9"></circle>`;
}
