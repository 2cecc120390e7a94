// A chunk may end anywhere: inside a BOM, between CR and LF, inside a quoted field's line break,
// inside a multi-byte character (UTF-8 or GB18030), or just before a bad row. Every split of these
// files gives the table the whole file gives, and the bad row keeps its own line number; so does
// every way of cutting them into parts read by separate readers (as worker threads read a file).
import { describe, expect, it } from 'vitest';
import { CsvIngest, ingestCsvBytes, type DictionaryColumn, type Table } from '../../src/index.js';
import { ByteCsvIngest, ingestCsvBytesInParts } from '../../src/internal.js';

const dataset = {
  id: 'd',
  fields: [
    { name: 'name', type: 'string', required: true },
    { name: 'n', type: 'integer', required: true },
  ],
};

const TEXT = '\uFEFFname,n\r\n黄浦区,1\r\n"浦\r\n东😀",2\r\n坏,x\r\n';
/** TEXT in GB18030 (its BOM is 84 31 95 33; 😀 is the four bytes 94 39 FC 36), as Python's codec writes it. */
const GB18030 = Uint8Array.from([
  132, 49, 149, 51, 110, 97, 109, 101, 44, 110, 13, 10, 187, 198, 198, 214, 199, 248, 44, 49, 13, 10, 34, 198, 214, 13,
  10, 182, 171, 148, 57, 252, 54, 34, 44, 50, 13, 10, 187, 181, 44, 120, 13, 10,
]);

function expectTheTable(table: Table): void {
  const names = table.columns.get('name') as DictionaryColumn;
  expect([...names.codes].map((code) => names.dictionary[code])).toEqual(['黄浦区', '浦\r\n东😀']);
  expect(table.quality).toEqual({ read: 3, used: 2, quarantined: 1, skipped: 0 });
  expect(table.quarantine.map(({ row, line, field }) => ({ row, line, field }))).toEqual([
    { row: 3, line: 5, field: 'n' },
  ]);
}

describe('chunk boundaries', () => {
  it('UTF-8 bytes split at every offset, in two and in three pieces', () => {
    const bytes = new TextEncoder().encode(TEXT);
    expectTheTable(ingestCsvBytes(dataset, bytes).table);
    for (let cut = 1; cut < bytes.length; cut++) {
      for (const second of [cut, Math.min(bytes.length, cut + 3)]) {
        const reader = new ByteCsvIngest(dataset);
        reader.push(bytes.subarray(0, cut));
        reader.push(bytes.subarray(cut, second));
        reader.push(bytes.subarray(second));
        expectTheTable(reader.end().table);
      }
    }
  });

  it('UTF-8 and GB18030 bytes read in parts of every size, fed in blocks of every size', () => {
    const utf8 = new TextEncoder().encode(TEXT);
    for (let part = 1; part <= utf8.length; part++)
      for (let block = 1; block <= utf8.length; block++)
        expectTheTable(ingestCsvBytesInParts(dataset, utf8, {}, part, block).table);
    for (let part = 1; part <= GB18030.length; part++)
      for (let block = 1; block <= GB18030.length; block++)
        expectTheTable(ingestCsvBytesInParts(dataset, GB18030, { encoding: 'gb18030' }, part, block).table);
  });

  it('GB18030 bytes split at every offset, decoded as a stream and read as text', () => {
    for (let cut = 0; cut <= GB18030.length; cut++) {
      const decoder = new TextDecoder('gb18030');
      const reader = new CsvIngest(dataset);
      reader.push(decoder.decode(GB18030.subarray(0, cut), { stream: true }));
      reader.push(decoder.decode(GB18030.subarray(cut), { stream: true }));
      reader.push(decoder.decode());
      expectTheTable(reader.end().table);
    }
  });

  it('text split at every character, surrogate pairs included', () => {
    for (let cut = 0; cut <= TEXT.length; cut++) {
      const reader = new CsvIngest(dataset);
      reader.push(TEXT.slice(0, cut));
      reader.push(TEXT.slice(cut));
      expectTheTable(reader.end().table);
    }
  });
});
