import { describe, expect, it } from 'vitest';
import { syntheticGrid } from '../../scripts/synthetic-geometry.js';
import { GeoError, type GeoIssue } from '../../widgets/indicator-map/geo-issues.js';
import { geoMercatorRaw } from 'd3-geo';
import {
  fitShapes,
  mercatorY,
  MIN_STEP,
  projectShapes,
  ringShape,
  thin,
} from '../../widgets/indicator-map/project-shapes.js';
import { readGeometry } from '../../widgets/indicator-map/read-geometry.js';

const square = (west: number, south: number, size = 1): number[][] => [
  [west, south],
  [west + size, south],
  [west + size, south + size],
  [west, south + size],
  [west, south],
];
const feature = (properties: Record<string, unknown> | null, geometry: unknown): Record<string, unknown> => ({
  type: 'Feature',
  properties,
  geometry,
});
const polygon = (...rings: number[][][]): Record<string, unknown> => ({ type: 'Polygon', coordinates: rings });
const collection = (...features: unknown[]): Record<string, unknown> => ({ type: 'FeatureCollection', features });

/** The issues a read throws, as `path code detail`. */
function issuesOf(read: () => unknown): string[] {
  try {
    read();
  } catch (error) {
    if (error instanceof GeoError)
      return error.issues.map(
        (issue: GeoIssue) => `${issue.path} ${issue.code}${issue.detail ? ` ${issue.detail}` : ''}`,
      );
    throw error;
  }
  throw new Error('no issue');
}

