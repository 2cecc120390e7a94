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
const HALF_PI = Math.PI / 2;

/**
 * d3-geo's Mercator y, `geoMercatorRaw(λ, φ)[1]`, by the same expression (tested equal) but
 * without the array d3 returns: {@link thin} projects about half of a ring's positions, and at a
 * first render 100,000 short-lived arrays cost a scavenge or two, each copying the host's
 * geometry, parsed just before and still young, along with them.
 */
export const mercatorY = (phi: number): number => Math.log(Math.tan((HALF_PI + phi) / 2));

/**
 * Projects shapes with d3-geo's Mercator (its raw projection, point by point) and fits them to
 * `width` × at most `maxHeight` pixels with `pad` around: the scale that fits the larger extent,
 * centred, the height then what the shapes need. Edges stay straight between positions, as RFC
 * 7946 defines them (d3's geoPath would draw them as great-circle arcs and read rings by winding
 * order, filling the whole sphere for a ring wound the RFC's way).
 *
 * Linear in the coordinates: each is projected once, then scaled and thinned ({@link thin}: no
 * point closer than {@link MIN_STEP} pixels to the last, nor within that of the line the points
 * around it follow); a ring left with fewer than three points is dropped, and a region with no
 * ring left is drawn as a small square so it can still be seen and focused.
 */
export function projectShapes(
  shapes: readonly Shape[],
  width: number,
  maxHeight: number,
  pad: number,
): { outlines: Outline[]; height: number } {
  const { toScreen, height } = fitShapes(shapes, width, maxHeight, pad);
  return { outlines: shapes.map((shape) => outline(shape.rings, toScreen)), height };
}

/** The scaling {@link projectShapes} draws with, and the height the shapes then need. */
export function fitShapes(
  shapes: readonly Shape[],
  width: number,
  maxHeight: number,
  pad: number,
): { toScreen: Scaling; height: number } {
  // Mercator keeps east–west and north–south order, so the projected box is the projected corners
  // of the box in degrees, the shapes' boxes (found as they were read) put together.
  let west = Infinity;
  let east = -Infinity;
  let south = Infinity;
  let north = -Infinity;
  for (const { box } of shapes) {
    west = Math.min(west, box[0]);
    south = Math.min(south, box[1]);
    east = Math.max(east, box[2]);
    north = Math.max(north, box[3]);
  }
  const [minX, minY] = geoMercatorRaw(west * RADIANS, clamp(south) * RADIANS);
  const [maxX, maxY] = geoMercatorRaw(east * RADIANS, clamp(north) * RADIANS);
  // A single point, or a line, spans nothing in one direction: a scale that fits the other.
  const spanX = maxX - minX || 1e-9;
  const spanY = maxY - minY || 1e-9;
  const scale = Math.min((width - 2 * pad) / spanX, (maxHeight - 2 * pad) / spanY);
  const left = (width - spanX * scale) / 2;
  const height = Math.ceil(spanY * scale + 2 * pad);
  // Mercator stretches north–south by 1 / cos(latitude) at most at the latitude farthest from the equator.
  const farthest = Math.max(Math.abs(clamp(south)), Math.abs(clamp(north)));
  const toScreen: Scaling = {
    scale,
    x: left - minX * scale,
    y: pad + maxY * scale,
    mercator: true,
    stretch: 1 / Math.cos(farthest * RADIANS),
  };
  return { toScreen, height };
}

/**
 * Positions in degrees to pixels: x' = x + scale·λ, y' = y − scale·Mercator(φ) (north up), λ
 * and φ in radians.
 */
export interface Scaling {
  readonly scale: number;
  readonly x: number;
  readonly y: number;
  /** False: a plane, no projection (for tests and shapes already in pixels). */
  readonly mercator: boolean;
  /**
   * The most a step in latitude grows in y relative to the same step in longitude, over the shapes
   * (Mercator: 1 / cos φ at the latitude farthest from the equator; a plane: 1): with it, a point
   * certainly within {@link MIN_STEP} of the last is known without projecting it.
   */
  readonly stretch: number;
}

/** Latitude within what Mercator draws, in degrees. */
const clamp = (lat: number): number => (lat > MAX_LATITUDE ? MAX_LATITUDE : lat < -MAX_LATITUDE ? -MAX_LATITUDE : lat);

const round = (value: number): number => Math.round(value * 10) / 10;

