// String columns are dictionary-encoded by their UTF-8 bytes (byte-dictionary.ts): each text has
// one code whichever way its cell was written — plain, quoted, padded, rewritten, or as bytes
// that are not UTF-8 — exactly as a dictionary keyed by the decoded text would give.
import { describe, expect, it } from 'vitest';
import { ingest, ingestCsvBytes, parseMapping, type DictionaryColumn } from '../../src/index.js';

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
