import { describe, expect, it } from 'vitest';
import { LawGaugeError } from '../../src/index.js';
import { WORKER_MESSAGES } from '../../widgets/lawgauge-dashboard/worker-messages.js';
import { dataFormat, fetchFailure, fileLabel, workerErrorText } from '../../widgets/lawgauge-dashboard/worker-words.js';

// A new user's trial of <lawgauge-dashboard>: the compute worker's words, decided off the browser.

describe("the dashboard worker's data formats", () => {
  it('reads a file by its extension, else its media type, and knows no other', () => {
    expect(dataFormat('cases.CSV', '')).toBe('csv');
    expect(dataFormat('cases.json', 'text/plain')).toBe('json');
    expect(dataFormat('cases.xlsx', '')).toBe('xlsx');
    expect(dataFormat('export', 'text/csv; charset=utf-8')).toBe('csv');
    expect(dataFormat('/api/cases', 'application/json')).toBe('json');
    expect(dataFormat('download', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')).toBe('xlsx');
    expect(dataFormat('half.txt', '')).toBeUndefined();
    expect(dataFormat('half.txt', 'text/plain')).toBeUndefined();
    expect(dataFormat('cases', '')).toBeUndefined();
  });
});

describe("the dashboard worker's errors", () => {
  it("names a given file (a blob: URL) the page's CSP kept it from reading, and says what to allow", () => {
    const blocked = new TypeError('Failed to fetch');
    expect(fetchFailure('blob:http://localhost/1-2', '案件.csv', blocked, WORKER_MESSAGES['zh-CN']).message).toBe(
      "案件.csv：无法读取页面给出的文件。若页面设置了内容安全策略，请在 connect-src 中允许 blob:（例如 connect-src 'self' blob:）",
    );
    expect(fetchFailure('blob:http://localhost/1-2', 'cases.csv', blocked, WORKER_MESSAGES.en).message).toBe(
      "cases.csv: the file the page gave could not be read. If the page sets a Content-Security-Policy, allow blob: in connect-src (e.g. connect-src 'self' blob:)",
    );
    expect(
      fetchFailure('https://example.org/c.csv', 'https://example.org/c.csv', blocked, WORKER_MESSAGES.en).message,
    ).toBe('https://example.org/c.csv: could not be read (Failed to fetch)');
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
