/** What is wrong with a piece of host geometry (GeoJSON, TopoJSON) or a tile layout; each code has words in map-messages.ts. */
export type GeoIssueCode =
  /** Not the kind of object expected there (`detail`: what was expected). */
  | 'type'
  /** A geometry that encloses no area (Point, LineString…): a region needs a Polygon or MultiPolygon. */
  | 'not_area'
  /** Not a position: an array of two or three numbers. */
  | 'position'
  /** A coordinate that is not a finite number. */
  | 'finite'
  /** Longitude outside −180…180 or latitude outside −90…90 (RFC 7946 coordinates are WGS 84 degrees). */
  | 'range'
  /** A linear ring of fewer than four positions. */
  | 'ring_short'
  /** A linear ring whose last position is not its first. */
  | 'ring_open'
  /** A feature without the property the map is joined by (`detail`: the properties it has). */
  | 'join_missing'
  /** A TopoJSON arc index that names no arc. */
  | 'arc_index'
  /** Nothing to draw: no feature, no tile. */
  | 'empty'
  /** A tile without a name, at a place that is not a whole number from 0 to 63, or on another tile's place. */
  | 'tile'
  /** A name or code given to two tiles. */
  | 'duplicate';

/** One problem, where it is: `features[3].geometry.coordinates[0][5]`. */
export interface GeoIssue {
  readonly path: string;
  readonly code: GeoIssueCode;
  /** Values that say more (the properties a feature has, the type found); shown after the words. */
  readonly detail?: string;
}

/** Most problems a check reports: enough to see a pattern, without walking 200,000 bad coordinates. */
export const MAX_ISSUES = 10;

/** Geometry or a tile layout the map cannot draw, with its problems (at most {@link MAX_ISSUES}). */
export class GeoError extends Error {
  constructor(readonly issues: readonly GeoIssue[]) {
    super(
      issues
        .map((issue) => `${issue.path}: ${issue.code}${issue.detail === undefined ? '' : ` ${issue.detail}`}`)
        .join('\n'),
    );
  }
}

/** Collects issues and stops the check (by throwing) once there are {@link MAX_ISSUES}. */
export class IssueList {
  readonly issues: GeoIssue[] = [];

  add(path: string, code: GeoIssueCode, detail?: string): void {
    this.issues.push(detail === undefined ? { path, code } : { path, code, detail });
    if (this.issues.length >= MAX_ISSUES) throw new GeoError(this.issues);
  }

  /** Throws the issues found, if any. */
  done(): void {
    if (this.issues.length > 0) throw new GeoError(this.issues);
  }
}

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** What a value is, for a `type` issue's detail: `"Point"`, `array`, `null`, `number`. */
export function kindOf(value: unknown): string {
  if (isObject(value) && typeof value['type'] === 'string') return JSON.stringify(value['type'].slice(0, 40));
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}
