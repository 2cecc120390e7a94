import type { WidgetLang } from '../base/messages.js';
import { GeoError, IssueList, isObject, kindOf } from './geo-issues.js';
import shanghai from './layouts/shanghai-districts.json' with { type: 'json' };

/** The `schema` of a tile layout document. */
export const TILE_LAYOUT_SCHEMA = 'lawgauge/tile-layout@1';

/** One region's tile: the group value it stands for, its code, its short label and its grid cell. */
export interface Tile {
  /** The group value as Reports carry it (`黄浦区`). */
  readonly name: string;
  /** Another key Reports may use (the GB/T 2260 code `310101`). */
  readonly code?: string;
  /** The region's name in a language other than the name's own (`{en: 'Huangpu'}`); the name when absent. */
  readonly label?: Readonly<Partial<Record<WidgetLang, string>>>;
  /** Column and row, from 0 at the top left. */
  readonly x: number;
  readonly y: number;
}

/**
 * A tile-grid cartogram: every region one equal square, placed so neighbours stay neighbours.
 * A JSON document (`lawgauge/tile-layout@1`); docs/widgets.md describes the format.
 */
export interface TileLayout {
  readonly schema?: string;
  readonly id?: string;
  /** The whole area's name per language (the breadcrumbs' first step). */
  readonly label?: Readonly<Partial<Record<WidgetLang, string>>>;
  readonly tiles: readonly Tile[];
}

/** Shanghai's 16 districts, keyed by name and by GB/T 2260 code, named in English too (layouts/shanghai-districts.json). */
export const SHANGHAI_DISTRICTS = shanghai as TileLayout;

/** Columns and rows a layout may use: a grid as large as a screen can show as tiles. */
const MAX_CELL = 63;
const MAX_TILES = 4096;

/** `{zh-CN?, en?}`: a name per language, each a string when given. */
const labelled = (value: unknown): boolean =>
  isObject(value) && ['zh-CN', 'en'].every((lang) => value[lang] === undefined || typeof value[lang] === 'string');

/**
 * Checks a tile layout from the host: tiles with a non-empty `name`, an optional `code` and
 * `label` (`{zh-CN?, en?}`), and `x`, `y` whole numbers from 0 to 63, no two on one cell and no name
 * or code given twice. Throws a {@link GeoError} naming each problem's place.
 */
export function checkTileLayout(json: unknown): TileLayout {
  const issues = new IssueList();
  const tiles = isObject(json) ? json['tiles'] : undefined;
  if (!Array.isArray(tiles) || tiles.length > MAX_TILES)
    throw new GeoError([{ path: 'tiles', code: 'type', detail: `array ≤ ${MAX_TILES} ≠ ${kindOf(tiles)}` }]);
  if (tiles.length === 0) throw new GeoError([{ path: 'tiles', code: 'empty' }]);
  if (isObject(json) && json['label'] !== undefined && !labelled(json['label']))
    issues.add('label', 'type', '{"zh-CN"?: string, "en"?: string}');
  const cells = new Set<number>();
  const keys = new Set<string>();
  const cell = (value: unknown): value is number =>
    Number.isInteger(value) && (value as number) >= 0 && (value as number) <= MAX_CELL;
  tiles.forEach((tile: unknown, index) => {
    const path = `tiles[${index}]`;
    if (
      !isObject(tile) ||
      typeof tile['name'] !== 'string' ||
      tile['name'] === '' ||
      !cell(tile['x']) ||
      !cell(tile['y'])
    )
      return issues.add(path, 'tile', kindOf(tile));
    if (tile['code'] !== undefined && typeof tile['code'] !== 'string')
      issues.add(`${path}.code`, 'type', `string ≠ ${kindOf(tile['code'])}`);
    if (tile['label'] !== undefined && !labelled(tile['label']))
      issues.add(`${path}.label`, 'type', '{"zh-CN"?: string, "en"?: string}');
    const at = tile['y'] * (MAX_CELL + 1) + tile['x'];
    if (cells.has(at)) issues.add(path, 'tile', `[${tile['x']}, ${tile['y']}]`);
    cells.add(at);
    for (const key of [tile['name'], tile['code']])
      if (typeof key === 'string') {
        if (keys.has(key)) issues.add(path, 'duplicate', key);
        keys.add(key);
      }
  });
  issues.done();
  return json as unknown as TileLayout;
}

/** A layout for regions that have none (a drill-down level without geometry): rows of equal tiles in the Report's order. */
export function gridLayout(names: readonly string[]): TileLayout {
  const columns = Math.max(1, Math.ceil(Math.sqrt(names.length * 1.5)));
  return { tiles: names.map((name, index) => ({ name, x: index % columns, y: Math.floor(index / columns) })) };
}

/** The tile for a group value: by name, else by code, else by a label (`Huangpu`); a name wins over another tile's code or label. */
export function tileIndex(layout: TileLayout): Map<string, Tile> {
  const index = new Map<string, Tile>();
  const keys = (tile: Tile): (string | undefined)[][] => [
    [tile.name],
    [tile.code],
    [tile.label?.['zh-CN'], tile.label?.en],
  ];
  for (const rank of [0, 1, 2])
    for (const tile of layout.tiles)
      for (const key of keys(tile)[rank]!) if (key !== undefined && !index.has(key)) index.set(key, tile);
  return index;
}
