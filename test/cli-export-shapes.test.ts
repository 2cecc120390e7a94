// What an analyst meets running `lawgauge compute` on real exports: a footer whose label cell
// carries its value (合计：3件), rows' problems named by the file's own header, an export with no
// rows, and a mapping or header misspelt. Each in both languages, through the command.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT, runCli } from '../src/cli/main.js';
import { gb18030Bytes } from './support/gb18030-bytes.js';

const dir = mkdtempSync(join(tmpdir(), 'lawgauge-export-shapes-'));
const HEADER = '案号,法院,区,案件类型,审级,立案日期,结案日期';
const row = (id: string, filed = '2019/1/7', closed = '2019/3/20'): string =>
  `${id},黄浦法院,黄浦区,民事,一审,${filed},${closed}`;

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (text) => (out += text), err: (text) => (err += text), errIsTTY: false });
  return { code, out, err };
}

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const compute = (data: string, ...more: string[]) =>
  cli(
    'compute',
    '--catalog',
    'court-case-quality',
    '--data',
    `cases=${data}`,
    '--indicator',
    'clearance_rate',
    '--period',
    'year',
    ...more,
  );

describe('a footer whose label cell carries its value', () => {
  it('合计：3件 in a GBK export is skipped, not rejected, in both languages', async () => {
    const data = file(
      'footer-gbk.csv',
      gb18030Bytes(
        [HEADER, row('A1'), row('A2'), row('A3'), '合计：3件,,,,,,', '"总计: 1,234",,,,,,', ''].join('\r\n'),
      ),
    );
    const en = await compute(data, '--lang', 'en');
    expect(en.err).toContain(
      `cases: ${data} (csv, gb18030): read 5, used 3, quarantined 0 (0.00%), skipped 2 (2 footer)\n`,
    );
    expect(en.err).toContain('  skipped: line 5 (footer), line 6 (footer)\n');
    expect(en.code).toBe(EXIT.ok);
    const zh = await compute(data, '--lang', 'zh-CN');
    expect(zh.err).toContain(
      `cases：${data}（csv，gb18030）：读取 5 行，可用 3，剔除 0（0.00%），跳过 2（合计行 2）\n`,
    );
    expect(zh.code).toBe(EXIT.ok);
  });

  it('a district named 合计区 is a record, not a footer', async () => {
    const data = file('district.csv', [HEADER, row('A1'), 'A2,黄浦法院,合计区,民事,一审,,'].join('\n'));
    const { err, code } = await compute(data, '--lang', 'en');
    expect(err).toContain('read 2, used 1, quarantined 1 (50.00%), skipped 0\n');
    expect(code).toBe(EXIT.data);
  });
});

describe("rows' problems name the field by the file's header", () => {
  const data = (): string =>
    file('named.csv', [HEADER, row('A1'), row('A2', ''), row('A1', '2019/2/1'), row('A4', '2019/2/30')].join('\n'));

  it('en: the summary, the reasons and the --rejects file say 立案日期 (filed_on), 案号 (case_id)', async () => {
    const rejects = join(dir, 'rejects-en.csv');
    const { err, code } = await compute(data(), '--lang', 'en', '--rejects', rejects);
    expect(err).toContain(
      '  1 × 立案日期 (filed_on): required (e.g. row 2, line 3: "立案日期" (filed_on) is required but empty)\n',
    );
    expect(err).toContain(
      '  1 × 立案日期 (filed_on): invalid_date (e.g. row 4, line 5: "2019/2/30" is not a valid date',
    );
    expect(err).toContain(
      '  1 × 案号 (case_id): duplicate_key (e.g. row 3, line 4: duplicate 案号 (case_id) "A1": first read at row 1 (line 2))\n',
    );
    expect(code).toBe(EXIT.data);
    // `field` stays the catalog's id, to filter on; the reason names the header.
    expect(readFileSync(rejects, 'utf8')).toContain(
      'cases,2,3,filed_on,,required,"""立案日期"" (filed_on) is required but empty"',
    );
  });

  it('zh-CN: 立案日期（filed_on）', async () => {
    const { err } = await compute(data(), '--lang', 'zh-CN');
    expect(err).toContain(
      '  1 × 立案日期（filed_on）: required（例：第 2 条记录（第 3 行）：必填字段 "立案日期"（filed_on）为空）\n',
    );
    expect(err).toContain(
      '  1 × 案号（case_id）: duplicate_key（例：第 3 条记录（第 4 行）：案号（case_id）重复："A1"，首次出现在第 1 条记录（第 2 行））\n',
    );
  });

  it('a header that is the field id is named once', async () => {
    const english = file(
      'ids.csv',
      [
        'case_id,district,case_type,procedure,filed_on,closed_on',
        'A1,黄浦区,民事,一审,2019-01-07,',
        'A2,黄浦区,民事,一审,,',
      ].join('\n'),
    );
    const { err } = await compute(english, '--lang', 'en');
    expect(err).toContain('  1 × filed_on: required (e.g. row 2, line 3: "filed_on" is required but empty)\n');
  });
});

