/**
 * Synthetic regions for tests, examples and benchmarks: a grid of cells with wavy shared edges
 * over a longitude/latitude box. NOT real boundaries (lawgauge ships none; a map published in
 * China needs an approved standard map, 审图号) — only shapes with the texture of real ones:
 * neighbours share their edges point for point, and each edge carries as many points as asked.
 */

/** A GeoJSON Feature with a Polygon, as RFC 7946 writes one. */
export interface SyntheticFeature {
  readonly type: 'Feature';
  readonly properties: Record<string, string>;
  readonly geometry: { readonly type: 'Polygon'; readonly coordinates: number[][][] };
}

export interface SyntheticCollection {
  readonly type: 'FeatureCollection';
  readonly features: SyntheticFeature[];
}

export interface GridOptions {
  /** One set of properties per cell, row by row from the north-west; their count sets the cells. */
  readonly regions: readonly Record<string, string>[];
  readonly columns: number;
  /** West, south, east, north, in degrees. */
  readonly box: readonly [number, number, number, number];
  /** Points along each edge between two corners (the corners not counted). */
  readonly edgePoints: number;
  /** Varies the corners and the waves; the same seed gives the same shapes. */
  readonly seed?: number;
}

/** A small deterministic hash of integers to [0, 1). */
function noise(...values: number[]): number {
  let hash = 2166136261;
  for (const value of values) hash = Math.imul(hash ^ (value | 0), 16777619);
  return ((hash >>> 0) % 100_000) / 100_000;
}

/**
 * The cells of a `columns`-wide grid (as many rows as the regions need) over `box`, each a
 * counter-clockwise ring (RFC 7946's right-hand rule) whose four edges are waves of `edgePoints`
 * points, shared exactly with the neighbour on the other side.
 */
export function syntheticGrid(options: GridOptions): SyntheticCollection {
  const { regions, columns, box, edgePoints, seed = 1 } = options;
  const rows = Math.ceil(regions.length / columns);
  const [west, south, east, north] = box;
  const cellWidth = (east - west) / columns;
  const cellHeight = (north - south) / rows;
  /** A lattice corner, column `i` from the west, row `j` from the north, moved a little inside. */
  const corner = (i: number, j: number): [number, number] => {
    const inner = i > 0 && i < columns && j > 0 && j < rows;
    const dx = inner ? (noise(seed, i, j, 1) - 0.5) * 0.4 * cellWidth : 0;
    const dy = inner ? (noise(seed, i, j, 2) - 0.5) * 0.4 * cellHeight : 0;
    return [west + i * cellWidth + dx, north - j * cellHeight + dy];
  };
  /** The points of the edge from corner a to corner b, both included; generated one way, reversed for the other. */
  const edge = (a: [number, number], b: [number, number], id: number[]): number[][] => {
    const [ax, ay] = a;
    const [bx, by] = b;
    const length = Math.hypot(bx - ax, by - ay);
    const amplitude = length * 0.04 * (0.5 + noise(seed, ...id));
    const waves = 1 + Math.floor(noise(seed, ...id, 7) * 3);
    const points: number[][] = [];
    for (let step = 0; step <= edgePoints + 1; step++) {
      const t = step / (edgePoints + 1);
      const offset = amplitude * Math.sin(Math.PI * waves * t) + amplitude * 0.15 * Math.sin(Math.PI * 37 * t);
      // Along the edge, pushed sideways (perpendicular) by the wave.
      points.push([
        round(ax + (bx - ax) * t - ((by - ay) / length) * offset),
        round(ay + (by - ay) * t + ((bx - ax) / length) * offset),
      ]);
    }
    return points;
  };
  const horizontal = (i: number, j: number): number[][] => edge(corner(i, j), corner(i + 1, j), [i, j, 0]);
  const vertical = (i: number, j: number): number[][] => edge(corner(i, j), corner(i, j + 1), [i, j, 1]);
  const features = regions.map((properties, index): SyntheticFeature => {
    const i = index % columns;
    const j = Math.floor(index / columns);
    // North-west, down the west edge, east along the south, up the east, back west along the north.
    const ring = [
      ...vertical(i, j),
      ...horizontal(i, j + 1).slice(1),
      ...vertical(i + 1, j)
        .reverse()
        .slice(1),
      ...horizontal(i, j).reverse().slice(1),
    ];
    return { type: 'Feature', properties: { ...properties }, geometry: { type: 'Polygon', coordinates: [ring] } };
  });
  return { type: 'FeatureCollection', features };
}

/** Seven decimals: about a centimetre, as GeoJSON files written by GIS tools carry. */
const round = (value: number): number => Math.round(value * 1e7) / 1e7;
