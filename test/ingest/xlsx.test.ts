import fc from 'fast-check';
import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { LawGaugeError, xlsxSheetNames, type XlsxSource } from '../../src/index.js';
import { parseShanghaiDay, readXlsxRows, type XlsxRow } from '../../src/internal.js';
import { isDateFormatCode, serialDateText } from '../../src/ingest/xlsx/index.js';
import {
  writeXlsx,
  type XlsxCellValue,
  type XlsxRowInput,
  type XlsxSheetInput,
  type WriteXlsxOptions,
} from '../../scripts/write-xlsx.js';

async function rows(source: XlsxSource, sheet?: string | number): Promise<XlsxRow[]> {
  const out: XlsxRow[] = [];
  for await (const row of readXlsxRows(source, sheet === undefined ? {} : { sheet })) out.push(row);
  return out;
}

async function readBack(input: readonly XlsxRowInput[], options: WriteXlsxOptions = {}): Promise<XlsxRow[]> {
  return rows(writeXlsx([{ name: 'Sheet1', rows: input }], options));
}

async function failure(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (error) {
    expect(error).toBeInstanceOf(LawGaugeError);
    return (error as LawGaugeError).message;
  }
  throw new Error('expected a LawGaugeError');
}

describe('readXlsxRows', () => {
  it('reads shared and inline strings, rich text, numbers, booleans, errors and formula results', async () => {
    const read = await readBack([
      [
        '案件',
        { inline: 'inline <&> "q"' },
        { rich: ['bold', ' and plain'] },
        3,
        -0.1,
        1e21,
        0.30000000000000004,
        true,
        false,
        { error: '#N/A' },
        { formula: 'A1&"x"', value: '案件x' },
        { formula: '1+1', value: 2 },
      ],
      [' padded ', 'tab\there', 'line\r\nbreak', '_x0041_ literal'],
    ]);
    expect(read).toEqual([
      {
        row: 1,
        cells: [
          '案件',
          'inline <&> "q"',
          'bold and plain',
          '3',
          '-0.1',
          '1e+21',
          '0.3', // stored 0.30000000000000004 (=0.1+0.2): Excel shows and holds 15 significant digits
          'true',
          'false',
          '#N/A',
          '案件x',
          '2',
        ],
      },
      { row: 2, cells: [' padded ', 'tab\there', 'line\r\nbreak', '_x0041_ literal'] },
    ]);
  });

  it('writes the same values as inline strings or shared strings', async () => {
    const input = [
      ['a', 'b & c', '中文'],
      ['a', '', 'z'],
    ];
    expect(await readBack(input, { sharedStrings: false })).toEqual(await readBack(input));
  });

  it('keeps row numbers across missing rows and fills missing cells with null', async () => {
    const read = await readBack([
      { row: 2, cells: ['a', null, 'c'] },
      { row: 7, cells: [null, null, null, 'd'] },
      { row: 8, cells: [] },
    ]);
    expect(read).toEqual([
      { row: 2, cells: ['a', null, 'c'] },
      { row: 7, cells: [null, null, null, 'd'] },
      { row: 8, cells: [] },
    ]);
  });

  it('counts rows and cells when a writer leaves out the r= references', async () => {
    expect(
      await readBack(
        [
          ['a', 'b'],
          [1, 2],
        ],
        { references: false },
      ),
    ).toEqual([
      { row: 1, cells: ['a', 'b'] },
      { row: 2, cells: ['1', '2'] },
    ]);
  });

  it('gives dates as YYYY-MM-DD and date-times as YYYY-MM-DDTHH:MM:SS, which the date parser reads (1900 system)', async () => {
    const [row] = await readBack([
      [
        { date: '2019-03-05' },
        { date: '2019-03-05T14:30:15' },
        { date: '1900-03-01' },
        { serial: 60 },
        { serial: 59 },
        { serial: 1 },
        { date: '2019-12-31', format: 'yyyy"年"m"月"d"日"' },
        { serial: 43529, format: 'm/d/yy' },
      ],
    ]);
    expect(row!.cells).toEqual([
      '2019-03-05',
      '2019-03-05T14:30:15',
      '1900-03-01',
      '1900-02-29',
      '1900-02-28',
      '1900-01-01',
      '2019-12-31',
      '2019-03-05',
    ]);
    expect(parseShanghaiDay(row!.cells[1])).toBe(parseShanghaiDay('2019-03-05'));
    // Excel's 1900-02-29 never was: it reads as no date, so ingest quarantines it.
    expect(parseShanghaiDay(row!.cells[3])).toBeUndefined();
  });

  it('honours the 1904 date system', async () => {
    const [row] = await readBack(
      [[{ date: '2019-03-05' }, { serial: 0 }, { serial: 60 }, { date: '2019-03-05T08:00:00' }]],
      { date1904: true },
    );
    expect(row!.cells).toEqual(['2019-03-05', '1904-01-01', '1904-03-01', '2019-03-05T08:00:00']);
  });

  it('converts serials, with Excel 1900 leap-year bug and second rounding', () => {
    expect(serialDateText(43529, false)).toBe('2019-03-05');
    expect(serialDateText(43529 + 0.5, false)).toBe('2019-03-05T12:00:00');
    expect(serialDateText(43529.99999999, false)).toBe('2019-03-06');
    expect(serialDateText(0.25, false)).toBe('06:00:00');
    expect(serialDateText(60, false)).toBe('1900-02-29');
    expect(serialDateText(61, false)).toBe('1900-03-01');
    expect(serialDateText(-1, false)).toBe('-1');
    expect(serialDateText(43529 - 1462, true)).toBe('2019-03-05');
  });

  it('tells date formats from number formats', () => {
    for (const code of [
      'yyyy-mm-dd',
      'm/d/yy',
      'yyyy"年"m"月"d"日"',
      '[$-804]yyyy/m/d',
      'h:mm AM/PM',
      '[h]:mm:ss',
      'dd-mmm',
    ])
      expect(isDateFormatCode(code), code).toBe(true);
    for (const code of ['General', '0.00', '#,##0;[Red]-#,##0', '"day"0', '0.00E+00', '[DBNum1]0', '@', '0_);\\(0\\)'])
      expect(isDateFormatCode(code), code).toBe(false);
  });

  it('chooses a sheet by name or 1-based index; an unknown one lists the sheets', async () => {
    const sheets: XlsxSheetInput[] = [
      { name: '说明', rows: [['about']] },
      { name: 'cases', rows: [['case_id'], ['X1']] },
    ];
    const bytes = writeXlsx(sheets);
    expect(await xlsxSheetNames(bytes)).toEqual(['说明', 'cases']);
    expect((await rows(bytes)).map((row) => row.cells)).toEqual([['about']]);
    expect((await rows(bytes, 'cases')).map((row) => row.cells)).toEqual([['case_id'], ['X1']]);
    expect((await rows(bytes, 2)).map((row) => row.cells)).toEqual([['case_id'], ['X1']]);
    expect(await failure(() => rows(bytes, 'Sheet9'))).toContain('no sheet "Sheet9"; its sheets: "说明", "cases"');
    expect(await failure(() => rows(bytes, 3))).toContain('there is no sheet 3; its sheets: "说明", "cases"');
  });

  it('reads from chunks and from random access alike', async () => {
    const bytes = writeXlsx([
      {
        name: 'S',
        rows: [
          ['a', 1],
          ['b', 2],
        ],
      },
    ]);
    const expected = await rows(bytes);
    async function* chunks(): AsyncGenerator<Uint8Array> {
      for (let at = 0; at < bytes.length; at += 100) yield bytes.slice(at, at + 100);
    }
    expect(await rows(chunks())).toEqual(expected);
    expect(
      await rows({ size: bytes.length, read: async (offset, length) => bytes.slice(offset, offset + length) }),
    ).toEqual(expected);
  });

  it('refuses a file that is not a zip, a zip that is not a workbook, and an old .xls', async () => {
    expect(await failure(() => rows(strToU8('case_id,court\nX1,上海\n')))).toContain(
      'not an Excel workbook (.xlsx): the file is not a zip archive',
    );
    expect(await failure(() => rows(zipSync({ 'word/document.xml': strToU8('<w:document/>') })))).toContain(
      'not an Excel workbook (.xlsx): no xl/workbook.xml (it is a Word document)',
    );
    const cfb = new Uint8Array(1024);
    cfb.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const message = await failure(() => rows(cfb));
    expect(message).toContain('old binary Excel file (.xls) or a password-protected workbook');
    expect(message).toContain('save it as .xlsx');
    expect(await failure(() => rows(new Uint8Array(0)))).toContain('not a zip archive');
  });

  it('reads what other writers write: prefixes, spans, formulas, phonetic runs, no styles, CDATA', async () => {
    const sheet = `<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>
      <x:row r="1" spans="1:3" x14ac:dyDescent="0.25"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="C1" t="inlineStr"><x:is><x:t><![CDATA[a<b]]></x:t></x:is></x:c></x:row>
      <x:row r="3"><x:c r="B3"><x:f>SUM(1,2)</x:f><x:v>3</x:v></x:c><x:c r="C3" t="str"><x:f>"a"&amp;"b"</x:f><x:v>ab</x:v></x:c><x:c r="D3" s="0"/></x:row>
    </x:sheetData></x:worksheet>`;
    const bytes = zipSync({
      '[Content_Types].xml': strToU8('<Types/>'),
      '_rels/.rels': strToU8(
        '<Relationships><Relationship Id="r1" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument" Target="/xl/wb.xml"/></Relationships>',
      ),
      'xl/wb.xml': strToU8(
        '<x:workbook xmlns:x="m" xmlns:r="r"><x:sheets><x:sheet name="A&amp;B" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>',
      ),
      'xl/_rels/wb.xml.rels': strToU8(
        '<Relationships><Relationship Id="rId1" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet" Target="sheets/one.xml"/><Relationship Id="rId2" Type="x/sharedStrings" Target="strings.xml"/></Relationships>',
      ),
      'xl/sheets/one.xml': strToU8(sheet),
      'xl/strings.xml': strToU8(
        '<sst><si><r><t>漢</t></r><r><t xml:space="preserve"> 字</t></r><rPh sb="0" eb="1"><t>かん</t></rPh></si></sst>',
      ),
    });
    expect(await xlsxSheetNames(bytes)).toEqual(['A&B']);
    expect(await rows(bytes)).toEqual([
      { row: 1, cells: ['漢 字', null, 'a<b'] },
      { row: 3, cells: [null, '3', 'ab'] },
    ]);
  });

  it('reads back random rows as written (property)', async () => {
    // Whole Excel escapes as units too (`_x0041_`, `_x005F_`): text that looks like one must come back as written.
    const text = fc.string({
      unit: fc.constantFrom('a', 'Z', ' ', '&', '<', '"', '_', 'x', '0', '中', '\t', '\n', '😀', '_x0041_', '_x005F_'),
      maxLength: 12,
    });
    const cell: fc.Arbitrary<XlsxCellValue> = fc.oneof(
      text,
      text.map((inline) => ({ inline })),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
    );
    const expectedText = (value: XlsxCellValue): string | null => {
      if (value === null || value === undefined) return null;
      if (typeof value === 'string') return value;
      // Excel's precision: 15 significant digits (and no -0).
      if (typeof value === 'number') return String(Number(value.toPrecision(15)));
      if (typeof value === 'boolean') return String(value);
      return 'inline' in value ? value.inline : null;
    };
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 20 }),
        fc.boolean(),
        async (input, shared) => {
          const read = await readBack(input, { sharedStrings: shared });
          const expected = input.map((cells, i) => {
            const texts = cells.map(expectedText);
            while (texts.length > 0 && texts[texts.length - 1] === null) texts.pop();
            return { row: i + 1, cells: texts };
          });
          expect(read).toEqual(expected);
        },
      ),
      { numRuns: 150 },
    );
  });
});
