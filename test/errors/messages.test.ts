import { describe, expect, it } from 'vitest';
import {
  builtInCatalog,
  Dashboard,
  EN_ISSUES,
  evaluate,
  funnel,
  extendCatalog,
  ingest,
  ingestCsv,
  LawGaugeError,
  parseCatalog,
  parseMapping,
  parseProgramme,
  programmeFromTables,
  spc,
  REFORM_MILESTONES_DATASET,
  REFORM_TASKS_DATASET,
  toSql,
  wordIssue,
  ZH_CN_ISSUES,
  type LawGaugeIssueCode,
  type QuarantinedValue,
} from '../../src/index.js';
import { parseWith } from '../../src/model/parse-with.js';

/**
 * Every code, listed once: a Record over the union fails to compile when a code is added to
 * LawGaugeIssue and not here, and both message tables are typed `IssueMessages`, a mapped type
 * over the same union, so a code without an English or a Chinese wording fails to compile too.
 */
const CODES: Readonly<Record<LawGaugeIssueCode, true>> = {
  invalid_type: true,
  invalid_value: true,
  too_small: true,
  too_big: true,
  invalid_format: true,
  not_multiple_of: true,
  custom: true,
  unknown_key: true,
  invalid_key: true,
  forbidden_key: true,
  duplicate_id: true,
  unknown_reference: true,
  invalid_reference: true,
  invalid_time_rule: true,
  cycle: true,
  invalid_range: true,
  invalid_thresholds: true,
  invalid_child: true,
  no_direction: true,
  invalid_field_type: true,
  non_boolean_filter: true,
  invalid_operator: true,
  invalid_comparison: true,
  incompatible_operands: true,
  invalid_constant: true,
  unknown_enum_value: true,
  optional_key_field: true,
  period_dependent_check: true,
  invalid_date: true,
  missing_table: true,
  incompatible_table: true,
  invalid_group: true,
  missing_range: true,
  unexpected_result: true,
  unrepresentable_in_sql: true,
  total_marker_value: true,
  invalid_compare_option: true,
  needs_rate: true,
  unknown_period: true,
  invalid_argument: true,
  missing_report: true,
  mixed_grouping: true,
  constant_values: true,
  non_positive_value: true,
  zero_value: true,
  negative_value: true,
  due_before_start: true,
  verified_not_completed: true,
  verified_before_completed: true,
  required: true,
  invalid_number: true,
  invalid_integer: true,
  invalid_boolean: true,
  invalid_string: true,
  out_of_range: true,
  wrong_field_count: true,
  unterminated_quote: true,
  invalid_encoding: true,
  invalid_record: true,
  invalid_json: true,
  duplicate_key: true,
  check_failed: true,
  unknown_parent: true,
  unknown_task: true,
  record_too_long: true,
  key_texts_too_large: true,
  no_header: true,
  header_below: true,
  utf16_file: true,
  blank_header: true,
  duplicate_header: true,
  missing_column: true,
  ambiguous_column: true,
  column_used_twice: true,
  required_field_absent: true,
  other_sheets: true,
  workbook_on_stdin: true,
  tab_separated: true,
  unreadable_file: true,
  xls_not_supported: true,
  not_xlsx: true,
  encrypted: true,
  corrupt_zip: true,
  unsupported_zip: true,
  corrupt_xlsx: true,
  no_sheet: true,
  unknown_sheet: true,
  not_a_worksheet: true,
};

function issuesOf(run: () => unknown): LawGaugeError['issues'] {
  try {
    run();
  } catch (error) {
    if (error instanceof LawGaugeError) return error.issues;
    throw error;
  }
  throw new Error('expected a LawGaugeError');
}

const text = { 'zh-CN': '指标', en: 'Indicator' };
const indicator = (id: string, measure: unknown, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  id,
  label: text,
  description: text,
  unit: 'count',
  polarity: 'higher-better',
  dataset: 'cases',
  measure,
  ...extra,
});

