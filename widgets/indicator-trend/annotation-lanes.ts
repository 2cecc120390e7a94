import { fitLabel, labelWidth } from './label-width.js';

/** An annotation to place: where its line is, and its whole label. */
export interface NoteAt {
  readonly x: number;
  readonly label: string;
}

/** An annotation placed: its label as drawn (maybe cut, maybe empty) in a lane above the plot. */
export interface PlacedNote extends NoteAt {
  readonly shown: string;
  /** 0 is the lane just above the plot, 1 the one above it; undefined when no text is drawn. */
  readonly lane: number | undefined;
  /** Text drawn rightwards (`start`) or leftwards (`end`) from `textX`, beside the line. */
  readonly anchor: 'start' | 'end';
  readonly textX: number;
}

/** Lanes of labels above the plot at most. */
export const MAX_LANES = 2;
/** Between a line and its label, and between two labels in a lane, in pixels. */
const PAD = 3;
const GAP = 8;

/**
 * Lays annotation labels out in lanes above the plot, so that they never cover the series (which
 * stay within the plot) nor each other, in one pass left to right: each label goes to the lowest
 * lane where it fits whole, else is cut (ellipsis) to the widest room a lane has, else shows no
 * text (its line is still drawn). A label right of the plot's middle reads leftwards from its
 * line, so it stays over the plot. A line runs from its label down through the lanes below: no
 * label is put across it there, nor is a line put through a label drawn there before.
 *
 * `notes` are sorted by `x`. Each label costs at most {@link MAX_LANES} fittings of at most
 * `MAX_LABEL_CHARS` characters (`fitLabel`), whatever its length: linear in the number of notes.
 */
export function annotationLanes(notes: readonly NoteAt[], plotLeft: number, plotRight: number): PlacedNote[] {
  // The right end of what each lane holds so far: labels and the lines crossing it; and of its labels alone.
  const ends: number[] = Array.from({ length: MAX_LANES }, () => -Infinity);
  const labelEnds: number[] = Array.from({ length: MAX_LANES }, () => -Infinity);
  const middle = (plotLeft + plotRight) / 2;
  return notes.map(({ x, label }) => {
    const anchor = x > middle ? 'end' : 'start';
    let best: { lane: number; shown: string; width: number } | undefined;
    for (let lane = 0; lane < MAX_LANES; lane++) {
      // The line would cross (or touch) a label already drawn in the lane below; a line at the
      // same place may be shared.
      if (lane > 0 && labelEnds[lane - 1]! + PAD > x) break;
      const room =
        anchor === 'start'
          ? ends[lane]! + GAP <= x + PAD
            ? plotRight - x - PAD
            : 0
          : x - PAD - Math.max(plotLeft, ends[lane]! + GAP);
      const shown = fitLabel(label, room);
      if (shown === label) {
        best = { lane, shown, width: labelWidth(shown) };
        break;
      }
      const width = labelWidth(shown);
      if (shown !== '' && (best === undefined || width > best.width)) best = { lane, shown, width };
    }
    const textX = anchor === 'start' ? x + PAD : x - PAD;
    if (best === undefined) return { x, label, shown: '', lane: undefined, anchor, textX };
    ends[best.lane] = anchor === 'start' ? textX + best.width : x;
    labelEnds[best.lane] = anchor === 'start' ? textX + best.width : textX;
    for (let below = 0; below < best.lane; below++) ends[below] = Math.max(ends[below]!, x);
    return { x, label, shown: best.shown, lane: best.lane, anchor, textX };
  });
}
