// `npm start`: computes the built-in court catalog on the bundled seed cases and prints the
// results, quarter by quarter for 2019, with the data-quality counts. `npm start -- --lang en`.
import { readFileSync } from 'node:fs';
import { builtInCatalog, evaluate, fieldsUsed, ingest, type Report, type ReportRow } from '../src/index.js';

type Lang = 'zh-CN' | 'en';
const lang: Lang = process.argv.includes('--lang') && process.argv[process.argv.indexOf('--lang') + 1] === 'en' ? 'en' : 'zh-CN';
const read = (path: string): unknown => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));

const catalog = builtInCatalog('court-case-quality');
const records = read('seeds/court-cases.json') as unknown[];
const cases = ingest(catalog.datasets[0]!, records, { fields: [...fieldsUsed(catalog).get('cases')!, 'district'] });
const reports = evaluate(catalog, { cases }, { period: 'quarter', from: '2019-01-01', to: '2019-12-31' });

const words = {
  'zh-CN': { title: '法院案件质效（种子数据，2019年分季度）', quality: '数据', read: '读取', used: '使用', quarantined: '隔离', days: '天', good: '良好', warning: '关注', bad: '预警', none: '—', flags: { 'no-data': '无数据', suppressed: '已抑制', unstable: '样本小' } },
  en: { title: 'Court case quality (seed data, 2019 by quarter)', quality: 'data', read: 'read', used: 'used', quarantined: 'quarantined', days: 'days', good: 'good', warning: 'watch', bad: 'alert', none: '—', flags: { 'no-data': 'no data', suppressed: 'suppressed', unstable: 'small n' } },
}[lang];

function show(report: Report, row: ReportRow): string {
  if (row.value === null) return row.flag === null ? words.none : words.flags[row.flag];
  const number = new Intl.NumberFormat(lang, report.indicator.unit === 'percent' ? { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 } : { maximumFractionDigits: report.indicator.unit === 'count' ? 0 : 1 }).format(row.value);
  const unit = report.indicator.unit === 'days' ? ` ${words.days}` : '';
  const status = row.status === null ? '' : ` ${{ good: '●', warning: '▲', bad: '■' }[row.status]} ${words[row.status]}`;
  return `${number}${unit}${status}`;
}

const width = (text: string): number => [...text].reduce((sum, char) => sum + (char.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
const pad = (text: string, size: number): string => text + ' '.repeat(Math.max(0, size - width(text)));
const periods = reports[0]!.rows.map((row) => row.period);
const lines = reports.map((report) => [report.indicator.label[lang], ...report.rows.map((row) => show(report, row))]);
const header = ['', ...periods];
const sizes = header.map((_, column) => Math.max(...[header, ...lines].map((line) => width(line[column]!))));
console.log(`\n${words.title}\n`);
for (const line of [header, ...lines]) console.log(line.map((cell, column) => pad(cell, sizes[column]!)).join('  '));
const { read: total, used, quarantined } = cases.quality;
console.log(`\n${words.quality}: ${words.read} ${total}, ${words.used} ${used}, ${words.quarantined} ${quarantined}`);
