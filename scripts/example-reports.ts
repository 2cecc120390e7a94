// Writes examples/html/reports/*.json: Reports computed from the seed data, which the example
// pages load through the widgets' `src` attribute. Run by `npm run examples`.
import { readFileSync, writeFileSync } from 'node:fs';
import { builtInCatalog, compositeReport, evaluate, ingest, type Catalog, type Table } from '../src/index.js';

const read = (name: string): unknown[] =>
  JSON.parse(readFileSync(new URL(`../../seeds/${name}.json`, import.meta.url), 'utf8')) as unknown[];
const tables = (catalog: Catalog): Record<string, Table> =>
  Object.fromEntries(catalog.datasets.map((dataset) => [dataset.id, ingest(dataset, read(dataset.id))]));
const write = (name: string, value: unknown): void =>
  writeFileSync(new URL(`../../examples/html/reports/${name}.json`, import.meta.url), `${JSON.stringify(value)}\n`);

const police = builtInCatalog('police-presence');
const policeTables = tables(police);
write(
  'street-visibility-monthly',
  evaluate(police, policeTables, {
    from: '2018-01-01',
    to: '2020-12-31',
    by: 'district',
    indicators: ['street_visibility_rate'],
  })[0],
);
write(
  'street-visibility-2019',
  evaluate(police, policeTables, {
    period: 'year',
    from: '2019-01-01',
    to: '2019-12-31',
    by: 'district',
    indicators: ['street_visibility_rate'],
  })[0],
);
const court = builtInCatalog('court-case-quality');
const courtTables = tables(court);
write(
  'clearance-quarterly',
  evaluate(court, courtTables, {
    period: 'quarter',
    from: '2018-01-01',
    to: '2020-12-31',
    indicators: ['clearance_rate'],
    toDate: true,
  })[0],
);
const procuratorate = builtInCatalog('procuratorate');
write(
  'case-proceeding-ratio',
  evaluate(procuratorate, tables(procuratorate), { period: 'year', from: '2018-01-01', to: '2020-12-31' })[0],
);

// The Safe Shanghai dashboard (examples/dashboard/): every panel's Report, by district.
const board = (name: string, value: unknown): void =>
  writeFileSync(
    new URL(`../../examples/dashboard/reports/${name}.json`, import.meta.url),
    `${JSON.stringify(value)}\n`,
  );
const monthly = { from: '2019-01-01', to: '2019-12-31', by: 'district' } as const;
const [visibility, engagement] = evaluate(police, policeTables, {
  ...monthly,
  indicators: ['street_visibility_rate', 'duty_engagement_rate'],
});
board('street-visibility-monthly', visibility);
board('duty-engagement-monthly', engagement);
const [community, safety, satisfaction] = evaluate(police, policeTables, {
  ...monthly,
  period: 'quarter',
  indicators: ['community_meeting_rate', 'safety_feeling_rate', 'police_satisfaction_rate'],
});
board('community-meeting-quarterly', community);
board('safety-feeling-quarterly', safety);
board('police-satisfaction-quarterly', satisfaction);
board(
  'street-visibility-2019',
  evaluate(police, policeTables, { ...monthly, period: 'year', indicators: ['street_visibility_rate'] })[0],
);
const quarterly = evaluate(court, courtTables, {
  ...monthly,
  period: 'quarter',
  indicators: ['clearance_rate', 'on_time_closure_rate', 'avg_trial_days', 'long_pending_ratio'],
});
for (const report of quarterly) board(`${report.indicator.id.replaceAll('_', '-')}-quarterly`, report);
const courtYear = evaluate(court, courtTables, { ...monthly, period: 'year' });
board(
  'clearance-rate-2019',
  courtYear.find((report) => report.indicator.id === 'clearance_rate'),
);
board('case-quality-index-2019', compositeReport(court, courtYear, { composite: 'case_quality_index', rank: true }));
// The index's three pillars (公正 / 效率 / 效果), each a composite of its own indicators.
for (const pillar of ['fairness', 'efficiency', 'effect'])
  board(`case-quality-${pillar}-2019`, compositeReport(court, courtYear, { composite: pillar, rank: true }));
board(
  'case-proceeding-ratio-quarterly',
  evaluate(procuratorate, tables(procuratorate), { ...monthly, period: 'quarter' })[0],
);
console.log('wrote examples/html/reports/*.json and examples/dashboard/reports/*.json');
