import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mapExampleFiles } from '../../scripts/map-example.js';
import type { Report } from '../../src/index.js';
import { checkReportShape } from '../../src/index.js';
import { readGeometry } from '../../widgets/indicator-map/read-geometry.js';

const example = (path: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../examples/${path}`, import.meta.url), 'utf8')) as unknown;

describe('examples/map', () => {
  const files = mapExampleFiles(example('dashboard/reports/street-visibility-2019.json') as Report);

  it('its files are what `npm run examples:map` writes', () => {
    expect(files.size).toBe(33);
    for (const [path, value] of files) expect(example(`map/${path}`), path).toEqual(value);
  });

  it('its geometry passes the map’s check and its street Reports the Report check, one region per street', () => {
    expect(readGeometry(files.get('geo/districts.json'), 'name')).toHaveLength(16);
    const report = checkReportShape(files.get('reports/streets-黄浦区.json'));
    const streets = readGeometry(files.get('geo/streets-黄浦区.json'), 'name').map((shape) => shape.key);
    expect(report.rows.map((row) => row.group['street'])).toEqual(streets);
  });
});
