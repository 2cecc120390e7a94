import { GeoError, IssueList, isObject, kindOf } from './geo-issues.js';

/**
 * One region of host geometry: the features sharing a join key, as linear rings of longitude,
 * latitude pairs (`[lon0, lat0, lon1, lat1, …]`, closed: the last pair is the first).
 */
export interface Shape {
  readonly key: string;
  /** The region's name as shown, from the label property (else the key is shown). */
  readonly label?: string;
  readonly rings: readonly Float64Array[];
  /** Its extent in degrees, found while its positions were read: projecting needs no pass of its own. */
  readonly box: Readonly<Box>;
}

/** West, south, east, north, in degrees. */
export type Box = [west: number, south: number, east: number, north: number];

const emptyBox = (): Box => [Infinity, Infinity, -Infinity, -Infinity];

function extend(box: Box, by: Readonly<Box>): void {
  if (by[0] < box[0]) box[0] = by[0];
  if (by[1] < box[1]) box[1] = by[1];
  if (by[2] > box[2]) box[2] = by[2];
  if (by[3] > box[3]) box[3] = by[3];
}

/** How deep GeometryCollections may nest: real files nest none; a hostile one is refused, not recursed into. */
const MAX_NESTING = 4;

/**
 * Reads host geometry, GeoJSON (RFC 7946: a FeatureCollection or a Feature) or TopoJSON (a
 * Topology; its object `object`, else its first), into shapes keyed by the feature property
 * `joinBy` (else the feature's `id`). Everything is checked in one pass over the coordinates:
 * types, positions of two or three finite numbers in WGS 84 degrees, rings of four or more
 * positions that end where they start; a feature without the join property is named with the
 * properties it has. Throws a {@link GeoError} naming where each problem is (the first ten).
 * Features with the same key are one region (a district drawn as several features). A feature
 * whose geometry is null has no place on the map and gives no shape.
 */
export function readGeometry(json: unknown, joinBy: string, object?: string, labelBy = joinBy): Shape[] {
  const issues = new IssueList();
  const shapes = new Map<string, { key: string; label?: string; rings: Float64Array[]; box: Box }>();
  const sink: Sink = (feature, key, rings, box) => {
    if (rings.length === 0) return;
    const known = shapes.get(key);
    if (known !== undefined) {
      known.rings.push(...rings);
      return extend(known.box, box);
    }
    const properties = feature['properties'];
    const label = isObject(properties) ? properties[labelBy] : undefined;
    shapes.set(key, typeof label === 'string' && label !== '' ? { key, label, rings, box } : { key, rings, box });
  };
  if (isObject(json) && json['type'] === 'Topology') readTopology(json, joinBy, object, issues, sink);
  else if (isObject(json) && json['type'] === 'FeatureCollection') {
    const features = json['features'];
    if (!Array.isArray(features)) issues.add('features', 'type', `array ≠ ${kindOf(features)}`);
    else features.forEach((feature, index) => readFeature(feature, `features[${index}]`, joinBy, issues, sink));
  } else if (isObject(json) && json['type'] === 'Feature') readFeature(json, '$', joinBy, issues, sink);
  else issues.add('type', 'type', `"FeatureCollection" | "Feature" | "Topology" ≠ ${kindOf(json)}`);
  issues.done();
  if (shapes.size === 0) throw new GeoError([{ path: '$', code: 'empty' }]);
  return [...shapes.values()];
}

/** The join key of a feature (its property `joinBy`, else its `id`): a string or a finite number, as text. */
function joinKey(feature: Record<string, unknown>, joinBy: string): string | undefined {
  const properties = feature['properties'];
  const value = isObject(properties) && Object.hasOwn(properties, joinBy) ? properties[joinBy] : feature['id'];
  return typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)) ? String(value) : undefined;
}

/** The property names a feature has, for a `join_missing` issue: the first eight. */
function propertyNames(feature: Record<string, unknown>): string {
  const properties = feature['properties'];
  const names = isObject(properties) ? Object.keys(properties) : [];
  return names.length === 0 ? '—' : names.slice(0, 8).join(', ') + (names.length > 8 ? ', …' : '');
}

/** Takes a feature's rings and their box under its key; the feature gives the region's label. */
type Sink = (feature: Record<string, unknown>, key: string, rings: Float64Array[], box: Box) => void;

function readFeature(feature: unknown, path: string, joinBy: string, issues: IssueList, sink: Sink): void {
  if (!isObject(feature) || feature['type'] !== 'Feature')
    return issues.add(path, 'type', `"Feature" ≠ ${kindOf(feature)}`);
  const key = joinKey(feature, joinBy);
  if (key === undefined)
    return issues.add(`${path}.properties`, 'join_missing', `"${joinBy}"; ${propertyNames(feature)}`);
  const rings: Float64Array[] = [];
  const box = emptyBox();
  readGeoJsonGeometry(feature['geometry'], `${path}.geometry`, issues, rings, box, 0);
  sink(feature, key, rings, box);
}

