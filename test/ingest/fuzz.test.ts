// Any input ends in a table or a named LawGaugeError — never a crash or a hang — and
// rows read = used + quarantined + skipped. Seeds are fixed so a failure reproduces.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtInCatalog, CsvIngest, ingestCsv, LawGaugeError, type Table } from '../../src/index.js';
import {
  ByteCsvIngest,
  ingestCsvBytesInParts,
  compileDatePattern,
  parseBoolean,
  parseNumber,
  parseShanghaiDay,
} from '../../src/internal.js';
import { readBothWays } from '../support/read-both-ways.js';

const dataset = builtInCatalog('procuratorate').datasets[0]!;
const HEADER = '受理日期,区,审查逮捕,审查起诉,可避免的程序环节数\n';

/** Text biased towards CSV structure: delimiters, quotes, line ends, dates, Chinese, full-width digits. */
const csvish = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        ',',
        '"',
        '""',
        '\n',
        '\r\n',
        '\r',
        '2019/3/5',
        '2019-02-30',
        '黄浦区',
        '是',
        '否',
        '３',
        '—',
        ' ',
        '\uFEFF',
        '合计',
        'Total：',
      ),
      fc.string({ maxLength: 4 }),
      fc.string({ unit: 'grapheme', maxLength: 3 }),
    ),
    { maxLength: 60 },
  )
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
  const { read, used, quarantined, skipped } = table.quality;
  expect(read).toBe(used + quarantined + skipped);
  expect(new Set(table.quarantine.map((entry) => entry.row)).size).toBe(quarantined);
  const { blank, footer, title = 0, note = 0 } = table.skippedRows;
  expect(blank + footer + title + note).toBe(skipped);
  expect(table.skippedRows.rows).toHaveLength(Math.min(skipped, 100));
  // A row is either quarantined or skipped, never both.
  const quarantinedRows = new Set(table.quarantine.map((entry) => entry.row));
  for (const row of table.skippedRows.rows) expect(quarantinedRows.has(row.row)).toBe(false);
  for (const column of table.columns.values())
    expect('values' in column ? column.values.length : column.codes.length).toBe(table.length);
}

describe('fuzzing the CSV reader', () => {
  it('any text after a good header: a table with read = used + quarantined + skipped, the same in any chunking and in parts', () => {
    fc.assert(
      fc.property(csvish, fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 40 }), (body, size, part) => {
        const whole = outcome(() => ingestCsv(dataset, HEADER + body).table);
        const chunked = outcome(() => {
          const reader = new CsvIngest(dataset);
          const text = HEADER + body;
          for (let i = 0; i < text.length; i += size) reader.push(text.slice(i, i + size));
          return reader.end().table;
        });
        const bytes = new TextEncoder().encode(HEADER + body);
        const inParts = outcome(() => ingestCsvBytesInParts(dataset, bytes, {}, part, size).table);
        if (whole === 'error') {
          expect(chunked).toBe('error');
          expect(inParts).toBe('error');
          return;
        }
        balanced(whole);
        expect(chunked).toEqual(whole);
        expect(inParts).toEqual(whole);
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
          balanced((await readBothWays(file, { dataset })).table);
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
    // Text with an exponent, including ones that overflow (1e309) or underflow (1e-400) a double.
    const exponentText = fc
      .tuple(fc.integer({ min: -999, max: 999 }), fc.integer({ min: -700, max: 700 }))
      .map(([m, e]) => `${m}e${e}`);
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'grapheme' }),
          fc.double(),
          fc.integer(),
          fc.boolean(),
          fc.constant(null),
          fc.date({ noInvalidDate: false }),
          exponentText,
        ),
        (raw) => {
          const day = parseShanghaiDay(raw);
          expect(day === undefined || Number.isInteger(day)).toBe(true);
          const number = parseNumber(raw);
          expect(number === undefined || Number.isFinite(number)).toBe(true);
          expect([true, false, undefined]).toContain(parseBoolean(raw));
        },
      ),
      { seed: 3, numRuns: 2000 },
    );
  });

  it('any date pattern compiles to a reader or an explanation, and the reader never throws', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('YYYY', 'MM', 'M', 'DD', 'D', 'HH', 'mm', 'ss', '/', '-', '年', '.', ' ', 'x', '('), {
          maxLength: 8,
        }),
        fc.string(),
        (tokens, raw) => {
          const reader = compileDatePattern(tokens.join(''));
          if (typeof reader === 'string') return;
          const day = reader.parse(raw);
          expect(day === undefined || Number.isInteger(day)).toBe(true);
        },
      ),
      { seed: 11, numRuns: 1000 },
    );
  });
});