describe('readGeometry: GeoJSON (RFC 7946)', () => {
  it('keys each feature by the join property, merging features that share a key, with labels', () => {
    const shapes = readGeometry(
      collection(
        feature({ adcode: 310101, name: '黄浦区' }, polygon(square(121, 31))),
        feature(
          { adcode: 310101, name: '黄浦区' },
          { type: 'MultiPolygon', coordinates: [[square(122, 31)], [square(123, 31)]] },
        ),
        feature({ adcode: '310104', name: '徐汇区' }, polygon(square(121, 30), square(121.2, 30.2, 0.1))),
      ),
      'adcode',
      undefined,
      'name',
    );
    expect(shapes.map((shape) => [shape.key, shape.label, shape.rings.length])).toEqual([
      ['310101', '黄浦区', 3],
      ['310104', '徐汇区', 2],
    ]);
    expect([...shapes[0]!.rings[0]!]).toEqual(square(121, 31).flat());
    // Each region's extent, found while reading: all its features' rings.
    expect(shapes.map((shape) => shape.box)).toEqual([
      [121, 31, 124, 32],
      [121, 30, 122, 31],
    ]);
  });

  it("falls back to the feature's id, and leaves a feature without geometry off the map", () => {
    const shapes = readGeometry(
      collection({ ...feature(null, polygon(square(0, 0))), id: 'A' }, feature({ name: 'B' }, null)),
      'name',
    );
    expect(shapes.map((shape) => shape.key)).toEqual(['A']);
  });

  it('names each failing place: wrong types, non-numeric and non-finite coordinates, ranges, short and open rings', () => {
    const open = square(0, 0)
      .slice(0, 4)
      .concat([[0.5, 0.5]]);
    expect(
      issuesOf(() =>
        readGeometry(
          collection(
            { type: 'Feat' },
            feature({ name: 'a' }, { type: 'LineString', coordinates: [] }),
            feature(
              { name: 'b' },
              polygon([
                [0, 0],
                ['1' as unknown as number, 0],
                [1, 1],
                [0, 0],
              ]),
            ),
            feature(
              { name: 'c' },
              polygon([
                [0, 0],
                [Infinity, 0],
                [1, 1],
                [0, 0],
              ]),
            ),
            feature(
              { name: 'd' },
              polygon([
                [0, 0],
                [181, 0],
                [1, 1],
                [0, 0],
              ]),
            ),
            feature(
              { name: 'e' },
              polygon([
                [0, 0],
                [1, 1],
                [0, 0],
              ]),
            ),
            feature({ name: 'f' }, polygon(open)),
            feature({ id: 3 }, polygon(square(0, 0))),
            feature({ name: 'g' }, { type: 'Polygon', coordinates: [[[0, 0, 0, 0]]] }),
          ),
          'name',
        ),
      ),
    ).toEqual([
      'features[0] type "Feature" ≠ "Feat"',
      'features[1].geometry not_area LineString',
      'features[2].geometry.coordinates[0][1] finite [1, 0]',
      'features[3].geometry.coordinates[0][1] finite [Infinity, 0]',
      'features[4].geometry.coordinates[0][1] range [181, 0]',
      'features[5].geometry.coordinates[0] ring_short 3',
      'features[6].geometry.coordinates[0] ring_open',
      'features[7].properties join_missing "name"; id',
      'features[8].geometry.coordinates[0][0] position array',
    ]);
  });

  it('refuses what is not GeoJSON or TopoJSON, and geometry with nothing to draw', () => {
    expect(issuesOf(() => readGeometry([1, 2], 'name'))).toEqual([
      'type type "FeatureCollection" | "Feature" | "Topology" ≠ array',
    ]);
    expect(issuesOf(() => readGeometry({ type: 'FeatureCollection', features: {} }, 'name'))).toEqual([
      'features type array ≠ object',
    ]);
    expect(issuesOf(() => readGeometry(collection(), 'name'))).toEqual(['$ empty']);
  });

  it('stops at ten problems, however many coordinates fail', () => {
    const bad = Array.from({ length: 10_000 }, () =>
      feature(
        { name: 'x' },
        polygon([
          [0, 0],
          [NaN, 0],
          [1, 1],
          [0, 0],
        ]),
      ),
    );
    expect(issuesOf(() => readGeometry(collection(...bad), 'name'))).toHaveLength(10);
  });

  it('refuses GeometryCollections nested deeper than real files nest, without recursing into them', () => {
    let geometry: Record<string, unknown> = polygon(square(0, 0));
    for (let level = 0; level < 20_000; level++) geometry = { type: 'GeometryCollection', geometries: [geometry] };
    expect(issuesOf(() => readGeometry(collection(feature({ name: 'a' }, geometry)), 'name'))[0]).toMatch(
      /^features\[0\]\.geometry\.geometries\[0\]\.geometries\[0\]\.geometries\[0\]\.geometries\[0\] type/,
    );
  });
});

