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
});
