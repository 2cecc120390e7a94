// Issue 20, "encoding that never guesses silently": a UTF-8 file with a stray byte stays UTF-8 and
// only the row holding the byte is quarantined, with its line and the byte's offset in the file;
// GB18030 is chosen only when the file does not read as UTF-8 at all. Offsets are 0-based from
// the first byte of the file (a BOM included), never from the start of a 1 MiB chunk.
import { isUtf8 } from 'node:buffer';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtInCatalog } from '../../src/index.js';
import { ByteCsvIngest } from '../../src/internal.js';
import type { readDatasetFile } from '../../src/node/index.js';
import { readBothWays } from '../support/read-both-ways.js';
import { Utf8Check } from '../../src/node/utf8-check.js';

const dataset = builtInCatalog('procuratorate').datasets[0]!;
const dir = mkdtempSync(join(tmpdir(), 'lawgauge-encoding-'));
const HEADER = 'accepted_on,district,arrest_review,prosecution_review,extra_steps\n';
/** 黄浦区 in GBK. */
const HUANGPU_GBK = [0xbb, 0xc6, 0xc6, 0xd6, 0xc7, 0xf8];

function write(name: string, bytes: Buffer): string {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

function districts(table: Awaited<ReturnType<typeof readDatasetFile>>['table']): readonly string[] {
  const column = table.columns.get('district');
  if (column === undefined || !('dictionary' in column)) throw new Error('district is not a dictionary column');
  return [...column.dictionary];
}

/** ASCII rows of the procuratorate dataset, `count` of them, each `2019-01-DD,Dn,1,0,k`. */
function asciiRows(count: number): string {
  const rows: string[] = [];
  for (let i = 0; i < count; i++)
    rows.push(`2019-01-${String((i % 28) + 1).padStart(2, '0')},D${i % 16},1,0,${i % 4}\n`);
  return rows.join('');
}

describe('encoding detection: a stray byte in a UTF-8 file', () => {
  it('keeps UTF-8 and quarantines only the row with the byte, naming its line and the byte offset', async () => {
    const bytes = Buffer.concat([
      Buffer.from(`${HEADER}2019-01-05,黄浦区,1,0,0\n2019-01-06,黄浦区`),
      Buffer.from([0xff]),
      Buffer.from(',1,0,1\n2019-01-07,徐汇区,0,1,2\n'),
    ]);
    const offset = bytes.indexOf(0xff);
    const result = await readBothWays(write('stray.csv', bytes), { dataset });
    expect(result.encoding).toBe('utf-8');
    expect(result.table.quality).toEqual({ read: 3, used: 2, quarantined: 1, skipped: 0 });
    const { quality } = result.table;
    expect(quality.read).toBe(quality.used + quality.quarantined);
    expect(result.table.quarantine).toHaveLength(1);
    expect(result.table.quarantine[0]).toMatchObject({ row: 2, line: 3, field: '*', code: 'invalid_encoding' });
    expect(result.table.quarantine[0]!.reason).toContain(`byte ${offset} (0xFF)`);
    expect(districts(result.table)).toEqual(expect.arrayContaining(['黄浦区', '徐汇区']));
    expect(districts(result.table).some((name) => name.includes('\uFFFD') || name.includes('榛'))).toBe(false);
  });

  it('an ASCII-only file with one 0xFF byte is UTF-8 with that row quarantined', async () => {
    const bytes = Buffer.concat([
      Buffer.from(`${HEADER}2019-01-05,D1,1,0,0\n2019-01-06,D`),
      Buffer.from([0xff]),
      Buffer.from(',1,0,1\n2019-01-07,D3,0,1,2\n'),
    ]);
    const result = await readBothWays(write('ascii-stray.csv', bytes), { dataset });
    expect(result.encoding).toBe('utf-8');
    expect(result.table.quality).toEqual({ read: 3, used: 2, quarantined: 1, skipped: 0 });
    expect(result.table.quarantine[0]).toMatchObject({ line: 3, code: 'invalid_encoding' });
    expect(result.table.quarantine[0]!.reason).toContain(`byte ${bytes.indexOf(0xff)} (0xFF)`);
  });

  it('names the offset in the file, not in the chunk, for a stray byte past the first MiB (and after a BOM)', async () => {
    const head = Buffer.from(`\uFEFF${HEADER}${asciiRows(70_000)}`);
    expect(head.length).toBeGreaterThan(1024 * 1024);
    const bytes = Buffer.concat([
      head,
      Buffer.from('2019-02-01,静安区'),
      Buffer.from([0xc0]),
      Buffer.from(',1,0,0\n2019-02-02,静安区,1,0,0\n'),
    ]);
    const result = await readBothWays(write('late-stray.csv', bytes), { dataset });
    expect(result.encoding).toBe('utf-8');
    expect(result.table.quality).toEqual({ read: 70_002, used: 70_001, quarantined: 1, skipped: 0 });
    expect(result.table.quarantine[0]).toMatchObject({ row: 70_001, line: 70_002, code: 'invalid_encoding' });
    expect(result.table.quarantine[0]!.reason).toContain(`byte ${bytes.indexOf(0xc0)} (0xC0)`);
  });

  it('a byte sequence cut short at the very end of the file quarantines the last row', async () => {
    const bytes = Buffer.concat([
      Buffer.from(`${HEADER}2019-01-05,黄浦区,1,0,0\n2019-01-06,D1,1,0,`),
      Buffer.from([0xe9, 0xbb]),
    ]);
    const result = await readBothWays(write('cut.csv', bytes), { dataset });
    expect(result.encoding).toBe('utf-8');
    expect(result.table.quality).toEqual({ read: 2, used: 1, quarantined: 1, skipped: 0 });
    expect(result.table.quarantine[0]!.reason).toContain(`byte ${bytes.length - 2} (0xE9)`);
  });

  it('a stray byte in the header stops the run with its line and offset', async () => {
    const bytes = Buffer.concat([
      Buffer.from('accepted_on,district,arrest'),
      Buffer.from([0xff]),
      Buffer.from('_review,prosecution_review,extra_steps\n2019-01-05,D1,1,0,0\n'),
    ]);
    const file = write('bad-header.csv', bytes);
    await expect(readBothWays(file, { dataset })).rejects.toThrow(
      'line 1 (the header): the bytes at byte 27 (0xFF) are not valid UTF-8; fix them, or give --encoding gb18030 if the file is GBK',
    );
  });

  it('a stray byte in a JSON file stops the run with its offset (records cannot be set aside one by one)', async () => {
    const bytes = Buffer.concat([
      Buffer.from('[{"accepted_on":"2019-01-05","district":"黄浦'),
      Buffer.from([0xff]),
      Buffer.from('","arrest_review":true,"prosecution_review":false,"extra_steps":0}]'),
    ]);
    const file = write('stray.json', bytes);
    await expect(readBothWays(file, { dataset })).rejects.toThrow(
      `the bytes at byte ${bytes.indexOf(0xff)} (0xFF) are not valid UTF-8`,
    );
  });

  it('with --encoding utf-8 a stray byte is quarantined the same way', async () => {
    const bytes = Buffer.concat([
      Buffer.from(`${HEADER}2019-01-05,D1,1,0,0\n2019-01-06,D`),
      Buffer.from([0xff]),
      Buffer.from(',1,0,1\n'),
    ]);
    const result = await readBothWays(write('forced-stray.csv', bytes), { dataset, encoding: 'utf-8' });
    expect(result.encoding).toBe('utf-8');
    expect(result.table.quality).toEqual({ read: 2, used: 1, quarantined: 1, skipped: 0 });
  });
});

describe('encoding detection: GB18030', () => {
  it('still reads a GBK file (Chinese header and rows) as GB18030', async () => {
    // 受理日期,区,审查逮捕,审查起诉,可避免的程序环节数 / 2019/1/5,黄浦区,是,否,1 / 2019/1/6,黄浦区,否,是,0, in GBK.
    const header = Buffer.from([
      0xca, 0xdc, 0xc0, 0xed, 0xc8, 0xd5, 0xc6, 0xda, 0x2c, 0xc7, 0xf8, 0x2c, 0xc9, 0xf3, 0xb2, 0xe9, 0xb4, 0xfe, 0xb2,
      0xb6, 0x2c, 0xc9, 0xf3, 0xb2, 0xe9, 0xc6, 0xf0, 0xcb, 0xdf, 0x2c, 0xbf, 0xc9, 0xb1, 0xdc, 0xc3, 0xe2, 0xb5, 0xc4,
      0xb3, 0xcc, 0xd0, 0xf2, 0xbb, 0xb7, 0xbd, 0xda, 0xca, 0xfd, 0x0a,
    ]);
    const shi = [0xca, 0xc7];
    const fou = [0xb7, 0xf1];
    const row = (day: number, a: number[], b: number[], steps: number): Buffer =>
      Buffer.from([
        ...Buffer.from(`2019/1/${day},`),
        ...HUANGPU_GBK,
        0x2c,
        ...a,
        0x2c,
        ...b,
        ...Buffer.from(`,${steps}\n`),
      ]);
    const file = write('gbk.csv', Buffer.concat([header, row(5, shi, fou, 1), row(6, fou, shi, 0)]));
    const result = await readBothWays(file, { dataset });
    expect(result.encoding).toBe('gb18030');
    expect(result.table.quality).toEqual({ read: 2, used: 2, quarantined: 0, skipped: 0 });
    expect(districts(result.table)).toEqual(['黄浦区']);
  });

  it('--encoding utf-8 on a GBK file names the offset of the first byte that is not UTF-8', async () => {
    const bytes = Buffer.concat([
      Buffer.from(`${HEADER}2019/1/5,`),
      Buffer.from(HUANGPU_GBK),
      Buffer.from(',1,0,0\n2019/1/6,'),
      Buffer.from(HUANGPU_GBK),
      Buffer.from(',1,0,0\n'),
    ]);
    const file = write('gbk-rows.csv', bytes);
    const offset = HEADER.length + '2019/1/5,'.length;
    await expect(readBothWays(file, { dataset, encoding: 'utf-8' })).rejects.toThrow(
      `${file}: the bytes at byte ${offset} (0xBB) are not valid UTF-8; give --encoding gb18030 (or auto)`,
    );
    expect((await readBothWays(file, { dataset })).encoding).toBe('gb18030');
  });

  it('--encoding utf-8 names the offset in the file when the GBK text starts past the first MiB', async () => {
    const head = Buffer.from(`${HEADER}${asciiRows(70_000)}`);
    const gbkRow = Buffer.from([...Buffer.from('2019/1/1,'), ...HUANGPU_GBK, ...Buffer.from(',1,0,0\n')]);
    const bytes = Buffer.concat([head, gbkRow, gbkRow, gbkRow]);
    const file = write('gbk-late.csv', bytes);
    await expect(readBothWays(file, { dataset, encoding: 'utf-8' })).rejects.toThrow(
      `the bytes at byte ${head.length + 9} (0xBB) are not valid UTF-8`,
    );
  });
});

describe('encoding detection: property', () => {
  // Cells: ASCII, Chinese, accented and astral text without CSV syntax, so each row is one line.
  const cell = fc.string({ unit: 'grapheme', maxLength: 6 }).map((text) => text.replace(/[",\r\n\uFEFF]/g, ''));
  const rows = fc.array(fc.array(cell, { minLength: 5, maxLength: 5 }), { minLength: 1, maxLength: 12 });
  const injection = fc.record({ row: fc.nat(), at: fc.nat(), byte: fc.integer({ min: 0x80, max: 0xff }) });

  it('random UTF-8 CSV with 0–2 injected bytes ≥ 0x80 (at character boundaries) is read as UTF-8; read = used + quarantined; the damaged rows are quarantined with their line and offset', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(rows, fc.array(injection, { maxLength: 2 }), async (cells, injections) => {
        const lines = cells.map((row) => [...Buffer.from(`${row.join(',')}\n`)]);
        const boundaries = cells.map((row) => {
          // Byte offsets, within the line, of every character boundary before the line end.
          const text = row.join(',');
          const offsets: number[] = [];
          let at = 0;
          for (const char of text) {
            offsets.push(at);
            at += Buffer.byteLength(char);
          }
          offsets.push(at);
          return offsets;
        });
        // Inject from the last position backwards so earlier positions stay valid.
        const placed = injections.map(({ row, at, byte }) => {
          const r = row % lines.length;
          return { r, at: boundaries[r]![at % boundaries[r]!.length]!, byte };
        });
        placed.sort((a, b) => b.r - a.r || b.at - a.at);
        for (const { r, at, byte } of placed) lines[r]!.splice(at, 0, byte);
        const header = Buffer.from(HEADER);
        const bytes = Buffer.concat([header, ...lines.map((line) => Buffer.from(line))]);
        const file = write(`property-${run++}.csv`, bytes);
        const result = await readBothWays(file, { dataset });
        expect(result.encoding).toBe('utf-8');
        const { quality, quarantine } = result.table;
        expect(quality.read).toBe(quality.used + quality.quarantined);
        // Rows whose bytes are not UTF-8 (two injected bytes may happen to form a character), and
        // the file offset of their first invalid sequence: the end of their longest UTF-8 prefix.
        let start = header.length;
        const damaged: { line: number; offset: number }[] = [];
        lines.forEach((line, index) => {
          const rowBytes = Buffer.from(line);
          if (!isUtf8(rowBytes)) {
            let valid = 0;
            for (let k = 0; k <= rowBytes.length; k++) if (isUtf8(rowBytes.subarray(0, k))) valid = k;
            damaged.push({ line: index + 2, offset: start + valid });
          }
          start += rowBytes.length;
        });
        expect(start).toBe(bytes.length);
        const flagged = quarantine.filter((entry) => entry.code === 'invalid_encoding');
        expect(
          flagged.map((entry) => ({ line: entry.line, offset: Number(/byte (\d+)/.exec(entry.reason)?.[1]) })),
        ).toEqual(damaged);
      }),
      { seed: 20, numRuns: 150 },
    );
  });

  it('the offsets and rows do not depend on where the chunks are cut (BOM, quoted line breaks, sequences cut in two)', () => {
    const text = fc
      .array(
        fc.oneof(
          fc.constantFrom(',', '"', '""', '\n', '\r\n', '黄浦区', '😀', 'é'),
          fc.string({ unit: 'grapheme', maxLength: 3 }),
        ),
        { maxLength: 40 },
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(
        fc.boolean(),
        text,
        fc.array(fc.record({ at: fc.nat(), byte: fc.integer({ min: 0x80, max: 0xff }) }), { maxLength: 3 }),
        fc.array(fc.nat(), { maxLength: 5 }),
        (bom, body, injections, cuts) => {
          const plain = [...Buffer.from(`${bom ? '\uFEFF' : ''}${HEADER}${body}`)];
          for (const { at, byte } of injections)
            plain.splice(
              Buffer.byteLength(`${bom ? '\uFEFF' : ''}${HEADER}`) +
                (at % (plain.length + 1 - Buffer.byteLength(HEADER))),
              0,
              byte,
            );
          const bytes = Uint8Array.from(plain);
          const read = (pieces: readonly Uint8Array[]): unknown => {
            const check = new Utf8Check();
            const reader = new ByteCsvIngest(dataset);
            for (const piece of pieces) {
              reader.markInvalid(check.chunk(piece));
              reader.push(piece);
            }
            reader.markInvalid(check.end());
            try {
              const { table } = reader.end();
              return { quality: table.quality, quarantine: table.quarantine, evidence: check.evidence.invalid };
            } catch (error) {
              return (error as Error).message;
            }
          };
          const points = [...new Set(cuts.map((cut) => cut % (bytes.length + 1)))].sort((a, b) => a - b);
          const pieces: Uint8Array[] = [];
          let from = 0;
          for (const point of points) {
            pieces.push(bytes.subarray(from, point));
            from = point;
          }
          pieces.push(bytes.subarray(from));
          expect(read(pieces)).toEqual(read([bytes]));
        },
      ),
      { seed: 2020, numRuns: 300 },
    );
  });

  it('finds exactly the invalid sequences a WHATWG UTF-8 decoder replaces, in any chunking', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), fc.nat(), (bytes, cut) => {
        const check = new Utf8Check();
        const at = cut % (bytes.length + 1);
        const offsets = [...check.chunk(bytes.subarray(0, at)), ...check.chunk(bytes.subarray(at)), ...check.end()];
        const replaced = [...new TextDecoder().decode(bytes)].filter((char) => char === '\uFFFD').length;
        const literal = Buffer.from(bytes).toString('latin1').split('\u00EF\u00BF\u00BD').length - 1;
        expect(offsets.length).toBe(replaced - literal);
        expect(check.evidence.invalid).toBe(offsets.length);
      }),
      { seed: 2021, numRuns: 2000 },
    );
  });
});
