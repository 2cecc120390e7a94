// String columns are dictionary-encoded by their UTF-8 bytes (byte-dictionary.ts): each text has
// one code whichever way its cell was written — plain, quoted, padded, rewritten, or as bytes
// that are not UTF-8 — exactly as a dictionary keyed by the decoded text would give.
import { describe, expect, it } from 'vitest';
import { ingest, ingestCsvBytes, parseMapping, type DictionaryColumn } from '../../src/index.js';
import { spells } from '../../src/ingest/byte-dictionary.js';

const dataset = { id: 'd', fields: [{ name: 'name', type: 'string', required: true }] };
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

function texts(column: DictionaryColumn): string[] {
  return [...column.codes].map((code) => column.dictionary[code]!);
}

describe('string dictionaries keyed by bytes', () => {
  it('plain, quoted and padded spellings of a text share one code', () => {
    const { table } = ingestCsvBytes(dataset, utf8('name\n黄浦\n"黄浦"\n 黄浦 \n黄浦\n"a,b"\na,b\n'));
    const column = table.columns.get('name') as DictionaryColumn;
    expect(column.dictionary).toEqual(['黄浦', 'a,b']);
    expect(texts(column)).toEqual(['黄浦', '黄浦', '黄浦', '黄浦', 'a,b']);
    expect(table.quarantine).toHaveLength(1);
  });

  it('different bytes that decode to the same replacement text share one code', () => {
    const bytes = new Uint8Array([...utf8('name\nx'), 0xff, ...utf8('\nx'), 0xfe, ...utf8('\nx\uFFFD\n')]);
    const column = ingestCsvBytes(dataset, bytes).table.columns.get('name') as DictionaryColumn;
    expect(column.dictionary).toEqual(['x\uFFFD']);
    expect([...column.codes]).toEqual([0, 0, 0]);
  });

  it('a rewritten value is keyed by what it was rewritten to, not by the bytes it was read from', () => {
    const mapping = parseMapping({ d: { columns: { name: 'name' }, values: { name: { 旧: '新' } } } });
    const { table } = ingestCsvBytes(dataset, utf8('name\n旧\n新\n旧\n'), { mapping: mapping['d']! });
    const column = table.columns.get('name') as DictionaryColumn;
    expect(column.dictionary).toEqual(['新']);
    expect([...column.codes]).toEqual([0, 0, 0]);
  });

  it('records given as objects: texts with a lone surrogate keep their own codes', () => {
    const table = ingest(dataset, [{ name: 'a\uD800' }, { name: 'a\uFFFD' }, { name: 'a\uD800' }, { name: 7 }]);
    const column = table.columns.get('name') as DictionaryColumn;
    expect(column.dictionary).toEqual(['a\uD800', 'a\uFFFD', '7']);
    expect([...column.codes]).toEqual([0, 1, 0, 2]);
  });

  it('grows past thousands of distinct texts and finds each again', () => {
    const names = Array.from({ length: 20_000 }, (_, i) => `(2019)沪01民初${i}号`);
    const { table } = ingestCsvBytes(dataset, utf8(`name\n${names.join('\n')}\n${names.join('\n')}\n`));
    const column = table.columns.get('name') as DictionaryColumn;
    expect(column.dictionary).toEqual(names);
    expect(texts(column)).toEqual([...names, ...names]);
  });
});

describe('spells(bytes, start, end, text)', () => {
  it('is true exactly when the bytes are well-formed UTF-8 decoding to the text', () => {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    const samples = ['', 'a', 'é', '黄浦区', '😀', 'x😀y', '\uD800\uDC00', 'Á'];
    const byteSamples = [
      ...samples.map(utf8),
      new Uint8Array([0xc3, 0x41]),
      new Uint8Array([0xed, 0xa0, 0x80, 0xed, 0xb0, 0x80]),
      new Uint8Array([0xe0, 0x80, 0x80]),
      new Uint8Array([0xf0, 0x80, 0x80, 0x80]),
      new Uint8Array([0xf4, 0x90, 0x80, 0x80]),
      new Uint8Array([0xe9, 0xbb]),
      new Uint8Array([0x80]),
    ];
    for (const bytes of byteSamples) {
      let decoded: string | null;
      try {
        decoded = decoder.decode(bytes);
      } catch {
        decoded = null;
      }
      for (const text of samples)
        expect(spells(bytes, 0, bytes.length, text), `${bytes.join(' ')} / ${text}`).toBe(decoded === text);
    }
  });
});
