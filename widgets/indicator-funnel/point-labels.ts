import { labelWidth } from '../indicator-trend/label-width.js';

/** A point that wants its name drawn beside it. */
export interface LabelWish {
  readonly x: number;
  readonly y: number;
  readonly text: string;
}

/** A name placed: its text's start (or end, with `end`) and baseline. */
export interface PlacedLabel {
  readonly x: number;
  readonly y: number;
  readonly text: string;
  readonly end: boolean;
}

/** The most names drawn: the rest are in the summary, the points' names and the table. */
export const MAX_LABELS = 12;
const HEIGHT = 14;
const GAP = 7;

interface Box {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

const overlaps = (a: Box, b: Box): boolean =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Names beside points, first come first placed, none over another nor outside `[left, right]`:
 * to the right of its point, else to the left, else above or below it; a name with no room is left
 * out. At most {@link MAX_LABELS} are tried, each against those placed, so the cost is bounded
 * however many points wish.
 */
export function placeLabels(wishes: readonly LabelWish[], left: number, right: number): PlacedLabel[] {
  const placed: (PlacedLabel & { box: Box })[] = [];
  for (const wish of wishes.slice(0, MAX_LABELS)) {
    const width = labelWidth(wish.text);
    const baseline = wish.y + 4;
    const options: PlacedLabel[] = [
      { x: wish.x + GAP, y: baseline, text: wish.text, end: false },
      { x: wish.x - GAP, y: baseline, text: wish.text, end: true },
      { x: wish.x - width / 2, y: wish.y - GAP - 2, text: wish.text, end: false },
      { x: wish.x - width / 2, y: wish.y + GAP + HEIGHT - 2, text: wish.text, end: false },
    ];
    for (const option of options) {
      const start = option.end ? option.x - width : option.x;
      const box = { left: start, right: start + width, top: option.y - HEIGHT + 3, bottom: option.y + 3 };
      if (box.left < left || box.right > right) continue;
      if (placed.some((other) => overlaps(other.box, box))) continue;
      placed.push({ ...option, box });
      break;
    }
  }
  return placed.map(({ x, y, text, end }) => ({ x, y, text, end }));
}
