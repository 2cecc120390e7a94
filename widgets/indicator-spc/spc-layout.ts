import type { Report } from '../../src/index.js';
import type { WidgetLang } from '../base/messages.js';
import { periodLabel } from '../base/period-label.js';
import { chartFrame, type ChartFrame } from '../indicator-trend/chart-frame.js';
import type { SpcView } from './spc-view.js';

/** Height of the chart without phase-label lanes. */
const HEIGHT = 240;

/** The chart's frame, its points at the periods' places and its phase breaks as the frame's notes. */
export type SpcLayout = ChartFrame;

/** The values drawn: every value, line and limit of the series, and the target. */
function drawnExtent(view: SpcView, target: number | null): { min: number; max: number } {
  let min = target ?? Infinity;
  let max = target ?? -Infinity;
  const take = (value: number | null): void => {
    if (value === null) return;
    if (value < min) min = value;
    if (value > max) max = value;
  };
  for (let index = 0; index < view.points.length; index++) {
    const { row, spc } = view.points[index]!;
    if (spc === null) continue;
    take(row.value);
    take(spc.centre);
    take(spc.lower);
    take(spc.upper);
  }
  return { min, max: Number.isFinite(max) ? max : -Infinity };
}

export function spcLayout(
  report: Report,
  view: SpcView,
  lang: WidgetLang,
  width: number,
  phaseLabel: (period: string) => string,
): SpcLayout {
  return chartFrame({
    indicator: report.indicator,
    lang,
    width,
    height: HEIGHT,
    ...drawnExtent(view, view.result.target),
    periods: view.points.map((point) => point.row.period),
    // Where a later phase begins: midway between its first point and the one before.
    notes: (positions) =>
      view.phases.slice(1).map((phase) => ({
        x: (positions[phase.from - 1]! + positions[phase.from]!) / 2,
        label: phaseLabel(periodLabel(phase.period, lang)),
      })),
  });
}