describe('readGeometry: TopoJSON', () => {
  // Two squares side by side sharing the edge x = 1 (arc 1), both wound the same way, quantized to a 1/10 grid.
  const topology = {
    type: 'Topology',
    transform: { scale: [0.1, 0.1], translate: [121, 31] },
    arcs: [
      [
        [10, 0],
        [-10, 0],
        [0, 10],
        [10, 0],
      ], // (1,0) → (0,0) → (0,1) → (1,1): A's west half
      [
        [10, 10],
        [0, -10],
      ], // (1,1) → (1,0): the shared edge
      [
        [10, 10],
        [10, 0],
        [0, -10],
        [-10, 0],
      ], // (1,1) → (2,1) → (2,0) → (1,0): B's east half
    ],
    objects: {
      districts: {
        type: 'GeometryCollection',
        geometries: [
          { type: 'Polygon', arcs: [[0, 1]], properties: { name: 'A' } },
          { type: 'Polygon', arcs: [[~1, 2]], properties: { name: 'B' } },
          { type: null, properties: { name: 'C' } },
        ],
      },
    },
  };

  it('decodes quantized, delta-encoded arcs, reversed where the index is negative, into closed rings', () => {
    const shapes = readGeometry(topology, 'name');
    const degrees = (ring: Float64Array): number[][] =>
      Array.from({ length: ring.length / 2 }, (_, at) => [
        Math.round((ring[2 * at]! - 121) * 10),
        Math.round((ring[2 * at + 1]! - 31) * 10),
      ]);
    expect(shapes.map((shape) => [shape.key, degrees(shape.rings[0]!)])).toEqual([
      [
        'A',
        [
          [10, 0],
          [0, 0],
          [0, 10],
          [10, 10],
          [10, 0],
        ],
      ],
      [
        'B',
        [
          [10, 0],
          [10, 10],
          [20, 10],
          [20, 0],
          [10, 0],
        ],
      ],
    ]);
  });

  it('gives each region the box of its arcs, a shared arc counted in both', () => {
    // In the quantized grid's units from (121°, 31°): west, south, east, north.
    const boxes = readGeometry(topology, 'name').map(({ box: [west, south, east, north] }) =>
      [west - 121, south - 31, east - 121, north - 31].map((value) => Math.round(value * 10)),
    );
    expect(boxes).toEqual([
      [0, 0, 10, 10],
      [10, 0, 20, 10],
    ]);
  });

  it('names an arc index that names no arc, and an object the topology lacks', () => {
    const broken = structuredClone(topology);
    broken.objects.districts.geometries[0]!.arcs = [[0, 7]];
    expect(issuesOf(() => readGeometry(broken, 'name'))).toEqual([
      'objects.districts.geometries[0].arcs[0][1] arc_index 7',
    ]);
    expect(issuesOf(() => readGeometry(topology, 'name', 'streets'))).toEqual(['objects type "streets"; districts']);
  });
});

