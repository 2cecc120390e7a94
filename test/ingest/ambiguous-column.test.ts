import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  builtInCatalog,
  ingestJsonRecords,
  ingestCsv,
  ingestXlsx,
  LawGaugeError,
  parseMapping,
  wordIssue,
  ZH_CN_ISSUES,
} from '../../src/index.js';
import { runCli, type CliIo } from '../../src/cli/main.js';
import { writeXlsx } from '../../scripts/write-xlsx.js';

const cases = builtInCatalog('court-case-quality').datasets.find((dataset) => dataset.id === 'cases')!;
const fields = ['case_id', 'district', 'filed_on', 'closed_on'];

function refusal(run: () => unknown): LawGaugeError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(LawGaugeError);
    return error as LawGaugeError;
  }
  throw new Error('expected a LawGaugeError');
}

const districtOf = (table: { columns: ReadonlyMap<string, unknown> }): unknown => table.columns.get('district');

describe('two headers matching one field', () => {
  const text = 'case_id,区,District,filed_on,closed_on\nA1,黄浦区,浦东新区,2019-01-07,2019-02-01\n';

  it('are refused by name, line and columns, in both languages, rather than one read silently', () => {
    const error = refusal(() => ingestCsv(cases, text, { fields, source: 'dup3.csv' }));
    expect(error.message).toBe(
      'dup3.csv.columns.district: line 1, columns 2 and 3: both "区" and "District" match field "district"; name the one to read in the mapping\'s "columns" (for example "district": "区")',
    );
    expect(error.issues.map((issue) => wordIssue(ZH_CN_ISSUES, issue))).toEqual([
      '第 1 行第 2 列和第 3 列："区" 和 "District" 都对应字段 "district"；请在映射文件的 "columns" 中写明读哪一列（例如 "district": "区"）',
    ]);
    // The field's name as a header, in another case, is a rival too.
    const lower = refusal(() =>
      ingestCsv(cases, 'case_id,区,district,filed_on,closed_on\nA1,黄浦区,浦东新区,2019-01-07,2019-02-01\n', {
        fields,
      }),
    );
    expect(lower.issues.map((issue) => [issue.code, issue.params])).toEqual([
      ['ambiguous_column', { field: 'district', line: 1, column: 3, name: 'district', first: 2, first_name: '区' }],
    ]);
  });

  it('reads the column the mapping names, with no error, whichever it is', () => {
    for (const [wanted, value] of [
      ['区', '黄浦区'],
      ['District', '浦东新区'],
    ] as const) {
      const mapping = parseMapping({ cases: { columns: { district: wanted } } })['cases'];
      const { table, columns } = ingestCsv(cases, text, { fields, mapping });
      expect(columns.get('district')).toBe(wanted);
      expect(districtOf(table)).toMatchObject({ dictionary: [value] });
    }
  });

  it('leaves to another field the column the mapping gives it', () => {
    // 区 mapped to court: District alone matches district, and nothing is ambiguous.
    const mapping = parseMapping({ cases: { columns: { court: '区' } } })['cases'];
    const { columns } = ingestCsv(cases, text, { fields: [...fields, 'court'], mapping });
    expect([columns.get('court'), columns.get('district')]).toEqual(['区', 'District']);
  });

  it('are refused in a workbook and among JSON keys alike', async () => {
    const bytes = writeXlsx([
      {
        name: 'cases',
        rows: [
          { row: 1, cells: ['case_id', '区', 'District', 'filed_on', 'closed_on'] },
          { row: 2, cells: ['A1', '黄浦区', '浦东新区', '2019-01-07', '2019-02-01'] },
        ],
      },
    ]);
    const error = await ingestXlsx(cases, bytes, { fields, source: 'dup3.xlsx' }).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(LawGaugeError);
    expect((error as LawGaugeError).issues.map((issue) => issue.code)).toEqual(['ambiguous_column']);
    const records = refusal(() =>
      ingestJsonRecords(
        cases,
        [{ case_id: 'A1', 区: '黄浦区', District: '浦东新区', filed_on: '2019-01-07', closed_on: null }],
        {
          fields,
        },
      ),
    );
    expect(records.issues.map((issue) => issue.code)).toEqual(['ambiguous_column']);
  });

  it('stop the CLI with exit 1 naming both columns; --map settles it', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'lawgauge-ambiguous-'));
    const data = join(directory, 'dup3.csv');
    writeFileSync(data, text);
    const run = async (args: readonly string[]): Promise<{ code: number; out: string; err: string }> => {
      let out = '';
      let err = '';
      const io: CliIo = { out: (t) => void (out += t), err: (t) => void (err += t), errIsTTY: false };
      const code = await runCli(args, io);
      return { code, out, err };
    };
    const args = ['compute', '--catalog', 'court-case-quality', '--data', `cases=${data}`];
    const rest = ['--indicator', 'clearance_rate', '--by', 'district', '--period', 'quarter', '--format', 'csv'];
    const refused = await run([...args, ...rest, '--lang', 'en']);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('line 1, columns 2 and 3: both "区" and "District" match field "district"');
    const zh = await run([...args, ...rest, '--lang', 'zh-CN']);
    expect(zh.err).toContain('第 1 行第 2 列和第 3 列："区" 和 "District" 都对应字段 "district"');
    const mapping = join(directory, 'mapping.json');
    writeFileSync(mapping, JSON.stringify({ cases: { columns: { district: '区' } } }));
    const mapped = await run([...args, '--map', mapping, ...rest, '--lang', 'en']);
    expect(mapped.err).not.toContain('match field');
    expect(mapped.code).toBe(0);
    expect(mapped.out).toContain('黄浦区');
    expect(mapped.out).not.toContain('浦东新区');
  });
});
