import { describe, expect, it } from 'vitest';
import {
  builtInCatalog,
  CsvIngest,
  ingestCsv,
  LawGaugeError,
  isValid,
  parseMapping,
  type DictionaryColumn,
} from '../../src/index.js';

const dataset = builtInCatalog('procuratorate').datasets[0]!;
const header = '受理日期,区,审查逮捕,审查起诉,可避免的程序环节数';

function problems(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(LawGaugeError);
    return (error as LawGaugeError).message.split('\n');
  }
  throw new Error('expected a LawGaugeError');
}

/** Three text columns, none required: the records as the parser splits them. */
const cellsDataset = {
  id: 'cells',
  fields: [
    { name: 'a', type: 'string' },
    { name: 'b', type: 'string' },
    { name: 'c', type: 'string' },
  ],
};

/** Each row's cells (null for an empty one) and the lines of the rows skipped or quarantined, from text chunks. */
function tokenize(chunks: readonly string[]): { rows: (string | null)[][]; skipped: number[]; quarantined: number[] } {
  const reader = new CsvIngest(cellsDataset);
  reader.push('a,b,c\n');
  for (const chunk of chunks) reader.push(chunk);
  const { table } = reader.end();
  const columns = ['a', 'b', 'c'].map((name) => table.columns.get(name) as DictionaryColumn);
  const rows = Array.from({ length: table.length }, (_, row) =>
    columns.map((column) => (isValid(column.validity, row) ? column.dictionary[column.codes[row]!]! : null)),
  );
  return {
    rows,
    skipped: table.skippedRows.rows.map((entry) => entry.line!),
    quarantined: table.quarantine.map((entry) => entry.line!),
  };
}

describe('the CSV parser, on text', () => {
  const text = 'a,"b,1",c\r\n"x\r\ny","say ""hi""",\n\n3,4,5';
  const expected = {
    rows: [
      ['a', 'b,1', 'c'],
      ['x\r\ny', 'say "hi"', null],
      ['3', '4', '5'],
    ],
    skipped: [5],
    quarantined: [],
  };

  it('reads CRLF, quoted commas and line breaks, "" escapes, trailing empty cells; skips blank lines; counts physical lines', () => {
    expect(tokenize([text])).toEqual(expected);
  });

  it('gives the same records however the text is split into chunks', () => {
    for (let size = 1; size <= 7; size++) {
      const chunks: string[] = [];
      for (let i = 0; i < text.length; i += size) chunks.push(text.slice(i, i + size));
      expect(tokenize(chunks)).toEqual(expected);
    }
  });

  it('quarantines a quote left open on the last line, with the line it opened on', () => {
    for (const end of ['', '\n', '\r\n', '\r', '\n\n\r\n'])
      expect(tokenize([`a,b,c\n"open,c${end}`])).toEqual({ rows: [['a', 'b', 'c']], skipped: [], quarantined: [3] });
  });

  it('fails, naming both lines, when a quote left open runs over later lines to the end', () => {
    for (const [text, line, last] of [
      ['a,b,c\n"open,c\nd,e,f\n', 3, 4],
      ['a,b,c\r\nx,"open,c\r\nd,e,f\r\n\r\ng,h,i', 3, 6],
      // Lines ending in CR alone (a CR inside a closed quoted field is not counted as a line).
      ['a,b,c\r"x\ry",2,3\rz,"open\rd,e,f\r', 4, 5],
    ] as const) {
      const message = `a quoted field opened on line ${line} is never closed: it runs to the end of the file (line ${last}), taking ${last - line + 1} lines into one field; fix the quote`;
      expect(problems(() => tokenize([text]))).toEqual([`csv.line[${line}]: ${message}`]);
      // However the text is cut into chunks.
      for (const size of [1, 2, 5]) {
        const chunks = Array.from({ length: Math.ceil(text.length / size) }, (_, i) =>
          text.slice(i * size, i * size + size),
        );
        expect(() => tokenize(chunks)).toThrow(message);
      }
    }
  });

  it('keeps a character outside the BMP whole when a chunk ends between its surrogates', () => {
    const emoji = 'x😀y,2,3\n';
    for (let cut = 1; cut < emoji.length; cut++)
      expect(tokenize([emoji.slice(0, cut), emoji.slice(cut)]).rows).toEqual([['x😀y', '2', '3']]);
  });
});