describe('projectShapes', () => {
  const grid = syntheticGrid({
    regions: Array.from({ length: 300 }, (_, index) => ({ name: `街道${index + 1}` })),
    columns: 20,
    box: [121, 30.7, 122, 31.9],
    edgePoints: 165,
  });
  const shapes = readGeometry(grid, 'name');

  it('fits the shapes to the width, centred, the height what they need', () => {
    const { outlines, height } = projectShapes(shapes, 600, 2000, 4);
    const xs = outlines.map((outline) => outline.x);
    expect(Math.min(...xs)).toBeGreaterThan(4);
    expect(Math.max(...xs)).toBeLessThan(596);
    // Mercator at 31° N: 1.2° of latitude is about 1.4 times as tall as 1° of longitude is wide.
    expect(height / 592).toBeGreaterThan(1.3);
    expect(height / 592).toBeLessThan(1.5);
    // North up: the first row (the north) is drawn above the last.
    expect(outlines[0]!.y).toBeLessThan(outlines[299]!.y);
  });

  it('drops what the screen cannot show: 200,000 coordinates become a few thousand points at 300 px', () => {
    const total = shapes.reduce((sum, shape) => sum + shape.rings[0]!.length / 2, 0);
    expect(total).toBeGreaterThan(195_000);
    const { outlines } = projectShapes(shapes, 300, 400, 4);
    const kept = outlines.reduce((sum, outline) => sum + outline.path.split(/[ML]/).length - 1, 0);
    expect(kept).toBeLessThan(total / 20);
    // No two consecutive points kept in a ring are closer than the step.
    for (const outline of outlines.slice(0, 20)) {
      const points = outline.path
        .replace(/Z/g, '')
        .split(/[ML]/)
        .filter(Boolean)
        .map((pair) => pair.split(' ').map(Number) as [number, number]);
      for (let at = 1; at < points.length; at++) {
        const [x0, y0] = points[at - 1]!;
        const [x1, y1] = points[at]!;
        // 0.1 px of rounding either way.
        expect(Math.hypot(x1 - x0, y1 - y0)).toBeGreaterThanOrEqual(MIN_STEP - 0.15);
      }
    }
  });

  it("mercatorY is d3-geo's Mercator y to the last bit, from −85° to 85°", () => {
    for (let step = -850_000; step <= 850_000; step += 997) {
      const phi = ((step / 10_000) * Math.PI) / 180;
      expect(mercatorY(phi)).toBe(geoMercatorRaw(0, phi)[1]);
    }
  });

  it('thin: points skipped unprojected are exactly those the projected test skips', () => {
    // stretch: Infinity turns the test in degrees off, so every point is projected first.
    const far = readGeometry(
      syntheticGrid({
        regions: Array.from({ length: 12 }, (_, index) => ({ name: `r${index}` })),
        columns: 4,
        box: [10, 60, 40, 84],
        edgePoints: 400,
      }),
      'name',
    );
    for (const [list, width] of [
      [shapes, 300],
      [shapes, 1100],
      [far, 500],
    ] as const) {
      const to = fitShapes(list, width, 2000, 4).toScreen;
      for (const shape of list)
        expect(thin(shape.rings[0]!, to)).toEqual(thin(shape.rings[0]!, { ...to, stretch: Infinity }));
    }
    // A zigzag between 80° and 81° N at 0.2 px a degree, 2° apart: 0.45 px a step in degrees,
    // 1.3 px projected (Mercator stretches latitude 6.4 times at 81°), so every corner is kept.
    const zigzag = [0, 80];
    for (let at = 1; at < 200; at++) zigzag.push(at * 2, 80 + (at % 2));
    zigzag.push(400, 70, 0, 70, 0, 80);
    const to = {
      scale: 0.2 / (Math.PI / 180),
      x: 0,
      y: 0,
      mercator: true,
      stretch: 1 / Math.cos((81 * Math.PI) / 180),
    };
    const kept = thin(Float64Array.from(zigzag), to);
    expect(kept.length / 2).toBeGreaterThan(200);
    expect(kept).toEqual(thin(Float64Array.from(zigzag), { ...to, stretch: Infinity }));
  });

  it('keeps a shape too small for the width as a 3-pixel square where it is', () => {
    const tiny = readGeometry(
      collection(
        feature({ name: 'big' }, polygon(square(121, 31, 1))),
        feature({ name: 'dot' }, polygon(square(121.5, 31.5, 0.00001))),
      ),
      'name',
    );
    const { outlines } = projectShapes(tiny, 200, 200, 0);
    expect(outlines[1]!.path).toMatch(/^M\S+ \S+h3v3h-3Z$/);
  });

  it('thin: a straight run with sub-pixel noise becomes its ends; corners stay', () => {
    const ring: number[] = [];
    for (let at = 0; at <= 1000; at++) ring.push(at / 10, (at % 2) * 0.3);
    for (let at = 1; at <= 100; at++) ring.push(100, at);
    ring.push(0, 100, 0, 0);
    // Scale 1 and y flipped: the ring's (x, y) drawn at (x, −y).
    const kept = thin(Float64Array.from(ring), { scale: 1, x: 0, y: 0, mercator: false, stretch: 1 });
    // The noisy bottom edge is one segment; the corners (100, 0), (100, 100), (0, 100) are kept.
    expect(kept.length / 2).toBeLessThanOrEqual(6);
    for (const [x, y] of [
      [100, 100],
      [0, 100],
    ])
      expect(
        kept.some((_, at) => at % 2 === 0 && Math.abs(kept[at]! - x!) < 0.5 && Math.abs(kept[at + 1]! + y!) < 0.5),
        `${x}, ${y}`,
      ).toBe(true);
    expect(kept.some((_, at) => at % 2 === 0 && Math.abs(kept[at]! - 100) < 0.5 && kept[at + 1]! > -1)).toBe(true);
  });

  it('ringShape: area, centroid and box of a ring', () => {
    expect(ringShape([0, 0, 4, 0, 4, 2, 0, 2])).toEqual({ area: 8, x: 2, y: 1, width: 4, height: 2 });
  });
});
