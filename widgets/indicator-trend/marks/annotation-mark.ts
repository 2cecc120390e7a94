import { nothing, svg, type SVGTemplateResult } from 'lit';
import type { PlacedNote } from '../annotation-lanes.js';
import { LANE } from '../chart-frame.js';
import type { TrendLayout } from '../trend-layout.js';

/** Each annotation: a dotted line down through the plot, its label (maybe cut) in its lane above. */
export function annotationMarks(layout: TrendLayout): SVGTemplateResult[] {
  return layout.notes.map((note) => annotationMark(layout, note));
}

function annotationMark({ plotTop, plotBottom }: TrendLayout, note: PlacedNote): SVGTemplateResult {
  // A label's baseline: 5 px above its lane's bottom, so descenders stay off the lane below and the plot.
  const baseline = plotTop - 5 - (note.lane ?? 0) * LANE;
  // The cut label's whole text is in the <title>; it is announced with its period, and listed under the table view.
  // Set as a property: Lit's server renderer (lawgauge/ssr) parses an svg`` fragment as HTML, where
  // <title> holds only text and a child binding in it fails; the server leaves this tooltip out.
  return svg`<g aria-hidden="true"><line class="event" x1=${note.x} x2=${note.x} y1=${note.lane === undefined ? plotTop : baseline - 10} y2=${plotBottom}></line>
        ${note.shown === '' ? nothing : svg`<text class="muted" x=${note.textX} y=${baseline} text-anchor=${note.anchor}>${note.shown === note.label ? nothing : svg`<title .textContent=${note.label}></title>`}${note.shown}</text>`}</g>`;
}
