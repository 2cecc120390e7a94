// `npm run demo:cli`: reads the seed court cases from their Chinese CSV export through the column
// mapping, computes the built-in court catalog for 2019 by quarter, and ranks the districts on
// the case-quality index. `npm run demo:cli -- --lang en` for English.
import { readFileSync } from 'node:fs';
import {
  builtInCatalog,
  compositeReport,
  evaluate,
  formatValue,
  ingestCsv,
  parseMapping,
  type Report,
  type ReportRow,
} from '../src/index.js';

type Lang = 'zh-CN' | 'en';
const lang: Lang =
  process.argv.includes('--lang') && process.argv[process.argv.indexOf('--lang') + 1] === 'en' ? 'en' : 'zh-CN';
const read = (path: string): string => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

const words = {
  'zh-CN': {
    title: '法院案件质效（种子数据，2019年分季度）',
    index: '案件质量综合指数（2019年，各区排名）',
    pillars: '公正 / 效率 / 效果',
    source: '数据来源：seeds/cases.csv（中文表头，经 mapping.json 映射）',
    quality: '数据',
    read: '读取',
    used: '使用',
    quarantined: '隔离',
    good: '良好',
    warning: '关注',
    bad: '预警',
    flags: { 'no-data': '无数据', suppressed: '已抑制', unstable: '样本小', 'indicator-excluded': '有指标未计入' },
  },
  en: {
    title: 'Court case quality (seed data, 2019 by quarter)',
    index: 'Case quality index (2019, districts ranked)',
    pillars: 'fairness / efficiency / effect',
    source: 'Source: seeds/cases.csv (Chinese headers, mapped by mapping.json)',
    quality: 'data',
    read: 'read',
    used: 'used',
    quarantined: 'quarantined',
    good: 'good',
    warning: 'watch',
    bad: 'alert',
    flags: {
      'no-data': 'no data',
      suppressed: 'suppressed',
      unstable: 'small n',
      'indicator-excluded': 'indicator left out',
    },
  },
}[lang];

const catalog = builtInCatalog('court-case-quality');
const mapping = parseMapping(JSON.parse(read('seeds/mapping.json')), undefined, 'seeds/mapping.json');
const { table: cases } = ingestCsv(catalog.datasets[0], read('seeds/cases.csv'), {
  mapping: mapping['cases']!,
  source: 'seeds/cases.csv',
});
const quarterly = evaluate(catalog, { cases }, { period: 'quarter', from: '2019-01-01', to: '2019-12-31' });

function show(report: Report, row: ReportRow): string {
  if (row.value === null) return row.flag === null ? '—' : words.flags[row.flag];
  const status =
    row.status === null ? '' : ` ${{ good: '●', warning: '▲', bad: '■' }[row.status]} ${words[row.status]}`;
  return `${formatValue(row.value, report.indicator, lang)}${status}`;
}

const width = (text: string): number => [...text].reduce((sum, char) => sum + (char.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
const pad = (text: string, size: number): string => text + ' '.repeat(Math.max(0, size - width(text)));
function print(header: string[], lines: string[][]): void {
  const sizes = header.map((_, column) => Math.max(...[header, ...lines].map((line) => width(line[column] ?? ''))));
  for (const line of [header, ...lines]) console.log(line.map((cell, column) => pad(cell, sizes[column]!)).join('  '));
}

console.log(`\n${words.title}\n`);
print(
  ['', ...quarterly[0]!.rows.map((row) => row.period)],
  quarterly.map((report) => [report.indicator.label[lang], ...report.rows.map((row) => show(report, row))]),
);

const byDistrict = evaluate(
  catalog,
  { cases },
  { period: 'year', from: '2019-01-01', to: '2019-12-31', by: 'district' },
);
const index = compositeReport(catalog, byDistrict, { composite: 'case_quality_index', rank: true });
const ranked = [...index.rows].sort((a, b) => (a.rank ?? 99) - (b.rank ?? 99));
const score = (value: number | null | undefined): string =>
  value === null || value === undefined ? '—' : value.toFixed(1);
console.log(`\n${words.index}\n`);
print(
  ['#', '', index.indicator.label[lang], words.pillars],
  ranked.map((row) => [
    String(row.rank ?? '—'),
    String(row.group['district']),
    score(row.value),
    ['fairness', 'efficiency', 'effect'].map((id) => score(row.components?.[id])).join(' / '),
  ]),
);

const { read: total, used, quarantined } = cases.quality;
console.log(
  `\n${words.source}\n${words.quality}: ${words.read} ${total}, ${words.used} ${used}, ${words.quarantined} ${quarantined}`,
);