describe('an export with no rows', () => {
  it('header only: "read 0 rows: no records", not a reject share of 0%; exit 2 without --from/--to, 0 with them', async () => {
    const data = file('header-only.csv', `${HEADER}\r\n`);
    const en = await compute(data, '--lang', 'en');
    expect(en.err).toContain(`cases: ${data} (csv, utf-8): read 0 rows: no records\n`);
    expect(en.err).not.toContain('%');
    expect(en.err).toContain('the data holds no records, so there is no period range to infer');
    expect(en.code).toBe(EXIT.usage);
    const zh = await compute(data, '--lang', 'zh-CN');
    expect(zh.err).toContain(`cases：${data}（csv，utf-8）：读取 0 行：没有记录\n`);
    expect(zh.err).toContain('数据中没有记录，无法推断统计期');
    expect(zh.code).toBe(EXIT.usage);
    const ranged = await compute(data, '--lang', 'en', '--from', '2019-01-01', '--to', '2019-12-31');
    expect(ranged.err).toContain('read 0 rows: no records\n');
    expect(ranged.out).toContain('no data');
    expect(ranged.code).toBe(EXIT.ok);
  });

  it('only blank and footer rows: the counts, and no share of records', async () => {
    const data = file('skipped-only.csv', [HEADER, '', '合计：0件,,,,,,'].join('\n'));
    const en = await compute(data, '--lang', 'en', '--from', '2019-01-01', '--to', '2019-12-31');
    expect(en.err).toContain(
      'read 2, used 0, quarantined 0, skipped 2 (1 blank, 1 footer): no records, every row skipped\n',
    );
    expect(en.code).toBe(EXIT.ok);
    const zh = await compute(data, '--lang', 'zh-CN', '--from', '2019-01-01', '--to', '2019-12-31');
    expect(zh.err).toContain('读取 2 行，可用 0，剔除 0，跳过 2（空行 1，合计行 1）：没有记录，所有行都已跳过\n');
  });

  it('zero bytes: no header to match, exit 2', async () => {
    const data = file('empty.csv', '');
    const en = await compute(data, '--lang', 'en');
    expect(en.err).toContain('the file is empty: no header line');
    expect(en.code).toBe(EXIT.usage);
    const zh = await compute(data, '--lang', 'zh-CN');
    expect(zh.err).toContain('文件是空的：没有表头行');
    expect(zh.code).toBe(EXIT.usage);
  });
});

describe('mapping and header mistakes suggest the nearest name', () => {
  const mapping = (name: string, content: unknown): string => file(name, JSON.stringify(content));

  it('a mapped header the file lacks: the nearest header', async () => {
    const map = mapping('typo-header.json', { cases: { columns: { filed_on: '立案日其' } } });
    const data = file('plain.csv', [HEADER, row('A1')].join('\n'));
    const en = await compute(data, '--map', map, '--lang', 'en');
    expect(en.err).toContain('the file has no column "立案日其" for field "filed_on" (did you mean "立案日期"?)');
    expect(en.code).toBe(EXIT.usage);
    const zh = await compute(data, '--map', map, '--lang', 'zh-CN');
    expect(zh.err).toContain('文件中没有映射所写的列 "立案日其"（字段 "filed_on"；是否要用 "立案日期"？）');
  });

  it('a header spelt otherwise, no mapping: the nearest header naming no other field', async () => {
    // 结案日期 is one edit from 立案日期 but is closed_on's: 立案时间 is suggested.
    const data = file('other-header.csv', [HEADER.replace('立案日期', '立案时间'), row('A1')].join('\n'));
    const en = await compute(data, '--lang', 'en');
    expect(en.err).toContain(
      'no column for field "filed_on" (looked for "filed_on", "立案日期", "Filed on"; did you mean "立案时间"?)',
    );
    const zh = await compute(data, '--lang', 'zh-CN');
    expect(zh.err).toContain(
      '字段 "filed_on" 没有对应的列（找过 "filed_on"、"立案日期"、"Filed on"；是否要用 "立案时间"？）',
    );
  });

  it('a field the dataset lacks: the nearest field', async () => {
    const map = mapping('typo-field.json', {
      cases: { columns: { filedon: '立案日期' }, formats: { closedon: 'YYYY/M/D' } },
    });
    const data = file('plain2.csv', [HEADER, row('A1')].join('\n'));
    const en = await compute(data, '--map', map, '--lang', 'en');
    expect(en.err).toContain('unknown field "filedon" in dataset "cases" (did you mean "filed_on"?); known: case_id');
    expect(en.err).toContain('unknown field "closedon" in dataset "cases" (did you mean "closed_on"?)');
    expect(en.code).toBe(EXIT.usage);
    const zh = await compute(data, '--map', map, '--lang', 'zh-CN');
    expect(zh.err).toContain('数据集 "cases" 中没有字段 "filedon"（是否要用 "filed_on"？）；已有：case_id');
    // A dataset misspelt too.
    const dataset = mapping('typo-dataset.json', { case: { columns: { filed_on: '立案日期' } } });
    expect((await compute(data, '--map', dataset, '--lang', 'en')).err).toContain(
      'unknown dataset "case" (did you mean "cases"?); known: cases',
    );
  });
});