describe('the byte-level CSV reader agrees with the text reader', () => {
  const court = builtInCatalog('court-case-quality').datasets[0]!;
  const COURT_HEADER =
    'district,case_type,procedure,filed_on,closed_on,time_limit_days,excluded_days,mediable,claim_amount,case_id\n';
  const odd = fc.oneof(fc.constant(''), fc.constantFrom('—', 'N/A', ' 5 ', '"', 'x,y'), fc.string({ maxLength: 5 }));
  const pick = (...values: string[]) =>
    fc.oneof({ weight: 20, arbitrary: fc.constantFrom(...values) }, { weight: 1, arbitrary: odd });
  /** Like `pick`, plus now and then a value that must be quarantined (overflow, underflow, not whole, impossible offset). */
  const pickOr = (bad: readonly string[], ...values: string[]) =>
    fc.oneof({ weight: 20, arbitrary: pick(...values) }, { weight: 1, arbitrary: fc.constantFrom(...bad) });
  const dates = [
    '2019-03-05',
    '2019/3/5',
    '2019.12.31',
    '2019-3-05',
    '20190305',
    '2019年3月5日',
    '2019/2/30',
    '2019-03-05 23:30',
    '２０１９/３/５',
  ];
  const offsets = ['2019-01-05T00:00:00+99:00', '2019-01-05T00:00+14:00', '2019-01-05T00:00-0860'];
  const columns = [
    pick('黄浦区', '徐汇区', ' 静安区', 'Pudong'),
    pick('civil', '民事', '刑事', 'CRIMINAL', 'arbitration'),
    pick('first_instance', '一审', '二审', 'retrial'),
    pickOr(offsets, ...dates),
    pickOr(offsets, ...dates, ''),
    pickOr(['0.5', '1e-400', '1e20', '1e2', '9007199254740993'], '90', '180', '-7', '007', '9999999999', '１２', '1.5'),
    pick('0', '', '3', '1,234', '-0'),
    pick('是', '否', 'true', 'Y', 'n', '0', 'maybe'),
    pickOr(
      ['1e309', '-1e309', '1e-400', '0e-400'],
      '1.50',
      '-0.0',
      '23124.49',
      '1,234.5',
      '3e2',
      '0.1234567890123456',
      '.5',
      '7.',
    ),
    // Mostly distinct case numbers (the dataset's key), now and then one seen before.
    fc.oneof(
      { weight: 10, arbitrary: fc.integer({ min: 1, max: 1e9 }).map((n) => `(2019)沪0101民初${n}号`) },
      { weight: 1, arbitrary: pick('(2019)沪0101民初1号', 'A-1', '=cmd', 'x') },
    ),
  ];
  const quoted = (cell: string) =>
    fc.oneof(
      { weight: 5, arbitrary: fc.constant(cell) },
      { weight: 1, arbitrary: fc.constant(`"${cell.replace(/"/g, '""')}"`) },
    );
  const row = fc
    .tuple(...columns)
    .chain((cells) => fc.tuple(...cells.map(quoted)))
    .map((cells) => cells.join(','));
  /** Blank rows and footer rows as exports write them, and near misses that are not footers. */
  const footerLabel = fc.constantFrom(
    '合计',
    '总计',
    '小计：',
    'Total',
    'TOTALS:',
    ' Subtotal ',
    'Grand  total',
    '"合计"',
    '合计 2019',
    'Totally',
  );
  const blankOrFooter = fc.oneof(
    fc.constantFrom('', ' ', ',,,,,,,,,', ' , ,\t,,,,,,,', '"",,,,,,,,,', ',,'),
    fc
      .tuple(
        footerLabel,
        fc.constantFrom(
          ',,,,,,,,,',
          ',,,,,,,,,1234',
          ',,,,,,,,,"1,234"',
          ',民事,,,,,,,,',
          ',,,,,,,,,,',
          '',
          ',—,-,,,,,,,',
        ),
      )
      .map(([label, rest]) => label + rest),
    fc.tuple(fc.constantFrom('', ',', ',,'), footerLabel).map(([lead, label]) => lead + label + ',,,,,,,'),
  );
  const line = fc.oneof(
    { weight: 8, arbitrary: row },
    { weight: 1, arbitrary: fc.constantFrom('', '"open', 'a,b') },
    { weight: 2, arbitrary: blankOrFooter },
  );
  const body = fc
    .array(line, { maxLength: 25 })
    .chain((lines) => fc.constantFrom('\n', '\r\n').map((end) => lines.join(end)));

  it('on arbitrary rows, in arbitrary byte chunkings and parts: the same table, quarantine included', () => {
    let used = 0;
    fc.assert(
      fc.property(
        body,
        fc.integer({ min: 1, max: 17 }),
        fc.boolean(),
        fc.integer({ min: 1, max: 300 }),
        (text, size, bom, part) => {
          const bytes = new TextEncoder().encode((bom ? '\uFEFF' : '') + COURT_HEADER + text);
          const options = { fields: COURT_HEADER.trim().split(',') };
          const viaText = outcome(() => ingestCsv(court, new TextDecoder().decode(bytes), options).table);
          const viaBytes = outcome(() => {
            const reader = new ByteCsvIngest(court, options);
            for (let i = 0; i < bytes.length; i += size) reader.push(bytes.subarray(i, i + size));
            return reader.end().table;
          });
          const inParts = outcome(() => ingestCsvBytesInParts(court, bytes, options, part, size).table);
          if (viaText === 'error') {
            expect(viaBytes).toBe('error');
            expect(inParts).toBe('error');
            return;
          }
          balanced(viaText);
          used += viaText.quality.used;
          expect(viaBytes).toEqual(viaText);
          expect(inParts).toEqual(viaText);
        },
      ),
      { seed: 2026, numRuns: 500 },
    );
    // The generated rows are mostly good, so committed values and dictionaries are compared too.
    expect(used).toBeGreaterThan(200);
  });

  it('blank and footer rows, the label in a column not kept: read = used + quarantined + skipped, the same table and counts from both readers', () => {
    // `unit` (first, where exports put 合计) and `remark` are not kept; the court fields are.
    const header = `unit,${COURT_HEADER.trim()},remark\n`;
    const options = { fields: COURT_HEADER.trim().split(',') };
    const unit = fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom('一中院', '', ' ') },
      { weight: 1, arbitrary: footerLabel },
    );
    const labelled = fc
      .tuple(unit, row, fc.constantFrom('', 'x', '合计'))
      .map(([first, cells, remark]) => `${first},${cells},${remark}`);
    const footer = fc
      .tuple(footerLabel, fc.constantFrom('', '12', '-'), fc.constantFrom('', '黄浦区'), fc.constantFrom('', '合计'))
      .map(([label, amount, district, remark]) => `${label},${district},,,,,,,,${amount},,${remark}`);
    const exportLine = fc.oneof(
      { weight: 5, arbitrary: labelled },
      { weight: 2, arbitrary: footer },
      { weight: 2, arbitrary: blankOrFooter },
    );
    const exported = fc
      .array(exportLine, { maxLength: 30 })
      .chain((lines) =>
        fc
          .tuple(fc.constantFrom('\n', '\r\n'), fc.boolean())
          .map(([end, trailing]) => lines.join(end) + (trailing ? end : '')),
      );
    const totals = { used: 0, quarantined: 0, skipped: 0 };
    fc.assert(
      fc.property(exported, fc.integer({ min: 1, max: 23 }), fc.integer({ min: 1, max: 200 }), (text, size, part) => {
        const bytes = new TextEncoder().encode(header + text);
        const viaText = ingestCsv(court, header + text, options).table;
        const chunked = new CsvIngest(court, options);
        for (let i = 0; i < text.length + header.length; i += size) chunked.push((header + text).slice(i, i + size));
        const viaBytes = new ByteCsvIngest(court, options);
        for (let i = 0; i < bytes.length; i += size) viaBytes.push(bytes.subarray(i, i + size));
        balanced(viaText);
        expect(chunked.end().table).toEqual(viaText);
        expect(viaBytes.end().table).toEqual(viaText);
        expect(ingestCsvBytesInParts(court, bytes, options, part, size).table).toEqual(viaText);
        totals.used += viaText.quality.used;
        totals.quarantined += viaText.quality.quarantined;
        totals.skipped += viaText.quality.skipped;
      }),
      { seed: 2020, numRuns: 400 },
    );
    // Every outcome is exercised.
    expect(totals.used).toBeGreaterThan(100);
    expect(totals.quarantined).toBeGreaterThan(500);
    expect(totals.skipped).toBeGreaterThan(400);
  });
});
