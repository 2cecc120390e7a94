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

/**
 * The `--format csv` text: exactly `indicator,period,<each --by field>,value,numerator,denominator,
 * ci_low,ci_high,status,flag`, and `rank` last when a composite was ranked; total rows carry `*` in
 * each group column; numbers in full precision.
 */
export function reportsCsv(
  reports: readonly Report[],
  by: readonly string[],
  options: { readonly bom: boolean },
): string {
  const withRank = ranked(reports);
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
    ],
  ];
  for (const report of reports) {
    for (const row of report.rows) {
      const cells: CsvCell[] = [
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
      ];
      rows.push(withRank ? [...cells, row.rank ?? null] : cells);
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

/** The `--format table` text: one aligned table in `lang`, values with units, status and flags in words. */
export function reportsTable(reports: readonly Report[], catalog: Catalog, by: readonly string[], lang: Lang): string {
  const words = MESSAGES[lang].reportWords;
  const withInterval = reports.some((report) => report.rows.some((row) => row.ci !== null));
  const dataset = reports[0]?.indicator.dataset ?? '';
  const withRank = ranked(reports);
  const header = [
    words.indicator,
    words.period,
    ...by.map((name) => fieldLabel(catalog, dataset, name, lang)),
    words.value,
    ...(withInterval ? [words.interval] : []),
    words.status,
    words.n,
    ...(withRank ? [words.rank] : []),
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
        row.flag === null ? '' : words[row.flag],
      ];
    }),
  );
  const valueColumn = 2 + by.length;
  const nColumn = valueColumn + (withInterval ? 3 : 2);
  return `${alignTable(header, rows, new Set([valueColumn, nColumn, ...(withRank ? [nColumn + 1] : [])]))}\n`;
}
