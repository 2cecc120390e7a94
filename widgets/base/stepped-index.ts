/** Which arrow keys step to the next item of a widget's sequence (Home and End go to the ends). */
export type Stepping =
  /** A list down the page: ↓ next, ↑ previous; ← and → are left to the page. */
  | 'list'
  /** Bars, periods, points in reading order: → and ↓ next, ← and ↑ previous. */
  | 'forward'
  /** Along an axis that rises (a funnel's unit sizes, a slider's convention): → and ↑ next, ← and ↓ previous. */
  | 'rising';

/**
 * The item a key moves the focus to among `count` items from `current`, kept within them; undefined
 * for a key that does not move it. One definition of the widgets' keyboard traversal.
 */
export function steppedIndex(key: string, current: number, count: number, stepping: Stepping): number | undefined {
  let to: number;
  switch (key) {
    case 'Home':
      to = 0;
      break;
    case 'End':
      to = count - 1;
      break;
    case 'ArrowDown':
      to = stepping === 'rising' ? current - 1 : current + 1;
      break;
    case 'ArrowUp':
      to = stepping === 'rising' ? current + 1 : current - 1;
      break;
    case 'ArrowRight':
    case 'ArrowLeft':
      if (stepping === 'list') return undefined;
      to = key === 'ArrowRight' ? current + 1 : current - 1;
      break;
    default:
      return undefined;
  }
  return Math.max(0, Math.min(count - 1, to));
}