describe('ingestCsv(dataset, text, {mapping})', () => {
  it('drops a BOM, matches Chinese headers by label, ignores extra columns, and says which column fed each field', () => {
    const { table, columns } = ingestCsv(dataset, `\uFEFF${header},备注\n2019/3/5,黄浦区,是,否,2,x\n`);
    expect(table.quality).toEqual({ read: 1, used: 1, quarantined: 0, skipped: 0 });
    expect(columns.get('accepted_on')).toBe('受理日期');
    expect(table.columns.get('extra_steps')).toMatchObject({ type: 'integer', values: Int32Array.from([2]) });
  });

  it('uses the mapping: columns by field, value rewrites, and a date format', () => {
    const mapping = parseMapping(
      {
        procuratorate_cases: {
          columns: { accepted_on: '收案时间', district: '辖区' },
          values: { arrest_review: { Y: '是', N: '否' } },
          formats: { accepted_on: 'DD.MM.YYYY' },
        },
      },
      [dataset],
    );
    const { table } = ingestCsv(
      dataset,
      '收案时间,辖区,审查逮捕,审查起诉,可避免的程序环节数\n05.03.2019,黄浦区,Y,N,0\n2019-03-05,黄浦区,Y,N,0\n',
      { mapping: mapping['procuratorate_cases']! },
    );
    expect(table.quality).toEqual({ read: 2, used: 1, quarantined: 1, skipped: 0 });
    expect(table.columns.get('accepted_on')).toMatchObject({ values: Int32Array.from([17960]) });
    expect(table.columns.get('arrest_review')).toMatchObject({ values: Uint8Array.from([1]) });
    expect(table.quarantine[0]!.message).toBe(
      'dataset "procuratorate_cases", row 2 (line 3), field "accepted_on": "2019-03-05" is not a valid date (expected the date format "DD.MM.YYYY")',
    );
  });

  it('quarantines rows with the wrong number of fields and an unterminated quote, naming the line; read = used + quarantined', () => {
    const { table } = ingestCsv(
      dataset,
      `${header}\n2019/3/5,"黄浦\n区",是,否,1\n2019/3/6,徐汇区,是\n2019/3/7,静安区,是,否,0\n2019/3/8,"长宁区,是,否,0\n`,
    );
    expect(table.quality).toEqual({ read: 4, used: 2, quarantined: 2, skipped: 0 });
    expect(table.quarantine.map(({ row, line, field, code }) => [row, line, field, code])).toEqual([
      [2, 4, '*', 'wrong_field_count'],
      [4, 6, '*', 'unterminated_quote'],
    ]);
    expect(table.quarantine[0]!.reason).toBe('line 4 has 3 fields; the header has 5');
    // The record as written, for the reader who fixes it: no one field can be named.
    expect(table.quarantine[0]!.value).toBe('2019/3/6,徐汇区,是');
    const crlf = ingestCsv(dataset, `${header}\r\n2019/3/6,"徐汇区",是,否,1,9\r\n`).table;
    expect(crlf.quarantine.map(({ line, value }) => [line, value])).toEqual([[2, '2019/3/6,"徐汇区",是,否,1,9']]);
  });

  it('rejects blank and duplicate headers, mapped columns the file lacks and fields with no column, all at once', () => {
    const mapping = parseMapping({ procuratorate_cases: { columns: { accepted_on: '受理时间' } } });
    expect(
      problems(() =>
        ingestCsv(dataset, '区,,区,审查逮捕\n', { mapping: mapping['procuratorate_cases']!, source: 'p.csv' }),
      ),
    ).toEqual([
      'p.csv.header[1]: line 1, column 2: the header is blank',
      'p.csv.header[2]: line 1, column 3: "区" appears twice (first in column 1)',
      'p.csv.mapping.columns.accepted_on: the file has no column "受理时间" for field "accepted_on"; its columns: 区, , 区, 审查逮捕',
      'p.csv.columns.prosecution_review: no column for field "prosecution_review" (looked for "prosecution_review", "审查起诉", "Prosecution review"); its columns: 区, , 区, 审查逮捕; name it in the mapping\'s "columns"',
      // extra_steps has a default (0), so a file may lack its column.
    ]);
  });

  it('an empty text has no header', () => {
    expect(problems(() => ingestCsv(dataset, ''))).toEqual(['csv: the file is empty: no header line']);
  });

  it('streams: pushing the text in pieces gives the same table as one push', () => {
    const text = `${header}\n${Array.from({ length: 50 }, (_, i) => `2019/3/${(i % 28) + 1},"黄浦区",${i % 2 ? '是' : '否'},否,${i % 3}`).join('\r\n')}\r\n`;
    const whole = ingestCsv(dataset, text).table;
    const reader = new CsvIngest(dataset, { capacity: 4 });
    for (let i = 0; i < text.length; i += 13) reader.push(text.slice(i, i + 13));
    const pieces = reader.end().table;
    expect(pieces.quality).toEqual({ read: 50, used: 50, quarantined: 0, skipped: 0 });
    expect(pieces.columns).toEqual(whole.columns);
  });
});
