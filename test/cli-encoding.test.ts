// `lawgauge compute` says which encoding it read a CSV file in, and a stray byte in a UTF-8
// export is one rejected row (with its line and byte offset), not a file read as GB18030.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT, runCli } from '../src/cli/main.js';

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (text) => (out += text), err: (text) => (err += text), errIsTTY: false });
  return { code, out, err };
}

const dir = mkdtempSync(join(tmpdir(), 'lawgauge-cli-encoding-'));
const HEADER = 'accepted_on,district,arrest_review,prosecution_review,extra_steps\n';

describe('lawgauge compute: encoding in the summary', () => {
  it('a UTF-8 file with one stray byte: "(csv, utf-8)", read = used + rejected, the row named with its line and byte offset', async () => {
    const bytes = Buffer.concat([
      Buffer.from(`${HEADER}2019-01-05,黄浦区,1,0,0\n2019-01-06,黄浦区`),
      Buffer.from([0xff]),
      Buffer.from(',1,0,1\n2019-01-07,徐汇区,0,1,2\n'),
    ]);
    const file = join(dir, 'stray.csv');
    writeFileSync(file, bytes);
    const rejects = join(dir, 'rejects.csv');
    const { code, err } = await cli(
      'compute',
      '--catalog',
      'procuratorate',
      '--data',
      `procuratorate_cases=${file}`,
      '--by',
      'district',
      '--max-reject-rate',
      '0.5',
      '--rejects',
      rejects,
    );
    expect(code).toBe(EXIT.ok);
    expect(err).toContain(`procuratorate_cases: ${file} (csv, utf-8): read 3, used 2, quarantined 1 (33.33%)`);
    expect(err).toContain(
      `1 × invalid_encoding (e.g. row 2, line 3: the bytes at byte ${bytes.indexOf(0xff)} (0xFF) are not valid UTF-8`,
    );
    expect(readFileSync(rejects, 'utf8').split('\r\n')[1]).toMatch(
      new RegExp(
        `^procuratorate_cases,2,3,\\*,.*,invalid_encoding,the bytes at byte ${bytes.indexOf(0xff)} \\(0xFF\\)`,
      ),
    );
  });

  it('a GBK file: "(csv, gb18030)"', async () => {
    // 2019/1/5,黄浦区,1,0,0 twice, 黄浦区 in GBK.
    const row = Buffer.from([
      ...Buffer.from('2019/1/5,'),
      0xbb,
      0xc6,
      0xc6,
      0xd6,
      0xc7,
      0xf8,
      ...Buffer.from(',1,0,0\n'),
    ]);
    const file = join(dir, 'gbk.csv');
    writeFileSync(file, Buffer.concat([Buffer.from(HEADER), row, row]));
    const { code, err } = await cli('compute', '--catalog', 'procuratorate', '--data', `procuratorate_cases=${file}`);
    expect(code).toBe(EXIT.ok);
    expect(err).toContain(`procuratorate_cases: ${file} (csv, gb18030): read 2, used 2, quarantined 0`);
  });

  it('a GBK file with one Chinese value, too little for auto to tell: the row is quarantined, and the note says --encoding gb18030', async () => {
    // 区 in GBK (C7 F8): two bad UTF-8 sequences, below the three auto needs to switch.
    const file = join(dir, 'gbk-one.csv');
    writeFileSync(
      file,
      Buffer.concat([
        Buffer.from(`${HEADER}2019-01-05,Huangpu,1,0,0\n2019-01-06,`),
        Buffer.from([0xc7, 0xf8]),
        Buffer.from(',1,0,1\n'),
      ]),
    );
    const args = ['compute', '--catalog', 'procuratorate', '--data', `procuratorate_cases=${file}`];
    const en = await cli(...args, '--max-reject-rate', '1', '--lang', 'en');
    expect(en.err).toContain(`procuratorate_cases: ${file} (csv, utf-8): read 2, used 1, quarantined 1`);
    expect(en.err).toContain(
      'note: procuratorate_cases: 1 row(s) quarantined for bytes that are not UTF-8, and the whole file reads as GB18030 without an error: if it is a GBK or GB18030 export, run again with --encoding gb18030',
    );
    const zh = await cli(...args, '--max-reject-rate', '1', '--lang', 'zh-CN');
    expect(zh.err).toContain(
      '注意：procuratorate_cases：1 行因含非 UTF-8 字节被剔除，而整个文件按 GB18030 可以无误读取：如果文件是 GBK 或 GB18030 编码，请加 --encoding gb18030 重新运行',
    );
    const given = await cli(...args, '--encoding', 'gb18030');
    expect(given.code).toBe(EXIT.ok);
    expect(given.err).toContain(`procuratorate_cases: ${file} (csv, gb18030): read 2, used 2, quarantined 0`);
  });

  it('a UTF-8 file with a stray 0xFF gets no such note: GB18030 cannot read it either', async () => {
    const file = join(dir, 'stray-no-note.csv');
    writeFileSync(
      file,
      Buffer.concat([
        Buffer.from(`${HEADER}2019-01-05,黄浦区,1,0,0\n2019-01-06,`),
        Buffer.from([0xff]),
        Buffer.from(',1,0,1\n'),
      ]),
    );
    const { err } = await cli(
      'compute',
      '--catalog',
      'procuratorate',
      '--data',
      `procuratorate_cases=${file}`,
      '--max-reject-rate',
      '1',
    );
    expect(err).toContain('quarantined 1');
    expect(err).not.toContain('--encoding gb18030');
  });
});