/** A catalog with one of nearly every rule problem in its structurally valid parts. */
const brokenCatalog = {
  id: 'broken',
  label: text,
  datasets: [
    { id: 'cases', fields: [{ name: 'x', type: 'string' }] },
    {
      id: 'cases',
      key: ['filed_at', 'court', 'court'],
      fields: [
        { name: 'court', type: 'string' },
        { name: 'court', type: 'string' },
        { name: 'filed_on', type: 'date' },
        { name: 'filed_at', type: 'datetime', required: true },
        { name: 'days', type: 'integer', min: 9, max: 1 },
        {
          name: 'kind',
          type: 'enum',
          values: [
            { value: 'a', synonyms: ['x'] },
            { value: 'b', synonyms: ['x'] },
          ],
        },
        { name: 'done', type: 'boolean' },
      ],
      checks: [
        { id: 'young', rule: { field: { age: 'filed_on' }, op: 'lt', value: 9 } },
        { id: 'young', rule: { field: 'done' } },
      ],
    },
  ],
  indicators: [
    indicator('filed', {
      kind: 'count',
      of: { time: { flow: 'filed_on' }, where: { field: 'court', op: 'lt', value: 'a' } },
    }),
    indicator('filed', { kind: 'count', of: { time: { flow: 'court' } } }),
    indicator('n1', { kind: 'count', of: { time: { flow: 'filed_on' }, where: { field: 'days' } } }),
    indicator('n2', {
      kind: 'count',
      of: { time: { flow: 'filed_on' }, where: { field: 'days', op: 'eq', value: 1, other: 'days' } },
    }),
    indicator('n3', {
      kind: 'count',
      of: { time: { flow: 'filed_on' }, where: { field: 'days', op: 'in', value: 3 } },
    }),
    indicator('n4', {
      kind: 'count',
      of: { time: { flow: 'filed_on' }, where: { field: 'days', op: 'eq', value: [1] } },
    }),
    indicator('n5', {
      kind: 'count',
      of: { time: { flow: 'filed_on' }, where: { field: 'days', op: 'eq', other: 'filed_on' } },
    }),
    indicator('n6', {
      kind: 'count',
      of: { time: { flow: 'filed_on' }, where: { field: 'days', op: 'eq', value: 'x' } },
    }),
    indicator('n7', {
      kind: 'count',
      of: { time: { flow: 'filed_on' }, where: { field: 'kind', op: 'eq', value: 'zzz' } },
    }),
    indicator('n8', {
      kind: 'count',
      of: { time: { flow: 'filed_on' }, where: { field: 'done', op: 'isNull', value: 1 } },
    }),
    indicator('n9', { kind: 'count', of: { time: { flow: 'filed_on' }, where: { field: 'nope' } } }),
    indicator('n10', { kind: 'sum', of: { time: { flow: 'filed_on' } }, value: 'court' }),
    indicator('n11', { kind: 'count', of: { time: { flow: 'filed_on' } } }, { dataset: 'nope' }),
    indicator('n12', { kind: 'complement', of: 'filed' }),
    indicator('n13', { kind: 'complement', of: 'nope' }),
    indicator('n13b', {
      kind: 'turnoverDays',
      stock: { time: { flow: 'filed_on' } },
      flow: { time: [{ flow: 'filed_on' }, { flow: 'filed_on', toDate: true }] },
    }),
    indicator(
      'n14',
      { kind: 'count', of: { time: { flow: 'filed_on' } } },
      { polarity: 'neutral', thresholds: { good: 1, warning: 2 } },
    ),
    indicator('n15', { kind: 'count', of: { time: { flow: 'filed_on' } } }, { thresholds: { good: 1, warning: 2 } }),
    indicator(
      'n16',
      { kind: 'count', of: { time: { flow: 'filed_on' } } },
      { polarity: 'lower-better', thresholds: { good: 3, warning: 2 } },
    ),
    indicator('n17', { kind: 'count', of: { time: { flow: 'filed_on' } } }, { polarity: { band: [5, 1] } }),
    indicator('n18', { kind: 'count', of: { time: { flow: 'filed_on' } } }, { thresholds: { warning: [1, 2] } }),
    indicator(
      'n19',
      { kind: 'count', of: { time: { flow: 'filed_on' } } },
      { polarity: { band: [1, 5] }, thresholds: { warning: [2, 3] } },
    ),
    indicator('n20', {
      kind: 'rescaledMean',
      of: { time: { flow: 'filed_on' } },
      value: 'days',
      from: [1, 1],
      to: [0, 100],
    }),
    indicator('n21', { kind: 'count', of: { time: { flow: 'filed_on' } } }, { polarity: 'neutral' }),
  ],
  composites: [
    {
      id: 'filed',
      label: text,
      description: text,
      children: [
        { indicator: 'nope', weight: 1 },
        { indicator: 'n21', weight: 1 },
        { weight: 1 },
        { composite: 'c2', weight: 1, normalisation: { method: 'minMax' } },
        { composite: 'nope', weight: 1 },
      ],
    },
    { id: 'c2', label: text, description: text, children: [{ composite: 'filed', weight: 1 }] },
  ],
};

