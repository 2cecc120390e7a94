import { geoMercatorRaw } from 'd3-geo';
import type { Shape } from './read-geometry.js';

/** A region as drawn: its SVG path, the point its label and keyboard moves start from, and that ring's box. */
export interface Outline {
  readonly path: string;
  /** Centroid of the region's largest ring (a district's main island, not the sea between its islands). */
  readonly x: number;
  readonly y: number;
  /** The largest ring's bounding box: a label is drawn only when it fits inside. */
  readonly width: number;
  readonly height: number;
}

/** Points closer than this to the last point kept (in CSS pixels) are dropped: detail finer than the screen draws. */
export const MIN_STEP = 0.5;
/** Mercator's y grows without bound at the poles; RFC 7946 allows ±90°, the map draws to ±85°. */
const MAX_LATITUDE = 85;
const RADIANS = Math.PI / 180;

/**
 * Projects shapes with d3-geo's Mercator (its raw projection, point by point) and fits them to
 * `width` × at most `maxHeight` pixels with `pad` around: the scale that fits the larger extent,
 * centred, the height then what the shapes need. Edges stay straight between positions, as RFC
 * 7946 defines them (d3's geoPath would draw them as great-circle arcs and read rings by winding
 * order, filling the whole sphere for a ring wound the RFC's way).
 *
 * Linear in the coordinates: each is projected once, then scaled and kept only when it is at
 * least {@link MIN_STEP} pixels from the last one kept; a ring left with fewer than three points
 * is dropped, and a region with no ring left is drawn as a small square so it can still be seen
 * and focused. 300 synthetic street polygons of 200,000 coordinates keep about a fifth of them at
 * 300 px wide: a path never holds more points than half-pixel steps along its outline.
 */
export function projectShapes(
  shapes: readonly Shape[],
  width: number,
  maxHeight: number,
  pad: number,
): { outlines: Outline[]; height: number } {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const projected = shapes.map((shape) =>
    shape.rings.map((ring) => {
      const out = new Float64Array(ring.length);
      for (let at = 0; at < ring.length; at += 2) {
        const lat = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, ring[at + 1]!));
        const [x, y] = geoMercatorRaw(ring[at]! * RADIANS, lat * RADIANS);
        out[at] = x;
        out[at + 1] = y;
        if (x < minX) minX = x;
        if (x > maxX) maxX = x;
        if (y < minY) minY = y;
        if (y > maxY) maxY = y;
      }
      return out;
    }),
  );
  // A single point, or a line, spans nothing in one direction: a scale that fits the other.
  const spanX = maxX - minX || 1e-9;
  const spanY = maxY - minY || 1e-9;
  const scale = Math.min((width - 2 * pad) / spanX, (maxHeight - 2 * pad) / spanY);
  const left = (width - spanX * scale) / 2;
  const height = Math.ceil(spanY * scale + 2 * pad);
  const outlines = projected.map((rings) =>
    outline(
      rings,
      (x) => left + (x - minX) * scale,
      (y) => pad + (maxY - y) * scale,
    ),
  );
  return { outlines, height };
}

const round = (value: number): number => Math.round(value * 10) / 10;

/** One region's path and label point, its rings thinned to {@link MIN_STEP}. */
function outline(rings: readonly Float64Array[], toX: (x: number) => number, toY: (y: number) => number): Outline {
  const parts: string[] = [];
  let best = { area: -1, x: 0, y: 0, width: 0, height: 0 };
  for (const ring of rings) {
    const kept: number[] = [];
    let lastX = NaN;
    let lastY = NaN;
    // The last position repeats the first: Z closes the ring instead.
    for (let at = 0; at < ring.length - 2; at += 2) {
      const x = toX(ring[at]!);
      const y = toY(ring[at + 1]!);
      const dx = x - lastX;
      const dy = y - lastY;
      if (!(dx * dx + dy * dy < MIN_STEP * MIN_STEP)) {
        kept.push(x, y);
        lastX = x;
        lastY = y;
      }
    }
    if (kept.length < 6) continue;
    parts.push(`M${ringPath(kept)}Z`);
    const shape = ringShape(kept);
    if (shape.area > best.area) best = shape;
  }
  if (parts.length === 0) {
    // Too small to draw at this size: a 3-pixel square where it is.
    const x = toX(rings[0]![0]!);
    const y = toY(rings[0]![1]!);
    return { path: `M${round(x - 1.5)} ${round(y - 1.5)}h3v3h-3Z`, x, y, width: 3, height: 3 };
  }
  return { path: parts.join(''), x: best.x, y: best.y, width: best.width, height: best.height };
}

function ringPath(kept: readonly number[]): string {
  let path = `${round(kept[0]!)} ${round(kept[1]!)}`;
  for (let at = 2; at < kept.length; at += 2) path += `L${round(kept[at]!)} ${round(kept[at + 1]!)}`;
  return path;
}

/** A ring's absolute area, centroid (the shoelace formula) and bounding box. */
export function ringShape(kept: ArrayLike<number>): {
  area: number;
  x: number;
  y: number;
  width: number;
  height: number;
} {
  let twice = 0;
  let cx = 0;
  let cy = 0;
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  const n = kept.length;
  for (let at = 0; at < n; at += 2) {
    const x0 = kept[at]!;
    const y0 = kept[at + 1]!;
    const x1 = kept[(at + 2) % n]!;
    const y1 = kept[(at + 3) % n]!;
    const cross = x0 * y1 - x1 * y0;
    twice += cross;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
    minX = Math.min(minX, x0);
    maxX = Math.max(maxX, x0);
    minY = Math.min(minY, y0);
    maxY = Math.max(maxY, y0);
  }
  // A ring of no area (its points on one line): its box's centre.
  const centred = Math.abs(twice) < 1e-9;
  return {
    area: Math.abs(twice) / 2,
    x: centred ? (minX + maxX) / 2 : cx / (3 * twice),
    y: centred ? (minY + maxY) / 2 : cy / (3 * twice),
    width: maxX - minX,
    height: maxY - minY,
  };
}
