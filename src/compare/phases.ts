/** A phase of a series: points `[from, to)`, of which the first `baseline` set its centre and limits. */
export interface Phase {
  readonly from: number;
  readonly to: number;
  readonly baseline: number;
}

/** How a series of points splits into phases, and how long a baseline each phase takes. */
export interface PhaseLayout {
  /** Indices of the points that start a new phase (e.g. the first month after a reform); 0 and out-of-range ones are ignored. */
  readonly phaseStarts?: readonly number[];
  /** The number of values at the start of each phase that form its baseline; default: all of them. */
  readonly baseline?: number;
}

/** The phases of `length` points: each runs up to the next start, its baseline its first `baseline` points. */
export function phasesOf(length: number, layout: PhaseLayout = {}): Phase[] {
  const starts = [...new Set(layout.phaseStarts ?? [])].filter((start) => start > 0 && start < length);
  starts.sort((a, b) => a - b);
  const bounds = [0, ...starts, length];
  const phases: Phase[] = [];
  for (let p = 0; p + 1 < bounds.length; p++) {
    const from = bounds[p]!;
    const to = bounds[p + 1]!;
    if (to > from) phases.push({ from, to, baseline: Math.min(to - from, layout.baseline ?? Infinity) });
  }
  return phases;
}
