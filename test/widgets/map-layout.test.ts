import { describe, expect, it } from 'vitest';
import { bisectRight, quantileSorted } from 'd3-array';
import { classBreaks, classOf } from '../../widgets/indicator-map/class-breaks.js';
import { GeoError } from '../../widgets/indicator-map/geo-issues.js';
import { neighbour, readingOrder, type Place } from '../../widgets/indicator-map/neighbour.js';
import {
  checkTileLayout,
  gridLayout,
  SHANGHAI_DISTRICTS,
  tileIndex,
  type TileLayout,
} from '../../widgets/indicator-map/tile-layout.js';

const issues = (read: () => unknown): string[] => {
  try {
    read();
  } catch (error) {
    if (error instanceof GeoError)
      return error.issues.map((issue) => `${issue.path} ${issue.code} ${issue.detail ?? ''}`.trim());
    throw error;
  }
  return [];
};

describe("Shanghai's tile layout", () => {
  const layout = SHANGHAI_DISTRICTS;
  const at = (name: string): [number, number] => {
    const tile = layout.tiles.find((item) => item.name === name)!;
    return [tile.x, tile.y];
  };

  it('has the 16 districts, each with its GB/T 2260 code and English name, and passes its own check', () => {
    expect(layout.tiles).toHaveLength(16);
    expect(checkTileLayout(layout)).toBe(layout);
    expect(layout.tiles.map((tile) => tile.code).sort()).toEqual([
      '310101',
      '310104',
      '310105',
      '310106',
      '310107',
      '310109',
      '310110',
      '310112',
      '310113',
      '310114',
      '310115',
      '310116',
      '310117',
      '310118',
      '310120',
      '310151',
    ]);
    for (const tile of layout.tiles) expect(tile.label?.en, tile.name).toMatch(/^[A-Z][a-z']+$/);
  });

  it('keeps neighbours adjacent: each pair of bordering districts listed here shares an edge or a corner', () => {
    const borders: [string, string][] = [
      ['黄浦区', '徐汇区'],
      ['黄浦区', '浦东新区'],
      ['黄浦区', '虹口区'],
      ['静安区', '普陀区'],
      ['静安区', '虹口区'],
      ['虹口区', '杨浦区'],
      ['长宁区', '徐汇区'],
      ['长宁区', '普陀区'],
      ['徐汇区', '闵行区'],
      ['嘉定区', '宝山区'],
      ['嘉定区', '普陀区'],
      ['青浦区', '松江区'],
      ['松江区', '金山区'],
      ['闵行区', '奉贤区'],
      ['浦东新区', '杨浦区'],
      ['宝山区', '崇明区'],
    ];
    for (const [a, b] of borders) {
      const [ax, ay] = at(a);
      const [bx, by] = at(b);
      expect(Math.max(Math.abs(ax - bx), Math.abs(ay - by)), `${a} – ${b}`).toBe(1);
    }
  });

  it('tileIndex finds a tile by name, by code and by English name', () => {
    const index = tileIndex(layout);
    expect(index.get('黄浦区')?.x).toBe(3);
    expect(index.get('310101')).toBe(index.get('黄浦区'));
    expect(index.get('Pudong')).toBe(index.get('浦东新区'));
    expect(index.get('310199')).toBeUndefined();
  });

  it("a name wins over another tile's code", () => {
    const index = tileIndex({
      tiles: [
        { name: 'A', code: 'B', x: 0, y: 0 },
        { name: 'B', x: 1, y: 0 },
      ],
    });
    expect(index.get('B')?.x).toBe(1);
  });
});

describe('checkTileLayout', () => {
  it('names tiles without a name, off the grid, on one place, and names or codes given twice', () => {
    const layout = {
      tiles: [
        { name: '甲', code: '1', x: 0, y: 0 },
        { name: '', x: 1, y: 0 },
        { name: '乙', x: 64, y: 0 },
        { name: '丙', x: 0, y: 0 },
        { name: '丁', code: '1', x: 2, y: 0 },
        { name: '戊', x: 3, y: 0, label: { en: 5 } },
      ],
    };
    expect(issues(() => checkTileLayout(layout))).toEqual([
      'tiles[1] tile object',
      'tiles[2] tile object',
      'tiles[3] tile [0, 0]',
      'tiles[4] duplicate 1',
      'tiles[5].label type {"zh-CN"?: string, "en"?: string}',
    ]);
    expect(issues(() => checkTileLayout({ tiles: [] }))).toEqual(['tiles empty']);
    expect(issues(() => checkTileLayout(null))).toEqual(['tiles type array ≤ 4096 ≠ undefined']);
  });

  it('gridLayout: regions without a layout in rows of equal tiles, in their order', () => {
    const layout: TileLayout = gridLayout(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    expect(layout.tiles.map((tile) => [tile.name, tile.x, tile.y])).toEqual([
      ['a', 0, 0],
      ['b', 1, 0],
      ['c', 2, 0],
      ['d', 3, 0],
      ['e', 0, 1],
      ['f', 1, 1],
      ['g', 2, 1],
    ]);
    expect(checkTileLayout(layout)).toBe(layout);
  });
});

describe('neighbour and readingOrder', () => {
  // A 3 × 3 grid of unit tiles without its centre.
  const places: Place[] = [
    [0, 0],
    [1, 0],
    [2, 0],
    [0, 1],
    [2, 1],
    [0, 2],
    [1, 2],
    [2, 2],
  ].map(([x, y]) => ({ x: x! + 0.5, y: y! + 0.5 }));

  it('moves to the tile beside in that direction, across a gap, and stays at an edge', () => {
    expect(neighbour(places, 0, 'right')).toBe(1);
    expect(neighbour(places, 0, 'down')).toBe(3);
    // From the top middle down across the empty centre to the bottom middle, not a diagonal.
    expect(neighbour(places, 1, 'down')).toBe(6);
    expect(neighbour(places, 3, 'right')).toBe(4);
    expect(neighbour(places, 0, 'left')).toBe(0);
    expect(neighbour(places, 0, 'up')).toBe(0);
    expect(neighbour(places, 7, 'up')).toBe(4);
  });

  it('prefers a region within 45° of the direction over a nearer one outside it', () => {
    const scattered: Place[] = [
      { x: 0, y: 0 },
      { x: 1, y: 2 }, // nearer, but steeply below
      { x: 5, y: 1 }, // farther, nearly level
    ];
    expect(neighbour(scattered, 0, 'right')).toBe(2);
    // With nothing inside the cone, the nearest outside it.
    expect(neighbour([scattered[0]!, scattered[1]!], 0, 'right')).toBe(1);
  });

  it('reading order: rows top to bottom, each left to right', () => {
    const shuffled = [places[7]!, places[0]!, places[4]!, places[1]!];
    expect(readingOrder(shuffled, 1)).toEqual([1, 3, 2, 0]);
  });
});

describe('classBreaks', () => {
  const values = [0.4, 0.45, 0.48, 0.54, 0.6, 0.63, 0.66, 0.69, 0.72, 0.75, 0.78, 0.81, 0.87, 0.9, 0.95];

  it("the core's quantiles and the class lookup give what d3-array's quantileSorted and bisectRight give", () => {
    for (let seed = 1; seed <= 40; seed++) {
      const sample = Array.from(
        { length: 3 + (seed % 17) },
        (_, index) => Math.round(Math.abs(Math.sin(seed * 97 + index)) * 1000) / 1000,
      );
      const sorted = [...sample].sort((a, b) => a - b);
      const breaks = classBreaks(sample, 'quantile');
      const expected: number[] = [];
      for (const p of [0.2, 0.4, 0.6, 0.8]) {
        const cut = quantileSorted(sorted, p)!;
        if (cut > sorted[0]! && cut !== expected.at(-1)) expected.push(cut);
      }
      expect(breaks, String(seed)).toEqual(expected);
      for (const value of [...sample, ...breaks, -1, 2])
        expect(classOf(value, breaks)).toBe(bisectRight(breaks, value));
    }
  });

  it('quantile: R-7 quantiles at 1/5 … 4/5, three values in each class', () => {
    const breaks = classBreaks(values, 'quantile');
    expect(breaks.map((value) => Math.round(value * 1000) / 1000)).toEqual([0.528, 0.648, 0.732, 0.822]);
    const sizes = [0, 0, 0, 0, 0];
    for (const value of values) sizes[classOf(value, breaks)]!++;
    expect(sizes).toEqual([3, 3, 3, 3, 3]);
  });

  it('equal: the range cut in five equal steps; the greatest value in the last class', () => {
    const breaks = classBreaks(values, 'equal');
    expect(breaks.map((value) => Math.round(value * 1000) / 1000)).toEqual([0.51, 0.62, 0.73, 0.84]);
    expect(classOf(0.95, breaks)).toBe(4);
    expect(classOf(0.4, breaks)).toBe(0);
  });

  it('few distinct values: no empty or repeated classes; all equal: one class; none: none', () => {
    // Quantiles 1, 1, 1 and 1.4: the three at the least value would leave classes empty, so one threshold, two classes.
    const breaks = classBreaks([1, 1, 1, 2], 'quantile');
    expect(breaks).toHaveLength(1);
    expect([classOf(1, breaks), classOf(2, breaks)]).toEqual([0, 1]);
    expect(classBreaks([3, 3, 3], 'equal')).toEqual([]);
    expect(classBreaks([NaN, Infinity], 'equal')).toEqual([]);
  });
});