function readGeoJsonGeometry(
  geometry: unknown,
  path: string,
  issues: IssueList,
  rings: Float64Array[],
  box: Box,
  depth: number,
): void {
  if (geometry === null) return;
  const type = isObject(geometry) ? geometry['type'] : undefined;
  const coordinates = isObject(geometry) ? geometry['coordinates'] : undefined;
  if (type === 'Polygon') readPolygon(coordinates, `${path}.coordinates`, issues, rings, box);
  else if (type === 'MultiPolygon') {
    if (!Array.isArray(coordinates)) return issues.add(`${path}.coordinates`, 'type', `array ≠ ${kindOf(coordinates)}`);
    coordinates.forEach((polygon, index) => readPolygon(polygon, `${path}.coordinates[${index}]`, issues, rings, box));
  } else if (type === 'GeometryCollection' && depth < MAX_NESTING) {
    const members = (geometry as Record<string, unknown>)['geometries'];
    if (!Array.isArray(members)) return issues.add(`${path}.geometries`, 'type', `array ≠ ${kindOf(members)}`);
    members.forEach((member, index) =>
      readGeoJsonGeometry(member, `${path}.geometries[${index}]`, issues, rings, box, depth + 1),
    );
  } else if (type === 'Point' || type === 'MultiPoint' || type === 'LineString' || type === 'MultiLineString')
    issues.add(path, 'not_area', type);
  else issues.add(path, 'type', `"Polygon" | "MultiPolygon" ≠ ${kindOf(geometry)}`);
}

function readPolygon(polygon: unknown, path: string, issues: IssueList, rings: Float64Array[], box: Box): void {
  if (!Array.isArray(polygon)) return issues.add(path, 'type', `array ≠ ${kindOf(polygon)}`);
  for (let index = 0; index < polygon.length; index++) {
    const ring = readPositions(polygon[index], `${path}[${index}]`, issues, null, box);
    if (ring !== undefined && checkRing(ring, `${path}[${index}]`, issues)) rings.push(ring);
  }
}

/** A TopoJSON transform: positions are quantized integers, delta-encoded along each arc. */
interface Transform {
  readonly scale: readonly [number, number];
  readonly translate: readonly [number, number];
}

/**
 * An array of positions as a flat array, every coordinate checked: finite numbers, in degrees
 * unless `transform` is given (quantized TopoJSON arcs, decoded here and checked once decoded);
 * `box` grows to hold them.
 */
function readPositions(
  positions: unknown,
  path: string,
  issues: IssueList,
  transform: Transform | null,
  box: Box,
): Float64Array | undefined {
  if (!Array.isArray(positions)) return void issues.add(path, 'type', `array ≠ ${kindOf(positions)}`);
  const flat = new Float64Array(positions.length * 2);
  let x = 0;
  let y = 0;
  for (let index = 0; index < positions.length; index++) {
    const position: unknown = positions[index];
    if (!Array.isArray(position) || position.length < 2 || position.length > 3)
      return void issues.add(`${path}[${index}]`, 'position', kindOf(position));
    const a: unknown = position[0];
    const b: unknown = position[1];
    if (typeof a !== 'number' || typeof b !== 'number' || !Number.isFinite(a) || !Number.isFinite(b))
      return void issues.add(`${path}[${index}]`, 'finite', `[${String(a).slice(0, 20)}, ${String(b).slice(0, 20)}]`);
    if (transform === null) {
      x = a;
      y = b;
    } else {
      x += a;
      y += b;
    }
    const lon = transform === null ? x : x * transform.scale[0] + transform.translate[0];
    const lat = transform === null ? y : y * transform.scale[1] + transform.translate[1];
    if (Math.abs(lon) > 180 || Math.abs(lat) > 90)
      return void issues.add(`${path}[${index}]`, 'range', `[${lon}, ${lat}]`);
    if (lon < box[0]) box[0] = lon;
    if (lon > box[2]) box[2] = lon;
    if (lat < box[1]) box[1] = lat;
    if (lat > box[3]) box[3] = lat;
    flat[2 * index] = lon;
    flat[2 * index + 1] = lat;
  }
  return flat;
}

/** A linear ring: four positions or more, the last equal to the first. */
function checkRing(ring: Float64Array, path: string, issues: IssueList): boolean {
  const last = ring.length - 2;
  if (ring.length < 8) issues.add(path, 'ring_short', String(ring.length / 2));
  else if (ring[0] !== ring[last] || ring[1] !== ring[last + 1]) issues.add(path, 'ring_open');
  else return true;
  return false;
}

function readTransform(value: unknown, issues: IssueList): Transform | null {
  if (value === undefined) return null;
  const pair = (pair: unknown): pair is [number, number] =>
    Array.isArray(pair) && pair.length === 2 && pair.every((n) => typeof n === 'number' && Number.isFinite(n));
  if (isObject(value) && pair(value['scale']) && pair(value['translate']))
    return { scale: value['scale'], translate: value['translate'] };
  issues.add('transform', 'type', '{scale: [x, y], translate: [x, y]}');
  return null;
}

/** The parts end to end in one array of `length` numbers. */
function concatenated(parts: readonly Float64Array[], length: number): Float64Array {
  const joined = new Float64Array(length);
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.length;
  }
  return joined;
}

