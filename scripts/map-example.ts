// `npm run examples:map`: the data of examples/map/ — synthetic district shapes, and for each
// district its synthetic streets' shapes and a street-level Report. NOT real boundaries (lawgauge
// ships none; see docs/widgets.md). test/widgets/map-example.test.ts fails when a file is stale.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Report, ReportRow, Status } from '../src/index.js';
import { syntheticGrid } from './synthetic-geometry.js';

const root = new URL('../../', import.meta.url);

/** Districts in the order of a 4 × 4 grid from the north-west, with their GB/T 2260 codes. */
const DISTRICTS: readonly (readonly [string, string])[] = [
  ['嘉定区', '310114'],
  ['宝山区', '310113'],
  ['崇明区', '310151'],
  ['杨浦区', '310110'],
  ['青浦区', '310118'],
  ['普陀区', '310107'],
  ['静安区', '310106'],
  ['虹口区', '310109'],
  ['松江区', '310117'],
  ['长宁区', '310105'],
  ['黄浦区', '310101'],
  ['浦东新区', '310115'],
  ['金山区', '310116'],
  ['闵行区', '310112'],
  ['徐汇区', '310104'],
  ['奉贤区', '310120'],
];
/** Shanghai's box, roughly: where the synthetic grid is drawn. */
const BOX = [121.0, 30.7, 121.9, 31.5] as const;

/**
 * Every file of the example by its path under examples/map/, built from the district Report the
 * example shows (examples/dashboard/reports/street-visibility-2019.json): each street's rate is its
 * district's, moved by up to ±12 points.
 */
export function mapExampleFiles(districtReport: Report): Map<string, unknown> {
  const files = new Map<string, unknown>();
  files.set(
    'geo/districts.json',
    syntheticGrid({
      regions: DISTRICTS.map(([name, adcode]) => ({ name, adcode })),
      columns: 4,
      box: BOX,
      edgePoints: 40,
    }),
  );
  DISTRICTS.forEach(([district], index) => {
    const count = 6 + (index % 4);
    const streets = Array.from({ length: count }, (_, at) => `${district.replace(/新?区$/, '')}第${at + 1}街道`);
    files.set(
      `geo/streets-${district}.json`,
      syntheticGrid({
        regions: streets.map((name) => ({ name })),
        columns: 3,
        box: [121.4, 31.2, 121.55, 31.2 + 0.05 * Math.ceil(count / 3)],
        edgePoints: 30,
        seed: index + 2,
      }),
    );
    const row = districtReport.rows.find((item) => item.group['district'] === district)!;
    files.set(`reports/streets-${district}.json`, streetReport(districtReport, row, streets, index));
  });
  return files;
}

function streetReport(template: Report, districtRow: ReportRow, streets: readonly string[], seed: number): Report {
  // Street visibility's thresholds (higher is better): good from 80%, watch from 60%.
  const status = (value: number): Status => (value >= 0.8 ? 'good' : value >= 0.6 ? 'warning' : 'bad');
  const base = districtRow.value ?? 0.7;
  const rows = streets.map((street, at): ReportRow => {
    const denominator = 24 + ((seed * 7 + at * 5) % 12);
    const shift = (((seed * 31 + at * 17) % 25) - 12) / 100;
    const numerator = Math.max(0, Math.min(denominator, Math.round((base + shift) * denominator)));
    const value = numerator / denominator;
    return {
      ...districtRow,
      group: { street },
      value,
      numerator,
      denominator,
      n: denominator,
      ci: null,
      status: status(value),
      flag: null,
      change: { previous: null, yearAgo: null },
    };
  });
  return { ...template, groupBy: ['street'], rows };
}

/** Writes the files (when run as the script). */
export function writeMapExample(): void {
  const report = JSON.parse(
    readFileSync(new URL('examples/dashboard/reports/street-visibility-2019.json', root), 'utf8'),
  ) as Report;
  for (const [path, value] of mapExampleFiles(report)) {
    const file = new URL(`examples/map/${path}`, root);
    mkdirSync(new URL('.', file), { recursive: true });
    writeFileSync(file, `${JSON.stringify(value)}\n`);
  }
}

if (process.argv[1]?.endsWith('map-example.js')) writeMapExample();