/** Problems from every producer the core has: catalogs, mappings, data, programmes, dashboards, options, SQL. */
function realProblems(): { issues: LawGaugeError['issues']; quarantine: QuarantinedValue[] } {
  const court = builtInCatalog('court-case-quality');
  const cases = court.datasets.find((dataset) => dataset.id === 'cases')!;
  const issues: LawGaugeError['issues'][number][] = [];
  const add = (run: () => unknown): void => void issues.push(...issuesOf(run));
  // Catalogs: the schema's and the rules' problems, and overrides.
  add(() => parseCatalog(brokenCatalog));
  add(() =>
    parseCatalog({
      ...brokenCatalog,
      id: 'Bad Id',
      extra: 1,
      datasets: [{ id: 'd', fields: [{ name: '__x', type: 'strng', label: 5 }] }],
      indicators: [{ ...indicator('1x', { kind: 'countt' }), unit: 'percent', polarity: 'up', target: 'x' }],
    }),
  );
  add(() => parseCatalog(JSON.parse('{"__proto__": {}}')));
  add(() =>
    extendCatalog(court, {
      indicators: { nope: { target: 1 } },
      removeIndicators: ['nope'],
      datasets: { nope: {}, cases: { fields: { nope: { label: text } } } },
    }),
  );
  // Mappings.
  add(() =>
    parseMapping(
      {
        nope: {},
        cases: {
          columns: { nope: 'x', district: null },
          formats: { court: 'YYYY', filed_on: 'YYYY-MM-DD-YYYY', closed_on: 'MM/DD' },
        },
      },
      court.datasets,
    ),
  );
  // Data: a file's header, its records and values.
  add(() => ingestCsv(cases, 'case_id,case_id,,court\n1,2,3,4\n'));
  add(() => ingestCsv(cases, ''));
  add(() => ingestCsv(cases, 'a,"b\n'));
  add(() =>
    ingestCsv(cases, 'court\nx\n', { mapping: { columns: { district: 'nope', court: 'court', case_type: 'court' } } }),
  );
  add(() => ingest(cases, 'rows' as unknown as unknown[]));
  const header = cases.fields.map((field) => field.name).join(',');
  const row = (values: Record<string, string>): string =>
    cases.fields
      .map((field) => values[field.name] ?? (field.name === 'case_id' ? String(Math.random()) : ''))
      .join(',');
  const table = ingestCsv(
    { ...cases, checks: [{ id: 'closed_after_filed', rule: { field: 'closed_on', op: 'ge', other: 'filed_on' } }] },
    [
      header,
      row({
        case_id: 'a',
        court: 'c',
        district: 'd',
        case_type: 'criminal',
        procedure: 'first_instance',
        filed_on: '2019/2/30',
      }),
      row({
        case_id: 'b',
        court: 'c',
        district: 'd',
        case_type: 'criminal',
        procedure: 'first_instance',
        filed_on: '43529',
      }),
      row({ case_id: 'c', court: 'c', case_type: 'criminal', procedure: 'first_instance', filed_on: '2019-01-01' }),
      row({
        case_id: 'd',
        court: 'c',
        district: 'd',
        case_type: 'criminal',
        procedure: '仲裁',
        filed_on: '2019-01-01',
      }),
      row({
        case_id: 'e',
        court: 'c',
        district: 'd',
        case_type: 'criminal',
        procedure: 'retrial',
        filed_on: '2019-01-01',
        time_limit_days: '-5',
      }),
      row({
        case_id: 'f',
        court: 'c',
        district: 'd',
        case_type: 'criminal',
        procedure: 'retrial',
        filed_on: '2019-01-01',
        time_limit_days: '九十',
      }),
      row({
        case_id: 'g',
        court: 'c',
        district: 'd',
        case_type: 'criminal',
        procedure: 'retrial',
        filed_on: '2019-01-01',
        time_limit_days: '1.5',
      }),
      row({
        case_id: 'h',
        court: 'c',
        district: 'd',
        case_type: 'criminal',
        procedure: 'retrial',
        filed_on: '2019-01-01',
        time_limit_days: '1e400',
      }),
      row({
        case_id: 'i',
        court: 'c',
        district: 'd',
        case_type: 'criminal',
        procedure: 'retrial',
        filed_on: '2019-01-01',
        appealed: '也许',
      }),
      row({
        case_id: 'j',
        court: 'c',
        district: 'd',
        case_type: 'criminal',
        procedure: 'retrial',
        filed_on: '2019-01-05',
        closed_on: '2019-01-01',
      }),
      row({
        case_id: 'j',
        court: 'c',
        district: 'd',
        case_type: 'criminal',
        procedure: 'retrial',
        filed_on: '2019-01-01',
      }),
      'x,y',
      '"open',
    ].join('\n'),
  ).table;
  const records = ingest(cases, [null, [1], { case_id: 'k', court: 5 }]);
  // Options and SQL.
  add(() =>
    evaluate(
      court,
      { cases: table },
      {
        from: '2019-02-30',
        to: '2019-01-01',
        indicators: ['nope', 'clearance_rate'],
        by: ['nope', 'filed_on'],
        period: 'fortnight' as 'month',
      },
    ),
  );
  add(() => evaluate(court, { cases: table }, { from: '2019-03-01', to: '2019-02-01', by: ['nope', 'filed_on'] }));
  add(() => evaluate(court, {}, { from: '2019-01-01', to: '2019-02-01' }));
  add(() => evaluate(court, { cases: ingest(cases, []) }, {}));
  add(() => toSql(court, { dialect: 'mysql' as 'duckdb', tables: { nope: 't' }, columns: { cases: { nope: 'x' } } }));
  add(() => toSql(court, { dialect: 'duckdb', tables: { cases: 'a..b' }, from: '2019-01-01', to: '2019-12-31' }));
  add(() => toSql(court, { dialect: 'duckdb', tables: { cases: 'a\u0000' }, from: '2019-01-01', to: '2019-12-31' }));
  add(() => toSql(court, { dialect: 'duckdb' }));
  // Comparisons: options that do not fit the Report.
  const countReport = evaluate(
    court,
    { cases: table },
    { indicators: ['filed_cases'], from: '2019-01-01', to: '2019-03-31' },
  )[0]!;
  add(() => spc(countReport, { chart: 'pie' as 'xmr' }));
  add(() => spc(countReport, { chart: 'xmr', baseline: 1 }));
  add(() => spc(countReport, { chart: 'xmr', target: Number.NaN }));
  add(() => spc(countReport, { chart: 'xmr', phases: ['2031-01'] }));
  add(() => spc(countReport, { chart: 'pprime' }));
  add(() => funnel(countReport));
  // Programmes.
  const task = { area: 'a', title: text, owner: 'O', weight: 1, milestones: [] };
  add(() =>
    parseProgramme({
      id: 'p',
      label: text,
      areas: [
        { id: 'a', label: text },
        { id: 'a', label: text },
      ],
      tasks: [
        { ...task, id: 't1', area: 'nope', start_on: '2019-03-01', due_on: '2019-02-01', verified_on: '2019-02-30' },
        { ...task, id: 't1', start_on: '2019-01-01', due_on: '2019-02-01', verified_on: '2019-01-05' },
        {
          ...task,
          id: 't2',
          start_on: '2019-01-01',
          due_on: '2019-02-01',
          completed_on: '2019-02-01',
          verified_on: '2019-01-05',
          parent: 'nope',
        },
        { ...task, id: 't3', start_on: '2019-01-01', due_on: '2019-02-01', parent: 't4' },
        { ...task, id: 't4', start_on: '2019-01-01', due_on: '2019-02-01', parent: 't3' },
      ],
    }),
  );
  add(() =>
    parseProgramme({
      id: 'p',
      label: text,
      areas: [{ id: 'a', label: text }],
      tasks: [{ ...task, id: 't1', weight: -1, start_on: '2019-01-01', due_on: '2019-02-01' }],
    }),
  );
  add(() =>
    programmeFromTables({
      id: 'p',
      label: text,
      tasks: ingestCsv(
        REFORM_TASKS_DATASET,
        'task_id,area,title,owner,start_on,due_on\nt1,a,T,O,2019-01-01,2019-02-01\n',
      ).table,
      milestones: ingestCsv(REFORM_MILESTONES_DATASET, 'task_id,title,due_on\nt9,M,2019-01-01\n').table,
    }),
  );
  // Dashboards (validate's check).
  add(() =>
    parseWith(
      Dashboard,
      { title: 5, sections: [{ title: text, panels: [{ widget: 'pie', span: 7, extra: true }] }] },
      'dashboard',
    ),
  );
  return { issues, quarantine: [...table.quarantine, ...records.quarantine] };
}

