/** A labelled period on the time axis: the label's anchor point and how the text hangs from it. */
export interface PeriodTick {
  /** The period's index. */
  readonly index: number;
  readonly x: number;
  readonly anchor: 'start' | 'middle' | 'end';
}

/** Space kept between neighbouring period labels, in pixels. */
const GAP = 8;

/**
 * The periods labelled on the time axis, and where: every n-th period counted back from the
 * latest (the one the summary speaks of and the keyboard starts on), n the smallest step at which
 * no two labels come closer than {@link GAP}. A label centred under its period is kept there; one
 * that would cross the chart's edge (0 or `width`) is drawn from that edge inwards instead, so the
 * last period's label is never cut ("2019年第4季度" drawn as "2019年第4季"). `widths` are generous
 * estimates (`labelWidth`), so labels drawn narrower neither collide nor cross an edge.
 *
 * `positions` are evenly spaced and rising. Linear in the number of periods.
 */
export function periodTicks(positions: readonly number[], widths: readonly number[], width: number): PeriodTick[] {
  const count = positions.length;
  let widest = 0;
  for (let index = 0; index < count; index++) widest = Math.max(widest, widths[index]!);
  const spacing = count > 1 ? positions[1]! - positions[0]! : Infinity;
  // The first step tried is the one the widest label needs between centred neighbours; a label
  // moved in from an edge can need one more. At a step of `count` or more one label is left,
  // which always fits.
  for (let step = Math.max(1, Math.ceil((widest + GAP) / spacing)); ; step++) {
    const placed = everyNth(step, positions, widths, width);
    if (placed !== undefined) return placed;
  }
}

/** Every `step`-th period back from the last, placed; undefined if two labels come too close. */
function everyNth(
  step: number,
  positions: readonly number[],
  widths: readonly number[],
  width: number,
): PeriodTick[] | undefined {
  const placed: PeriodTick[] = [];
  // The left edge of the label placed before (to the right of) this one.
  let limit = Infinity;
  for (let index = positions.length - 1; index >= 0; index -= step) {
    const centre = positions[index]!;
    const half = widths[index]! / 2;
    let tick: PeriodTick;
    let left: number;
    let right: number;
    if (centre + half > width) {
      tick = { index, x: width, anchor: 'end' };
      [left, right] = [width - 2 * half, width];
    } else if (centre - half < 0) {
      tick = { index, x: 0, anchor: 'start' };
      [left, right] = [0, 2 * half];
    } else {
      tick = { index, x: centre, anchor: 'middle' };
      [left, right] = [centre - half, centre + half];
    }
    if (right + GAP > limit) return undefined;
    limit = left;
    placed.push(tick);
  }
  return placed.reverse();
}
