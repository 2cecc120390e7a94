import { describe, expect, it } from 'vitest';
import { summaryText } from '../../src/cli/data-summary.js';
import { EN } from '../../src/cli/messages/en.js';
import { ZH_CN } from '../../src/cli/messages/zh-CN.js';
import { builtInCatalog, ingestCsv, LawGaugeError } from '../../src/index.js';
import { WORKER_MESSAGES } from '../../widgets/lawgauge-dashboard/worker-messages.js';
import {
  dataFormat,
  fetchFailure,
  fieldNamed,
  fileLabel,
  tableQuality,
  workerErrorText,
} from '../../widgets/lawgauge-dashboard/worker-words.js';

// A new user's trial of <lawgauge-dashboard>: the compute worker's words, decided off the browser.

describe("the dashboard worker's data formats", () => {
  it('reads a file by its extension, else its media type, and knows no other', () => {
    expect(dataFormat('cases.CSV', '')).toBe('csv');
    expect(dataFormat('cases.json', 'text/plain')).toBe('json');
    expect(dataFormat('cases.xlsx', '')).toBe('xlsx');
    expect(dataFormat('export', 'text/csv; charset=utf-8')).toBe('csv');
    expect(dataFormat('/api/cases', 'application/json')).toBe('json');
    expect(dataFormat('download', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')).toBe('xlsx');
    // NDJSON and tab-separated files are told apart, to be refused naming why.
    expect(dataFormat('cases.ndjson', '')).toBe('ndjson');
    expect(dataFormat('cases.JSONL', '')).toBe('ndjson');
    expect(dataFormat('export', 'application/x-ndjson')).toBe('ndjson');
    expect(dataFormat('cases.tsv', 'text/csv')).toBe('tsv');
    expect(dataFormat('export', 'text/tab-separated-values')).toBe('tsv');
    expect(dataFormat('half.txt', '')).toBeUndefined();
    expect(dataFormat('half.txt', 'text/plain')).toBeUndefined();
    expect(dataFormat('cases', '')).toBeUndefined();
  });
});

describe("the dashboard worker's errors", () => {
  it("names a given file (a blob: URL) the page's CSP kept it from reading, and says what to allow", () => {
    const blocked = new TypeError('Failed to fetch');
    const zh = (error: unknown): string => workerErrorText(error, WORKER_MESSAGES['zh-CN']);
    const en = (error: unknown): string => workerErrorText(error, WORKER_MESSAGES.en);
    expect(zh(fetchFailure('blob:http://localhost/1-2', '案件.csv', blocked))).toBe(
      "案件.csv：无法读取页面给出的文件。若页面设置了内容安全策略，请在 connect-src 中允许 blob:（例如 connect-src 'self' blob:）",
    );
    expect(en(fetchFailure('blob:http://localhost/1-2', 'cases.csv', blocked))).toBe(
      "cases.csv: the file the page gave could not be read. If the page sets a Content-Security-Policy, allow blob: in connect-src (e.g. connect-src 'self' blob:)",
    );
    expect(en(fetchFailure('https://example.org/c.csv', 'https://example.org/c.csv', blocked))).toBe(
      'https://example.org/c.csv: could not be read (Failed to fetch)',
    );
    // Worded when shown: the same problem in the language of the panel showing it.
    expect(zh(fetchFailure('https://example.org/c.csv', 'c.csv', blocked))).toBe('c.csv：无法读取（Failed to fetch）');
  });

  it("words a data error in the panel's language: the file, then the problem, with no internal path", () => {
    const error = new LawGaugeError('invalid_data', 'nofield.csv', [
      {
        code: 'missing_column',
        path: ['mapping', 'columns', 'filed_on'],
        message: 'the file has no column "filed" for field "filed_on"; its columns: a, b',
        params: { field: 'filed_on', wanted: 'filed', columns: ['a', 'b'] },
      },
    ]);
    expect(workerErrorText(error, WORKER_MESSAGES['zh-CN'])).toBe(
      'nofield.csv：文件中没有映射所写的列 "filed"（字段 "filed_on"）；文件的列：a、b',
    );
    expect(workerErrorText(error, WORKER_MESSAGES.en)).toBe(
      'nofield.csv: the file has no column "filed" for field "filed_on"; its columns: a, b',
    );
  });
});

describe("the name a computed panel's data-quality line gives its file", () => {
  it("is a File's own name, else the last part of the URL's path, decoded", () => {
    expect(fileLabel('blob:http://localhost/1f2e', '案件.csv')).toBe('案件.csv');
    expect(fileLabel('http://localhost/seeds/cases.csv?v=2', undefined)).toBe('cases.csv');
    expect(fileLabel('http://localhost/data/%E6%A1%88%E4%BB%B6.csv', undefined)).toBe('案件.csv');
    // A path that does not decode, or ends in a slash, is still named.
    expect(fileLabel('http://localhost/data/%E6%A1.csv', undefined)).toBe('%E6%A1.csv');
    expect(fileLabel('http://localhost/api/', undefined)).toBe('http://localhost/api/');
  });
});

describe("a computed panel's data-quality line", () => {
  const cases = builtInCatalog('court-case-quality').datasets[0]!;
  const good = (id: string): string => `${id},黄浦区,民事,一审,2019-01-07,2019-03-20`;
  const rows = ['case_id,district,case_type,procedure,filed_on,closed_on'];
  for (let i = 0; i < 1200; i++) rows.push(good(`A${i}`));
  rows.push('B1,黄浦区,民事,一审,2019/2/30,2019-03-20', '');
  const fields = ['case_id', 'district', 'case_type', 'procedure', 'filed_on', 'closed_on'];
  const { table } = ingestCsv(cases, `${rows.join('\n')}\n`, { fields, source: 'cases.csv' });

  it("words the counts and the first rejected value in the panel's language, numbers grouped", () => {
    expect(tableQuality(table, 'cases.csv', WORKER_MESSAGES['zh-CN'])).toBe(
      '数据（cases.csv）：读取 1,202 行，可用 1,200，剔除 1，跳过 1（首个剔除：第 1201 条记录（第 1202 行）filed_on：' +
        `${ZH_CN.problem(table.quarantine[0]!)}）`,
    );
    expect(tableQuality(table, 'cases.csv', WORKER_MESSAGES.en)).toBe(
      'Data (cases.csv): read 1,202, used 1,200, quarantined 1, skipped 1 (first quarantined: row 1201, line 1202, filed_on: ' +
        `${EN.problem(table.quarantine[0]!)})`,
    );
  });

  it('names fields as the file does, the header beside the id; a field without a column by its catalog label', () => {
    const chinese = ingestCsv(cases, rows.join('\n').replace('filed_on', '立案日期'), { fields, source: 'cases.csv' });
    const named = (lang: 'zh-CN' | 'en', field: string): string =>
      fieldNamed(field, chinese.columns, cases, WORKER_MESSAGES[lang]);
    expect(named('zh-CN', 'filed_on')).toBe('立案日期（filed_on）');
    expect(named('en', 'filed_on')).toBe('立案日期 (filed_on)');
    // A header that is the id: the id alone, as lawgauge compute says it.
    expect(named('en', 'closed_on')).toBe('closed_on');
    // No column in this file (the fields read leave it out): the catalog's label in the panel's language.
    expect(named('zh-CN', 'time_limit_days')).toBe('审限天数（time_limit_days）');
    const label = cases.fields.find((field) => field.name === 'time_limit_days')!.label!.en;
    expect(named('en', 'time_limit_days')).toBe(`${label} (time_limit_days)`);
    const line = tableQuality(
      chinese.table,
      'cases.csv',
      WORKER_MESSAGES['zh-CN'],
      (field) => named('zh-CN', field),
      chinese.columns,
    );
    expect(line).toContain('（第 1202 行）立案日期（filed_on）：');
  });

  it("says the counts and a row's place in the words of `lawgauge compute`'s summary", () => {
    const summary = (messages: typeof EN): string =>
      summaryText([{ dataset: 'cases', source: 'cases.csv', format: 'csv', encoding: 'utf-8', table }], messages);
    expect(summary(ZH_CN)).toContain('读取 1202 行，可用 1200，剔除 1（0.08%），跳过 1（空行 1）');
    expect(summary(ZH_CN)).toContain('（例：第 1201 条记录（第 1202 行）：');
    expect(summary(EN)).toContain('read 1202, used 1200, quarantined 1 (0.08%), skipped 1 (1 blank)');
    expect(summary(EN)).toContain('(e.g. row 1201, line 1202: ');
  });
});