describe('the message tables', () => {
  it('word every code in English and in Chinese, and hold no code the union lacks', () => {
    const codes = Object.keys(CODES).sort();
    expect(Object.keys(EN_ISSUES).sort()).toEqual(codes);
    expect(Object.keys(ZH_CN_ISSUES).sort()).toEqual(codes);
  });

  it("word real problems in English exactly as their producers' messages, and in Chinese from the same params", () => {
    const { issues, quarantine } = realProblems();
    const problems = [
      ...issues,
      ...quarantine.map((entry) => ({ code: entry.code, message: entry.reason, params: entry.params })),
    ];
    const seen = new Set(problems.map((problem) => problem.code));
    // The sample reaches most codes; the rest (workbooks, files, engines, composites) have their own suites.
    expect(seen.size).toBeGreaterThanOrEqual(47);
    for (const problem of problems) {
      expect(problem.params, `${problem.code}: ${problem.message}`).toBeDefined();
      expect(wordIssue(EN_ISSUES, problem), problem.code).toBe(problem.message);
      const chinese = wordIssue(ZH_CN_ISSUES, problem);
      // API misuse (invalid_argument) is for programmers and stays in English.
      if (problem.code !== 'invalid_argument')
        expect(chinese, `${problem.code}: ${problem.message}`).not.toBe(problem.message);
      expect(chinese).not.toMatch(/undefined|\[object/);
    }
  });
});