/**
 * TopoJSON (the topojson-specification): the arcs are decoded once each, when a ring first uses
 * them; a ring is its arcs joined end to start (a negative index `~i` is arc `i` reversed).
 */
function readTopology(
  topology: Record<string, unknown>,
  joinBy: string,
  name: string | undefined,
  issues: IssueList,
  sink: Sink,
): void {
  const transform = readTransform(topology['transform'], issues);
  const arcs = topology['arcs'];
  const objects = topology['objects'];
  if (!Array.isArray(arcs)) return issues.add('arcs', 'type', `array ≠ ${kindOf(arcs)}`);
  if (!isObject(objects)) return issues.add('objects', 'type', `object ≠ ${kindOf(objects)}`);
  const chosen = name ?? Object.keys(objects)[0] ?? '';
  const collection = objects[chosen];
  if (!Object.hasOwn(objects, chosen) || !isObject(collection))
    return issues.add(`objects`, 'type', `"${chosen}"; ${Object.keys(objects).slice(0, 8).join(', ') || '—'}`);
  // Each arc decoded once, with its box, a bad one reported once (null) however many rings use it.
  const decoded: (Float64Array | null | undefined)[] = [];
  const boxes: Box[] = [];
  const arc = (index: number): Float64Array | undefined => {
    if (decoded[index] === undefined) {
      boxes[index] = emptyBox();
      decoded[index] = readPositions(arcs[index], `arcs[${index}]`, issues, transform, boxes[index]) ?? null;
    }
    return decoded[index] ?? undefined;
  };
  const ring = (indices: unknown, path: string, box: Box): Float64Array | undefined => {
    if (!Array.isArray(indices)) return void issues.add(path, 'type', `array ≠ ${kindOf(indices)}`);
    const parts: Float64Array[] = [];
    let length = 0;
    for (let at = 0; at < indices.length; at++) {
      const index: unknown = indices[at];
      const which = typeof index === 'number' && Number.isInteger(index) ? (index < 0 ? ~index : index) : -1;
      if (which < 0 || which >= arcs.length)
        return void issues.add(`${path}[${at}]`, 'arc_index', String(index).slice(0, 20));
      const positions = arc(which);
      if (positions === undefined) return;
      extend(box, boxes[which]!);
      const part = (index as number) < 0 ? reversed(positions) : positions;
      // Each arc after the first starts where the one before ended: that point is not repeated.
      parts.push(at === 0 ? part : part.subarray(2));
      length += parts.at(-1)!.length;
    }
    const joined = concatenated(parts, length);
    return checkRing(joined, path, issues) ? joined : undefined;
  };
  const polygon = (arcIndices: unknown, path: string, rings: Float64Array[], box: Box): void => {
    if (!Array.isArray(arcIndices)) return issues.add(path, 'type', `array ≠ ${kindOf(arcIndices)}`);
    arcIndices.forEach((indices, index) => {
      const closed = ring(indices, `${path}[${index}]`, box);
      if (closed !== undefined) rings.push(closed);
    });
  };
  const geometries = collection['type'] === 'GeometryCollection' ? collection['geometries'] : [collection];
  const base = `objects.${chosen}${collection['type'] === 'GeometryCollection' ? '.geometries' : ''}`;
  if (!Array.isArray(geometries)) return issues.add(base, 'type', `array ≠ ${kindOf(geometries)}`);
  geometries.forEach((geometry: unknown, index) => {
    const path = collection['type'] === 'GeometryCollection' ? `${base}[${index}]` : base;
    if (!isObject(geometry)) return issues.add(path, 'type', `object ≠ ${kindOf(geometry)}`);
    const key = joinKey(geometry, joinBy);
    if (key === undefined)
      return issues.add(`${path}.properties`, 'join_missing', `"${joinBy}"; ${propertyNames(geometry)}`);
    const rings: Float64Array[] = [];
    const box = emptyBox();
    const type = geometry['type'];
    if (type === 'Polygon') polygon(geometry['arcs'], `${path}.arcs`, rings, box);
    else if (type === 'MultiPolygon') {
      const polygons = geometry['arcs'];
      if (!Array.isArray(polygons)) return issues.add(`${path}.arcs`, 'type', `array ≠ ${kindOf(polygons)}`);
      polygons.forEach((member, at) => polygon(member, `${path}.arcs[${at}]`, rings, box));
    } else if (type === null || type === undefined) return;
    else if (type === 'Point' || type === 'MultiPoint' || type === 'LineString' || type === 'MultiLineString')
      return issues.add(path, 'not_area', type);
    else return issues.add(path, 'type', `"Polygon" | "MultiPolygon" ≠ ${kindOf(geometry)}`);
    sink(geometry, key, rings, box);
  });
}

/** An arc's positions in the opposite order. */
function reversed(positions: Float64Array): Float64Array {
  const out = new Float64Array(positions.length);
  for (let from = 0, to = positions.length - 2; to >= 0; from += 2, to -= 2) {
    out[to] = positions[from]!;
    out[to + 1] = positions[from + 1]!;
  }
  return out;
}
