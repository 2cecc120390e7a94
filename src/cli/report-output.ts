import type { Catalog } from '../model/catalog.js';
import type { Report, ReportRow } from '../model/report.js';
import { toCsv, type CsvCell } from '../format/csv-text.js';
import { formatValue, type Lang } from '../format/format-value.js';
import { formatNumber } from '../format/format-number.js';
import { MESSAGES } from './cli-lang.js';
import { alignTable } from './text-table.js';

/** Whether any row carries a rank (a composite computed with `--rank`). */
const ranked = (reports: readonly Report[]): boolean =>
  reports.some((report) => report.rows.some((row) => row.rank !== undefined));

/** Whether any Report carries SPC charts (`--spc`), funnels (`--funnel`). */
const charted = (reports: readonly Report[]): boolean => reports.some((report) => report.spc !== undefined);
const funnelled = (reports: readonly Report[]): boolean => reports.some((report) => report.funnel !== undefined);

/** `--spc`'s columns: a row's centre line, process limits, rules (`;`-joined, in SPC_RULES order) and variation. */
const SPC_COLUMNS = ['spc_centre', 'spc_lower', 'spc_upper', 'spc_rules', 'spc_variation'];
const spcCells = ({ spc }: ReportRow): CsvCell[] =>
  spc === undefined
    ? [null, null, null, null, null]
    : [spc.centre, spc.lower, spc.upper, spc.rules.join(';'), spc.variation];

/** `--funnel`'s columns: a group row's target, limits and position; empty for the total row. */
const FUNNEL_COLUMNS = [
  'funnel_target',
  'funnel_lower95',
  'funnel_upper95',
  'funnel_lower998',
  'funnel_upper998',
  'funnel_position',
];
const funnelCells = ({ funnel }: ReportRow): CsvCell[] =>
  funnel === undefined
    ? [null, null, null, null, null, null]
    : [funnel.target, funnel.lower95, funnel.upper95, funnel.lower998, funnel.upper998, funnel.position];

/**
 * The `--format csv` text: exactly `indicator,period,<each --by field>,value,numerator,denominator,
 * ci_low,ci_high,status,flag`, then `rank` when a composite was ranked, the SPC_COLUMNS with
 * `--spc` and the FUNNEL_COLUMNS with `--funnel`; total rows carry `*` in each group column; numbers
 * in full precision; a cell with nothing to say is empty.
 */
export function reportsCsv(
  reports: readonly Report[],
  by: readonly string[],
  options: { readonly bom: boolean },
): string {
  const withRank = ranked(reports);
  const withSpc = charted(reports);
  const withFunnel = funnelled(reports);
  const rows: CsvCell[][] = [
    [
      'indicator',
      'period',
      ...by,
      'value',
      'numerator',
      'denominator',
      'ci_low',
      'ci_high',
      'status',
      'flag',
      ...(withRank ? ['rank'] : []),
      ...(withSpc ? SPC_COLUMNS : []),
      ...(withFunnel ? FUNNEL_COLUMNS : []),
    ],
  ];
  for (const report of reports) {
    for (const row of report.rows) {
      rows.push([
        report.indicator.id,
        row.period,
        ...by.map((field) => row.group[field] ?? null),
        row.value,
        row.numerator,
        row.denominator,
        row.ci?.low ?? null,
        row.ci?.high ?? null,
        row.status,
        row.flag,
        ...(withRank ? [row.rank ?? null] : []),
        ...(withSpc ? spcCells(row) : []),
        ...(withFunnel ? funnelCells(row) : []),
      ]);
    }
  }
  return toCsv(rows, { bom: options.bom });
}

function fieldLabel(catalog: Catalog, datasetId: string, name: string, lang: Lang): string {
  const field = catalog.datasets
    .find((dataset) => dataset.id === datasetId)
    ?.fields.find((candidate) => candidate.name === name);
  return field?.label?.[lang] ?? name;
}

function cellValue(report: Report, row: ReportRow, lang: Lang): string {
  return row.value === null ? '—' : formatValue(row.value, report.indicator, lang);
}

/**
 * The `--format table` text: one aligned table in `lang`, values with units, status and flags in
 * words, and with `--spc` and `--funnel` each row's variation and place in the funnel in words.
 */
export function reportsTable(reports: readonly Report[], catalog: Catalog, by: readonly string[], lang: Lang): string {
  const words = MESSAGES[lang].reportWords;
  const compared = MESSAGES[lang].comparisonWords;
  const withInterval = reports.some((report) => report.rows.some((row) => row.ci !== null));
  const dataset = reports[0]?.indicator.dataset ?? '';
  const withRank = ranked(reports);
  const withSpc = charted(reports);
  const withFunnel = funnelled(reports);
  const header = [
    words.indicator,
    words.period,
    ...by.map((name) => fieldLabel(catalog, dataset, name, lang)),
    words.value,
    ...(withInterval ? [words.interval] : []),
    words.status,
    words.n,
    ...(withRank ? [words.rank] : []),
    ...(withSpc ? [compared.spc] : []),
    ...(withFunnel ? [compared.funnel] : []),
    words.note,
  ];
  const rows = reports.flatMap((report) =>
    report.rows.map((row) => {
      const interval =
        row.ci === null
          ? ''
          : `${formatValue(row.ci.low, report.indicator, lang)} – ${formatValue(row.ci.high, report.indicator, lang)}`;
      return [
        report.indicator.label[lang],
        row.period,
        ...by.map((name) => (row.group[name] === '*' ? words.total : String(row.group[name] ?? '—'))),
        cellValue(report, row, lang),
        ...(withInterval ? [interval] : []),
        row.status === null ? '' : words[row.status],
        row.n === null ? '—' : formatNumber(row.n, lang, 0),
        ...(withRank ? [row.rank === undefined || row.rank === null ? '' : formatNumber(row.rank, lang, 0)] : []),
        ...(withSpc ? [row.spc === undefined ? '' : compared.variations[row.spc.variation]] : []),
        ...(withFunnel ? [row.funnel === undefined ? '' : compared.positions[row.funnel.position]] : []),
        row.flag === null ? '' : words[row.flag],
      ];
    }),
  );
  const valueColumn = 2 + by.length;
  const nColumn = valueColumn + (withInterval ? 3 : 2);
  return `${alignTable(header, rows, new Set([valueColumn, nColumn, ...(withRank ? [nColumn + 1] : [])]))}\n`;
}
