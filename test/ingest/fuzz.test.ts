// Any input ends in a table or a named LawGaugeError — never a crash or a hang — and
// rows read = used + quarantined. Seeds are fixed so a failure reproduces.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtInCatalog, compileDatePattern, CsvIngest, ingestCsv, LawGaugeError, parseBoolean, parseNumber, parseShanghaiDay, type Table } from '../../src/index.js';
import { readDatasetFile } from '../../src/node/index.js';

const dataset = builtInCatalog('procuratorate').datasets[0]!;
const HEADER = '受理日期,区,审查逮捕,审查起诉,可避免的程序环节数\n';

/** Text biased towards CSV structure: delimiters, quotes, line ends, dates, Chinese, full-width digits. */
const csvish = fc
  .array(fc.oneof(fc.constantFrom(',', '"', '""', '\n', '\r\n', '\r', '2019/3/5', '2019-02-30', '黄浦区', '是', '否', '３', '—', ' ', '\uFEFF'), fc.string({ maxLength: 4 }), fc.string({ unit: 'grapheme', maxLength: 3 })), { maxLength: 60 })
  .map((parts) => parts.join(''));

function outcome(run: () => Table): Table | 'error' {
  try {
    return run();
  } catch (error) {
    expect(error).toBeInstanceOf(LawGaugeError);
    return 'error';
  }
}

function balanced(table: Table): void {
  expect(table.quality.read).toBe(table.quality.used + table.quality.quarantined);
  expect(new Set(table.quarantine.map((entry) => entry.row)).size).toBe(table.quality.quarantined);
  for (const column of table.columns.values()) expect('values' in column ? column.values.length : column.codes.length).toBe(table.length);
}

describe('fuzzing the CSV reader', () => {
  it('any text after a good header: a table with read = used + quarantined, the same in any chunking', () => {
    fc.assert(
      fc.property(csvish, fc.integer({ min: 1, max: 9 }), (body, size) => {
        const whole = outcome(() => ingestCsv(dataset, HEADER + body).table);
        const chunked = outcome(() => {
          const reader = new CsvIngest(dataset);
          const text = HEADER + body;
          for (let i = 0; i < text.length; i += size) reader.push(text.slice(i, i + size));
          return reader.end().table;
        });
        if (whole === 'error') return expect(chunked).toBe('error');
        balanced(whole);
        expect(chunked).toEqual(whole);
      }),
      { seed: 20191127, numRuns: 400 },
    );
  });

  it('any text at all, header included: a table or a named error', () => {
    fc.assert(
      fc.property(csvish, (text) => {
        const result = outcome(() => ingestCsv(dataset, text).table);
        if (result !== 'error') balanced(result);
      }),
      { seed: 7, numRuns: 400 },
    );
  });

  it('any bytes in a file, decoded with auto detection: a table or a named error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lawgauge-fuzz-'));
    const file = join(dir, 'data.csv');
    const header = new TextEncoder().encode(HEADER);
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 200 }), fc.boolean(), async (bytes, withHeader) => {
        writeFileSync(file, withHeader ? Buffer.concat([header, bytes]) : bytes);
        try {
          balanced((await readDatasetFile(file, { dataset })).table);
        } catch (error) {
          expect(error).toBeInstanceOf(LawGaugeError);
        }
      }),
      { seed: 42, numRuns: 150 },
    );
  });
});

describe('fuzzing the value parsers', () => {
  it('never throw, and give a finite number, a boolean, or undefined', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.double(), fc.integer(), fc.boolean(), fc.constant(null), fc.date({ noInvalidDate: false })), (raw) => {
        const day = parseShanghaiDay(raw);
        expect(day === undefined || Number.isInteger(day)).toBe(true);
        const number = parseNumber(raw);
        expect(number === undefined || Number.isFinite(number)).toBe(true);
        expect([true, false, undefined]).toContain(parseBoolean(raw));
      }),
      { seed: 3, numRuns: 2000 },
    );
  });

  it('any date pattern compiles to a reader or an explanation, and the reader never throws', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('YYYY', 'MM', 'M', 'DD', 'D', 'HH', 'mm', 'ss', '/', '-', '年', '.', ' ', 'x', '('), { maxLength: 8 }), fc.string(), (tokens, raw) => {
        const reader = compileDatePattern(tokens.join(''));
        if (typeof reader === 'string') return;
        const day = reader.parse(raw);
        expect(day === undefined || Number.isInteger(day)).toBe(true);
      }),
      { seed: 11, numRuns: 1000 },
    );
  });
});
