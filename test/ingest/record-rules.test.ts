// Issue 20, "Record rules as data": a dataset's key quarantines later duplicates, naming the first
// one's place, and its checks (in the predicate language) quarantine impossible records.
import { describe, expect, it } from 'vitest';
import {
  builtInCatalog,
  EN_ISSUES,
  ingest,
  ingestCsv,
  LawGaugeError,
  parseCatalog,
  parseMapping,
  parseDataset,
  REFORM_TASKS_DATASET,
  type Dataset,
  type DictionaryColumn,
  wordIssue,
  ZH_CN_ISSUES,
} from '../../src/index.js';
import { casesDataset } from '../support/court-catalog.js';

const cases = casesDataset();
const header = 'case_id,district,case_type,procedure,filed_on,closed_on';
const fields = ['case_id', 'district', 'case_type', 'procedure', 'filed_on', 'closed_on'];

describe('a dataset key', () => {
  it('reports a repeated key whatever happened to its first copy: a later copy is quarantined too', () => {
    // A first copy quarantined for its date: the key still appears twice, which copy is right cannot be told.
    const text = [
      header,
      'A1,黄浦区,民事,一审,2019-02-30,2019-03-01',
      'A1,浦东新区,民事,一审,2019-01-07,2019-03-01',
      'A2,黄浦区,民事,一审,2019-01-07,',
      'A2,黄浦区,民事,一审,2019-13-07,',
    ].join('\n');
    const { table } = ingestCsv(cases, text, { fields });
    expect(table.quality).toEqual({ read: 4, used: 1, quarantined: 3, skipped: 0 });
    expect(table.quarantine.map((entry) => [entry.row, entry.line, entry.code])).toEqual([
      [1, 2, 'invalid_date'],
      [2, 3, 'duplicate_key'],
      [4, 5, 'invalid_date'],
      [4, 5, 'duplicate_key'],
    ]);
    expect(table.quarantine[1]!.message).toBe(
      'dataset "cases", row 2 (line 3), field "case_id": duplicate case_id "A1": first read at row 1 (line 2)',
    );
    expect(table.quarantine[3]!.message).toContain('first read at row 3 (line 4)');
    expect((table.columns.get('case_id') as DictionaryColumn).dictionary).toEqual(['A2']);
  });

  it('with a rejected record, a key only used records have repeats as without one, in read order', () => {
    // The rejected A1 takes the texts path; B1 repeats among used records only (the codes path).
    const text = [
      header,
      'A1,黄浦区,民事,一审,2019-02-30,2019-03-01',
      'B1,黄浦区,民事,一审,2019-01-07,',
      'B1,黄浦区,民事,一审,2019-01-08,',
      'A1,浦东新区,民事,一审,2019-01-07,2019-03-01',
      'C1,黄浦区,民事,一审,2019-01-07,',
      'B1,黄浦区,民事,一审,2019-01-09,',
    ].join('\n');
    const { table } = ingestCsv(cases, text, { fields });
    expect(table.quality).toEqual({ read: 6, used: 2, quarantined: 4, skipped: 0 });
    expect(
      table.quarantine.map((entry) => [entry.row, entry.code, entry.message.replace(/.*first read at /, '')]),
    ).toEqual([
      [1, 'invalid_date', expect.any(String)],
      [3, 'duplicate_key', 'row 2 (line 3)'],
      [4, 'duplicate_key', 'row 1 (line 2)'],
      [6, 'duplicate_key', 'row 2 (line 3)'],
    ]);
  });

  it('quarantines a later record with the key of an earlier one, naming its row and line', () => {
    const text = [
      header,
      'A1,黄浦区,民事,一审,2019-01-07,',
      'A2,徐汇区,民事,一审,2019-01-08,',
      '',
      'A1,静安区,民事,一审,2019-01-09,',
    ].join('\n');
    const { table } = ingestCsv(cases, text, { fields });
    expect(table.quality).toEqual({ read: 4, used: 2, quarantined: 1, skipped: 1 });
    expect(table.quarantine).toEqual([
      expect.objectContaining({
        row: 4,
        line: 5,
        field: 'case_id',
        value: 'A1',
        code: 'duplicate_key',
        message:
          'dataset "cases", row 4 (line 5), field "case_id": duplicate case_id "A1": first read at row 1 (line 2)',
      }),
    ]);
    // The record left out leaves no trace: its district is no group of its own.
    expect((table.columns.get('district') as DictionaryColumn).dictionary).toEqual(['黄浦区', '徐汇区']);
  });

  it('60 copies of one export are read as its records once, the copies quarantined', () => {
    const rows = Array.from(
      { length: 40 },
      (_, i) => `(2019)沪0101民初${i + 1}号,黄浦区,民事,一审,2019-01-07,2019-02-01`,
    );
    const text = [header, ...Array.from({ length: 60 }, () => rows).flat()].join('\n');
    const { table } = ingestCsv(cases, text, { fields });
    expect(table.quality).toEqual({ read: 2400, used: 40, quarantined: 2360, skipped: 0 });
    expect(table.quarantine.every((entry) => entry.code === 'duplicate_key')).toBe(true);
    expect(table.quarantine[0]!.message).toContain('first read at row 1 (line 2)');
  });

  it('compares keys folded (NFKC, trimmed): full-width and padded spellings of one 案号 are one key', () => {
    const record = { district: '黄浦区', case_type: '民事', procedure: '一审', filed_on: '2019-01-07' };
    const table = ingest(cases, [
      { ...record, case_id: '（2019）沪0101民初1号' },
      { ...record, case_id: ' (2019)沪0101民初1号 ' },
      { ...record, case_id: '(2019)沪0101民初１号' },
      { ...record, case_id: '(2019)沪0101民初2号' },
    ]);
    expect(table.quality).toEqual({ read: 4, used: 2, quarantined: 2, skipped: 0 });
    expect(table.quarantine.map((entry) => [entry.row, entry.code])).toEqual([
      [2, 'duplicate_key'],
      [3, 'duplicate_key'],
    ]);
  });

  it('a key field the run does not ask for is not required, but its column is: without it the read stops, unless marked absent', () => {
    const withColumn = ingestCsv(
      cases,
      [header, 'A1,黄浦区,民事,一审,2019-01-07,', ',黄浦区,民事,一审,2019-01-07,'].join('\n'),
      { fields: ['district', 'filed_on'] },
    ).table;
    expect(withColumn.quality).toEqual({ read: 2, used: 2, quarantined: 0, skipped: 0 });
    const text = ['district,filed_on,closed_on', '黄浦区,2019-01-07,', '黄浦区,2019-01-07,'].join('\n');
    // Duplicates would pass unchecked: the read stops, naming the key and how to read without it.
    let error: unknown = null;
    try {
      ingestCsv(cases, text, { fields: ['district', 'filed_on'] });
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(LawGaugeError);
    const issue = (error as LawGaugeError).issues[0]!;
    expect(issue).toMatchObject({
      code: 'missing_column',
      path: ['columns', 'case_id'],
      params: { field: 'case_id', key: true, absent_allowed: true },
    });
    expect(issue.message).toBe(
      'no column for field "case_id" (looked for "case_id", "案号", "Case number"); its columns: district, filed_on, closed_on; it is the dataset\'s key, which finds duplicate records: name its column in the mapping\'s "columns", or map it to null to read without the duplicate check',
    );
    expect(wordIssue(EN_ISSUES, issue)).toBe(issue.message);
    expect(wordIssue(ZH_CN_ISSUES, issue)).toBe(
      '字段 "case_id" 没有对应的列（找过 "case_id"、"案号"、"Case number"）；文件的列：district、filed_on、closed_on；它是数据集的主键，用来识别重复记录：请在映射文件的 "columns" 中写明它的列，或将其映射为 null，不做重复检查而读取',
    );
    // Marked absent (the mapping's null, or `optional`): read without the check, and the run says so.
    for (const options of [{ mapping: { columns: { case_id: null } } }, { optional: ['case_id'] }]) {
      const without = ingestCsv(cases, text, { fields: ['district', 'filed_on'], ...options }).table;
      expect(without.quality).toEqual({ read: 2, used: 2, quarantined: 0, skipped: 0 });
      expect(without.rulesWithoutColumns).toEqual([{ rule: 'key', missing: ['case_id'] }]);
    }
  });

  it('a mapping validated against the catalog may mark a key field absent; a run asking for it still needs it', () => {
    const mapping = parseMapping({ cases: { columns: { case_id: null } } }, [cases])['cases']!;
    const text = ['district,filed_on,closed_on', '黄浦区,2019-01-07,', '黄浦区,2019-01-07,'].join('\n');
    const table = ingestCsv(cases, text, { fields: ['district', 'filed_on'], mapping }).table;
    expect(table.quality).toEqual({ read: 2, used: 2, quarantined: 0, skipped: 0 });
    expect(table.rulesWithoutColumns).toEqual([{ rule: 'key', missing: ['case_id'] }]);
    expect(() => ingestCsv(cases, text, { fields: ['case_id', 'district', 'filed_on'], mapping })).toThrow(
      'field "case_id" is required and has no default, so the mapping cannot mark it absent (null)',
    );
  });

  it('a key field asked for is required as before: no way to mark it absent', () => {
    const text = ['district,filed_on,closed_on,case_type,procedure', '黄浦区,2019-01-07,,民事,一审'].join('\n');
    let error: unknown = null;
    try {
      ingestCsv(cases, text);
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(LawGaugeError);
    const issue = (error as LawGaugeError).issues.find((each) => each.path[1] === 'case_id')!;
    expect(issue.params).toMatchObject({ key: true, absent_allowed: false });
    expect(issue.message).toMatch(
      /it is the dataset's key, which finds duplicate records: name its column in the mapping's "columns"$/,
    );
    expect(wordIssue(ZH_CN_ISSUES, issue)).toMatch(/请在映射文件的 "columns" 中写明它的列$/);
  });

  it('a key of several fields: records differing in one part are distinct', () => {
    const dataset = parseDataset({
      id: 'visits',
      fields: [
        { name: 'unit', type: 'string', required: true },
        { name: 'day', type: 'date', required: true },
        { name: 'count', type: 'integer' },
      ],
      key: ['unit', 'day'],
    });
    const table = ingest(dataset, [
      { unit: 'a', day: '2019-01-01', count: 1 },
      { unit: 'a', day: '2019-01-02', count: 2 },
      { unit: 'b', day: '2019-01-01', count: 3 },
      { unit: 'a', day: '2019/1/2', count: 4 },
    ]);
    expect(table.quality).toEqual({ read: 4, used: 3, quarantined: 1, skipped: 0 });
    expect(table.quarantine[0]!.message).toBe(
      'dataset "visits", row 4, field "unit": duplicate unit + day "unit=a, day=2019-01-02": first read at row 2',
    );
  });
});

describe('dataset checks', () => {
  it('quarantine a case closed before it was filed; a case not yet closed is kept', () => {
    const text = [
      header,
      'A1,黄浦区,民事,一审,2019-01-07,2019-01-06',
      'A2,黄浦区,民事,一审,2019-01-07,',
      'A3,黄浦区,民事,一审,2019-01-07,2019-01-07',
    ].join('\n');
    const { table } = ingestCsv(cases, text, { fields });
    expect(table.quality).toEqual({ read: 3, used: 2, quarantined: 1, skipped: 0 });
    expect(table.quarantine[0]).toMatchObject({
      row: 1,
      line: 2,
      field: 'closed_on',
      code: 'check_failed',
      value: 'closed_on 2019-01-06, filed_on 2019-01-07',
    });
    expect(table.quarantine[0]!.reason).toContain('breaks check "closed_after_filed"');
  });

  it('apply when the run does not ask for their fields, if the file has them; a record failing a check still claims its key', () => {
    const text = [
      header,
      'A1,黄浦区,民事,一审,2019-01-07,2019-01-06',
      'A1,黄浦区,民事,一审,2019-01-07,',
      'A1,黄浦区,民事,一审,2019-01-08,',
    ].join('\n');
    const { table } = ingestCsv(cases, text, { fields: ['district', 'filed_on'] });
    expect(table.quality).toEqual({ read: 3, used: 0, quarantined: 3, skipped: 0 });
    expect(table.quarantine.map((entry) => [entry.row, entry.code])).toEqual([
      [1, 'check_failed'],
      [2, 'duplicate_key'],
      [3, 'duplicate_key'],
    ]);
    expect(table.quarantine[1]!.message).toContain('first read at row 1 (line 2)');
    expect(table.quarantine[2]!.message).toContain('first read at row 1 (line 2)');
    expect(table.rulesWithoutColumns).toBeUndefined();
  });

  it('read a column the file lacks as empty, and say so, when the run does not need it', () => {
    const text = ['case_id,district,filed_on', 'A1,黄浦区,2019-01-07', 'A1,黄浦区,2019-01-08'].join('\n');
    const { table } = ingestCsv(cases, text, { fields: ['district', 'filed_on'] });
    expect(table.rulesWithoutColumns).toEqual([{ rule: 'closed_after_filed', missing: ['closed_on'] }]);
    // The key still applies: its column is there.
    expect(table.quality).toEqual({ read: 2, used: 1, quarantined: 1, skipped: 0 });
  });

  it('a record breaking two checks is one quarantined record with two entries', () => {
    const dataset = parseDataset({
      ...cases,
      checks: [
        ...cases.checks!,
        {
          id: 'closed_in_time',
          rule: { field: { days: { from: 'filed_on', to: 'closed_on' } }, op: 'le', value: 365 },
        },
      ],
    });
    const text = [
      header,
      'A1,黄浦区,民事,一审,2019-01-07,',
      'A2,黄浦区,民事,一审,2019-01-07,2017-01-01',
      'A3,黄浦区,民事,一审,2017-01-07,2019-01-01',
    ].join('\n');
    const { table } = ingestCsv(dataset, text, { fields });
    expect(table.quality).toEqual({ read: 3, used: 1, quarantined: 2, skipped: 0 });
    expect(table.quarantine.map((entry) => [entry.row, entry.code])).toEqual([
      [2, 'check_failed'],
      [3, 'check_failed'],
    ]);
  });

  it('a check reading a column the file lacks sees it empty, as a SQL engine does: an or-rule can then fail', () => {
    const dataset = parseDataset({
      ...cases,
      checks: [
        {
          id: 'appeal_has_outcome',
          rule: {
            or: [
              { field: 'appealed', op: 'ne', value: true },
              { field: 'appeal_outcome', op: 'notNull' },
            ],
          },
        },
      ],
    });
    const text = ['case_id,district,filed_on,appealed', 'A1,黄浦区,2019-01-07,是', 'A2,黄浦区,2019-01-07,否'].join(
      '\n',
    );
    const { table } = ingestCsv(dataset, text, { fields: ['district', 'filed_on', 'appealed'] });
    expect(table.quality).toEqual({ read: 2, used: 1, quarantined: 1, skipped: 0 });
    expect(table.rulesWithoutColumns).toEqual([{ rule: 'appeal_has_outcome', missing: ['appeal_outcome'] }]);
  });

  it('a rule-only key field is not required: a record without a case number is kept (and is no key)', () => {
    const table = ingest(
      cases,
      [
        { district: '黄浦区', filed_on: '2019-01-07' },
        { district: '黄浦区', filed_on: '2019-01-07', case_id: '' },
      ],
      { fields: ['district', 'filed_on'] },
    );
    expect(table.quality).toEqual({ read: 2, used: 2, quarantined: 0, skipped: 0 });
  });

  it('a field read only for the key and checks is not in the table: it holds the fields asked for', () => {
    const table = ingest(
      cases,
      [
        { district: '黄浦区', filed_on: '2019-01-07', case_id: 'A1' },
        { district: '静安区', filed_on: '2019-01-08', case_id: 'A1' },
      ],
      { fields: ['district', 'filed_on'] },
    );
    // The key still did its work (the repeated case number is quarantined) before it was dropped.
    expect(table.quality).toEqual({ read: 2, used: 1, quarantined: 1, skipped: 0 });
    expect([...table.columns.keys()]).toEqual(['district', 'filed_on']);
  });

  it('the reform ledger: a task verified before it was completed, and a repeated task id', () => {
    const dataset: Dataset = REFORM_TASKS_DATASET;
    const task = {
      parent_id: '',
      area: '司法体制综合配套改革',
      title: '任务',
      owner: '市高院',
      start_on: '2019-01-01',
      due_on: '2019-06-30',
    };
    const table = ingest(dataset, [
      { ...task, task_id: '1', completed_on: '2019-03-01', verified_on: '2019-02-01' },
      { ...task, task_id: '1.1' },
      { ...task, task_id: '1.1' },
    ]);
    expect(table.quarantine.map((entry) => entry.code)).toEqual(['check_failed', 'duplicate_key']);
  });
});

describe('catalog checks of record rules', () => {
  const catalogWith = (dataset: Partial<Dataset>): unknown => {
    const court = builtInCatalog('court-case-quality');
    return { ...court, datasets: [{ ...court.datasets[0]!, ...dataset }] };
  };
  const issuesOf = (input: unknown): { code: string; path: string }[] => {
    try {
      parseCatalog(input);
    } catch (error) {
      if (error instanceof LawGaugeError)
        return error.issues.map((issue) => ({ code: issue.code, path: issue.path.join('.') }));
      throw error;
    }
    return [];
  };

  it('the built-in court catalog declares its key and the closed-after-filed check', () => {
    expect(cases.key).toEqual(['case_id']);
    expect(cases.checks?.map((check) => check.id)).toEqual(['closed_after_filed']);
  });

  it('refuse an optional or unknown key field, an unknown field, a period-dependent rule and mismatched kinds', () => {
    expect(
      issuesOf(
        catalogWith({
          key: ['case_id', 'filed_on'],
          fields: [
            ...cases.fields.map((field) =>
              field.name === 'filed_on' ? { ...field, type: 'datetime' as const } : field,
            ),
          ],
        }),
      ),
    ).toEqual([{ code: 'invalid_field_type', path: 'datasets.0.key.1' }]);
    expect(issuesOf(catalogWith({ key: ['court', 'nope'] }))).toEqual([
      { code: 'optional_key_field', path: 'datasets.0.key.0' },
      { code: 'unknown_reference', path: 'datasets.0.key.1' },
    ]);
    expect(
      issuesOf(
        catalogWith({
          checks: [
            { id: 'a', rule: { field: 'closed_on', op: 'ge', other: 'filed_onn' } },
            { id: 'b', rule: { field: { age: 'filed_on' }, op: 'lt', value: 365 } },
            { id: 'c', rule: { field: 'closed_on', op: 'ge', other: 'claim_amount' } },
            { id: 'a', rule: { field: 'mediable' } },
          ],
        }),
      ),
    ).toEqual([
      { code: 'unknown_reference', path: 'datasets.0.checks.0.rule.other' },
      { code: 'period_dependent_check', path: 'datasets.0.checks.1.rule' },
      { code: 'incompatible_operands', path: 'datasets.0.checks.2.rule.other' },
      { code: 'duplicate_id', path: 'datasets.0.checks.3.id' },
    ]);
  });
});
