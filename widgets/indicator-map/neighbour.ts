/** A region's place on screen: its tile's centre, or its largest ring's centroid. */
export interface Place {
  readonly x: number;
  readonly y: number;
}

export type Direction = 'left' | 'right' | 'up' | 'down';

/** The unit step of each arrow key, in screen coordinates (y grows downwards). */
const STEPS: Readonly<Record<Direction, readonly [number, number]>> = {
  left: [-1, 0],
  right: [1, 0],
  up: [0, -1],
  down: [0, 1],
};

/**
 * The region an arrow key moves to from `places[from]`: the nearest one that lies in that
 * direction, distance across the direction counting twice as much as along it, so the tile beside
 * wins over the one diagonally nearer. A region within 45° of the direction is preferred to any
 * outside it; with none in that direction at all, the focus stays (`from`). Linear in the regions.
 */
export function neighbour(places: readonly Place[], from: number, direction: Direction): number {
  const [sx, sy] = STEPS[direction];
  const origin = places[from]!;
  let best = from;
  let bestScore = Infinity;
  for (let index = 0; index < places.length; index++) {
    const place = places[index]!;
    const dx = place.x - origin.x;
    const dy = place.y - origin.y;
    const along = dx * sx + dy * sy;
    const across = Math.abs(dx * sy - dy * sx);
    if (index === from || !(along > 1e-6)) continue;
    // Outside the 45° cone: only when nothing is inside it.
    const score = along + 2 * across + (across > along ? 1e9 : 0);
    if (score < bestScore) {
      bestScore = score;
      best = index;
    }
  }
  return best;
}

/**
 * The tab order of regions as a reader scans a map: in rows `rowHeight` high, top to bottom, each
 * left to right. Tiles (centres one row apart) come out row by row; shapes by their centroids.
 */
export function readingOrder(places: readonly Place[], rowHeight: number): number[] {
  const row = (place: Place): number => Math.floor(place.y / Math.max(rowHeight, 1e-9));
  return places
    .map((_, index) => index)
    .sort((a, b) => row(places[a]!) - row(places[b]!) || places[a]!.x - places[b]!.x || a - b);
}
