// readDatasetFile with worker threads: a court export with every kind of row read in parts by
// several workers gives the table one thread reads (readBothWays), even when a worker cannot start.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtInCatalog } from '../../src/index.js';
import { readDatasetFile } from '../../src/node/index.js';
import { generateCases } from '../../scripts/seeds/cases.js';
import { inParts, readBothWays } from '../support/read-both-ways.js';

const cases = builtInCatalog('court-case-quality').datasets[0]!;
const procuratorate = builtInCatalog('procuratorate').datasets[0]!;
const dir = mkdtempSync(join(tmpdir(), 'lawgauge-parts-'));

/** A court export of `count` cases with repeated case numbers, bad values, quoted line breaks, blank and footer rows. */
function courtExport(count: number, end: string): string {
  const records = generateCases({ count, seed: 7 });
  const names = cases.fields.map((field) => field.name);
  const lines = [names.join(',')];
  records.forEach((record, i) => {
    const cells = names.map((name) => {
      const value = record[name as keyof typeof record];
      return value === null ? '' : String(value);
    });
    if (i % 97 === 5) cells[names.indexOf('court')] = `"${cells[names.indexOf('court')]}\n(分庭)"`;
    if (i % 89 === 3) cells[names.indexOf('filed_on')] = '2019-02-30';
    if (i % 83 === 7) cells[0] = records[i - 7]!.case_id;
    lines.push(cells.join(','));
    if (i % 211 === 9) lines.push('');
    if (i % 307 === 11) lines.push(`合计${','.repeat(names.length - 1)}`);
    if (i % 401 === 13) lines.push('too,few');
  });
  return `\uFEFF${lines.join(end)}${end}`;
}

describe('reading a CSV file in parts with worker threads', () => {
  it('a court export, LF and CRLF: the same table, problems and places as one thread', async () => {
    for (const end of ['\n', '\r\n']) {
      const file = join(dir, `court-${end.length}.csv`);
      writeFileSync(file, courtExport(3000, end));
      const { table } = await readBothWays(file, { dataset: cases });
      const { quality } = table;
      expect(quality.read).toBe(quality.used + quality.quarantined + quality.skipped);
      const codes = new Set(table.quarantine.map((entry) => entry.code));
      expect(codes).toEqual(new Set(['invalid_date', 'duplicate_key', 'wrong_field_count']));
      expect(quality.skipped).toBeGreaterThan(20);
      expect(quality.used).toBeGreaterThan(2800);
    }
  });

  it('a quote left open mid-file fails the same way in parts as in one thread; left open on the last line, it is quarantined', async () => {
    for (const end of ['\n', '\r\n']) {
      const text = courtExport(3000, end);
      // A quote opened a third of the way in, with no quote after it to close it.
      const at = text.indexOf(end, Math.floor(text.length / 3)) + end.length;
      const file = join(dir, `open-quote-${end.length}.csv`);
      writeFileSync(file, `${text.slice(0, at)}"${text.slice(at).replaceAll('"', '')}`);
      const line = text.slice(0, at).split('\n').length;
      const last = text.split('\n').length - 1;
      expect(last - line).toBeGreaterThan(1500);
      await expect(readBothWays(file, { dataset: cases })).rejects.toThrow(
        `${file}.line[${line}]: a quoted field opened on line ${line} is never closed: it runs to the end of the file (line ${last}), taking ${last - line + 1} lines into one field; fix the quote`,
      );
      const lastLine = join(dir, `open-quote-last-${end.length}.csv`);
      writeFileSync(lastLine, `${text}"(2019)沪01民初9999号,never closed${end}`);
      const { table } = await readBothWays(lastLine, { dataset: cases });
      expect(table.quarantine.at(-1)).toMatchObject({ line: last + 1, code: 'unterminated_quote' });
      expect(table.quality.read).toBe(table.quality.used + table.quality.quarantined + table.quality.skipped);
    }
  });

  it('two files read at once share the workers, and one that turns out GB18030 leaves the other whole', async () => {
    const utf8 = join(dir, 'together-utf8.csv');
    writeFileSync(utf8, courtExport(1500, '\n'));
    // A UTF-8 start, then GBK text: read as UTF-8 until the evidence tips, then read again as GB18030.
    const gbk = join(dir, 'together-gbk.csv');
    const huangpu = Buffer.from([0xbb, 0xc6, 0xc6, 0xd6, 0xc7, 0xf8]);
    const row = Buffer.concat([Buffer.from('2019/1/5,'), huangpu, Buffer.from(',1,0,0\n')]);
    const head =
      'accepted_on,district,arrest_review,prosecution_review,extra_steps\n' + '2019/1/5,D1,1,0,0\n'.repeat(3000);
    writeFileSync(gbk, Buffer.concat([Buffer.from(head), ...new Array<Buffer>(50).fill(row)]));
    const alone = [
      await readDatasetFile(utf8, { dataset: cases, threads: 0 }),
      await readDatasetFile(gbk, { dataset: procuratorate, threads: 0 }),
    ];
    expect(alone[1]!.encoding).toBe('gb18030');
    const together = await inParts(997, 2, () =>
      Promise.all([
        readDatasetFile(utf8, { dataset: cases, threads: 2 }),
        readDatasetFile(gbk, { dataset: procuratorate, threads: 2 }),
      ]),
    );
    expect(together).toEqual(alone);
  });

  it('a worker that cannot start loses nothing: this thread reads the ranges it would have read', async () => {
    const file = join(dir, 'small.csv');
    writeFileSync(file, '受理日期,区,审查逮捕,审查起诉,可避免的程序环节数\n2019/1/5,黄浦区,是,否,1\n'.repeat(20));
    const alone = await readDatasetFile(file, { dataset: procuratorate, threads: 0 });
    expect(alone.table.quality.read).toBe(39);
    await inParts(40, 2, async () => {
      const { csvParallelSettings } = await import('../../src/node/csv-parallel-settings.js');
      csvParallelSettings.script = new URL('./no-such-worker.js', import.meta.url);
      expect(await readDatasetFile(file, { dataset: procuratorate, threads: 2 })).toEqual(alone);
    });
  });
});
