import { closest } from '../model/closest.js';
import { LawGaugeError } from '../errors/law-gauge-error.js';
import { REPORT_SCHEMA_ID, TOTAL } from '../model/report-constants.js';
import { REFORM_REPORT_SCHEMA_ID } from '../reform/reform-report-constants.js';
import { parseReport } from '../model/parse-report.js';
import type { Report } from '../model/report.js';
import { parseWith } from '../model/parse-with.js';
import { readJsonFile } from '../node/read-json-file.js';
import { ReformReport } from '../reform/reform-report.js';
import { lawGaugeErrorText } from './error-text.js';
import { UsageError } from './usage.js';

/** How many known values a refusal lists at most. */
const LISTED = 8;
/** How many of a refused Report's problems are printed, one a line: a Report of 500 bad rows is not 500 lines. */
const PROBLEMS_LISTED = 20;

/** The indicator id of each element of an array, as far as it says one. */
function indicatorIds(items: readonly unknown[]): string[] {
  return items.map((item) => {
    const id = (item as { indicator?: { id?: unknown } } | null)?.indicator?.id;
    return typeof id === 'string' ? id : '?';
  });
}

/**
 * The one document of `json` to draw: `json` itself, or, from an array (`lawgauge compute
 * --format json` writes one Report per indicator), the Report of `indicator`, or the only one.
 */
function chosen(json: unknown, path: string, indicator: string | undefined): unknown {
  if (!Array.isArray(json)) return json;
  const ids = indicatorIds(json);
  if (indicator !== undefined) {
    const index = ids.indexOf(indicator);
    if (index < 0) throw new UsageError((messages) => messages.renderNoIndicator(path, indicator, ids));
    return json[index];
  }
  if (json.length === 1) return json[0];
  throw new UsageError((messages) => messages.renderChooseIndicator(path, ids));
}

/**
 * The document `--report` names, checked as the widget reads it: a reform report for
 * reform-progress, else a Report (chosen by `indicator` from an array of them). A problem is a
 * usage error naming the file, then each place, in the run's language.
 */
export async function renderData(
  path: string,
  reform: boolean,
  indicator: string | undefined,
  widgets: { readonly report: readonly string[]; readonly reform: readonly string[] },
): Promise<Report | ReformReport> {
  const json = chosen(await readJsonFile(path), path, indicator);
  // Another kind of document is named, not checked field by field against the wrong contract.
  const schema = (json as { schema?: unknown } | null)?.schema;
  if (reform && schema === REPORT_SCHEMA_ID)
    throw new UsageError((messages) => messages.renderWrongKind(path, 'report', widgets.report));
  if (!reform && schema === REFORM_REPORT_SCHEMA_ID)
    throw new UsageError((messages) => messages.renderWrongKind(path, 'reform', widgets.reform));
  try {
    return reform ? parseWith(ReformReport, json, 'reformReport') : parseReport(json);
  } catch (error) {
    if (!(error instanceof LawGaugeError)) throw error;
    throw new UsageError((messages) => {
      const lines = lawGaugeErrorText(error, messages, false)
        .split('\n')
        .map((line) => `${path}: ${line}`);
      if (lines.length <= PROBLEMS_LISTED) return lines.join('\n');
      const more = messages.renderMoreProblems(lines.length - PROBLEMS_LISTED, lines.length);
      return [...lines.slice(0, PROBLEMS_LISTED), more].join('\n');
    });
  }
}

/** The first and last few of `values` when they are many. */
function someOf(values: readonly string[]): string[] {
  return values.length <= LISTED ? [...values] : [...values.slice(0, LISTED / 2), '…', ...values.slice(-LISTED / 2)];
}

/**
 * Refuses a `--group`, `--groups` or `--period` the Report has no rows of, naming it and some of
 * the values it has and the one a single edit away (黄埔区 → 黄浦区): the widget would draw "no data" without saying why on a picture.
 */
export function checkShown(report: Report, attributes: Readonly<Record<string, string>>): void {
  const field = report.groupBy[0];
  const groups = [...new Set(report.rows.map((row) => (field === undefined ? TOTAL : String(row.group[field]))))];
  const periods = [...new Set(report.rows.map((row) => row.period))];
  const asked: [option: string, value: string][] = [];
  if (attributes.group !== undefined) asked.push(['--group', attributes.group.trim()]);
  if (attributes.groups !== undefined)
    for (const value of attributes.groups.split(',')) if (value.trim() !== '') asked.push(['--groups', value.trim()]);
  for (const [option, value] of asked)
    if (field !== undefined && !groups.includes(value))
      throw new UsageError((messages) => {
        const known = groups.filter((group) => group !== TOTAL);
        return messages.renderUnknownValue(option, value, someOf(known), closest(value, known, 1));
      });
  const period = attributes.period;
  if (period !== undefined && !periods.includes(period))
    throw new UsageError((messages) =>
      messages.renderUnknownValue('--period', period, someOf(periods), closest(period, periods, 1)),
    );
}