/** One region's path and label point, its rings thinned to {@link MIN_STEP}. */
function outline(rings: readonly Float64Array[], to: Scaling): Outline {
  const parts: string[] = [];
  let best = { area: -1, x: 0, y: 0, width: 0, height: 0 };
  for (const ring of rings) {
    const kept = thin(ring, to);
    if (kept.length < 6) continue;
    parts.push(`M${ringPath(kept)}Z`);
    const shape = ringShape(kept);
    if (shape.area > best.area) best = shape;
  }
  if (parts.length === 0) {
    // Too small to draw at this size: a 3-pixel square where it is.
    const [lon, lat] = rings[0]!;
    const x = to.x + to.scale * (to.mercator ? lon! * RADIANS : lon!);
    const y = to.y - to.scale * (to.mercator ? geoMercatorRaw(0, clamp(lat!) * RADIANS)[1] : lat!);
    return { path: `M${round(x - 1.5)} ${round(y - 1.5)}h3v3h-3Z`, x, y, width: 3, height: 3 };
  }
  return { path: parts.join(''), x: best.x, y: best.y, width: best.width, height: best.height };
}

/**
 * A ring's points in pixels, without those the screen cannot show, in one pass that looks at each
 * point once. A point closer than {@link MIN_STEP} to the last one looked at is skipped. Of a run
 * of points that one straight line from the last point kept passes within {@link MIN_STEP} of,
 * only the run's end is kept: the directions such a line may take narrow with each point (to
 * those within asin(step / distance) of its direction), and a point that leaves none starts a new
 * run from the one before it (Zhao and Saalfeld's sleeve-fitting, 1997). The closing position
 * (equal to the first) is left to the path's Z.
 */
export function thin(ring: Float64Array, to: Scaling): number[] {
  const { scale: unit, x: offsetX, y: offsetY, mercator } = to;
  // Longitudes in degrees to radians, when projecting.
  const scale = mercator ? unit * RADIANS : unit;
  // Pixels per degree of latitude at most (a bound, with a hair to spare for rounding).
  const scaleY = scale * to.stretch * (1 + 1e-9);
  const step = MIN_STEP;
  const end = ring.length - 2;
  if (end < 2) return [];
  let keyX = offsetX + scale * ring[0]!;
  let keyY = offsetY - unit * (mercator ? mercatorY(clamp(ring[1]!) * RADIANS) : ring[1]!);
  const kept = [keyX, keyY];
  // The directions a line from the key may take, between two unit vectors counter-clockwise from
  // `low` to `high` (less than half a turn apart, so cross products order them); none yet: open.
  let open = true;
  let lowX = 0;
  let lowY = 0;
  let highX = 0;
  let highY = 0;
  let lastX = keyX;
  let lastY = keyY;
  let lastLon = ring[0]!;
  let lastLat = ring[1]!;
  for (let at = 2; at < end; at += 2) {
    const lon = ring[at]!;
    const lat = ring[at + 1]!;
    // Within the step of the last point looked at even where latitude stretches most: skipped
    // unprojected (most of a ring far finer than a pixel), as the projected test below would.
    const degreesX = (lon - lastLon) * scale;
    const degreesY = (lat - lastLat) * scaleY;
    if (degreesX * degreesX + degreesY * degreesY < step * step) continue;
    const x = offsetX + scale * lon;
    // Clamped in the loop itself: this runs once per coordinate looked at, mostly before it is optimised.
    const y =
      offsetY -
      unit *
        (mercator
          ? mercatorY((lat > MAX_LATITUDE ? MAX_LATITUDE : lat < -MAX_LATITUDE ? -MAX_LATITUDE : lat) * RADIANS)
          : lat);
    let dx = x - lastX;
    let dy = y - lastY;
    if (dx * dx + dy * dy < step * step) continue;
    for (;;) {
      dx = x - keyX;
      dy = y - keyY;
      // Not Math.hypot: V8 does not inline it, and it runs for most points.
      const distance = Math.sqrt(dx * dx + dy * dy);
      if (distance <= step) break;
      // The point's own direction, and those within asin(step / distance) of it either way.
      const ux = dx / distance;
      const uy = dy / distance;
      const sin = step / distance;
      const cos = Math.sqrt(1 - sin * sin);
      const fromX = ux * cos + uy * sin;
      const fromY = uy * cos - ux * sin;
      const toX = ux * cos - uy * sin;
      const toY = uy * cos + ux * sin;
      if (open) {
        lowX = fromX;
        lowY = fromY;
        highX = toX;
        highY = toY;
        open = false;
        break;
      }
      // Inside the directions left, the line to this point serves every point of the run.
      if (lowX * uy - lowY * ux >= 0 && ux * highY - uy * highX >= 0) {
        if (lowX * fromY - lowY * fromX > 0) {
          lowX = fromX;
          lowY = fromY;
        }
        if (toX * highY - toY * highX > 0) {
          highX = toX;
          highY = toY;
        }
        break;
      }
      // Outside: the run ends at the point before, which starts the next.
      kept.push(lastX, lastY);
      keyX = lastX;
      keyY = lastY;
      open = true;
    }
    lastX = x;
    lastY = y;
    lastLon = lon;
    lastLat = lat;
  }
  if (lastX !== keyX || lastY !== keyY) kept.push(lastX, lastY);
  return kept;
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
