// Issue 20, "Overflow becomes Infinity": JSON.parse turns 1e309 into Infinity, 1e-400 into 0 and
// 1.0000000000000001 into 1 without a word. JSON and NDJSON files are read with such numbers as
// their text, so ingest refuses them as it does in a CSV cell, with the value as written.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtInCatalog } from '../../src/index.js';
import { readDatasetFile } from '../../src/node/index.js';
import { jsonNumbersAsWritten } from '../../src/node/json-numbers-as-written.js';

const cases = builtInCatalog('court-case-quality').datasets[0]!;
const fields = ['case_id', 'district', 'case_type', 'procedure', 'filed_on', 'time_limit_days', 'claim_amount'];
const dir = mkdtempSync(join(tmpdir(), 'lawgauge-json-numbers-'));
const base = { district: '黄浦区', case_type: '民事', procedure: '一审', filed_on: '2019-01-07' };
const lines = [
  `{"case_id":"A1","district":"黄浦区","case_type":"民事","procedure":"一审","filed_on":"2019-01-07","time_limit_days":1e-400}`,
  `{"case_id":"A2","district":"黄浦区","case_type":"民事","procedure":"一审","filed_on":"2019-01-07","claim_amount":1e309}`,
  `{"case_id":"A3","district":"黄浦区","case_type":"民事","procedure":"一审","filed_on":"2019-01-07","time_limit_days":1.0000000000000001}`,
  JSON.stringify({ case_id: 'A4 "1e-400" in text', ...base, time_limit_days: 90, claim_amount: 1.5e3 }),
];

describe('numbers a double cannot hold as written, in JSON and NDJSON files', () => {
  it('are refused with the value as written, in NDJSON and in a JSON array', async () => {
    for (const [name, text] of [
      ['cases.ndjson', lines.join('\n')],
      ['cases.json', `[${lines.join(',\n')}]`],
    ] as const) {
      const file = join(dir, name);
      writeFileSync(file, text);
      const { table } = await readDatasetFile(file, { dataset: cases, fields });
      expect(table.quality).toEqual({ read: 4, used: 1, quarantined: 3, skipped: 0 });
      expect(table.quarantine.map(({ field, value, code }) => [field, value, code])).toEqual([
        ['time_limit_days', '1e-400', 'invalid_integer'],
        ['claim_amount', '1e309', 'invalid_number'],
        ['time_limit_days', '1.0000000000000001', 'invalid_integer'],
      ]);
    }
  });

  it('leave every other number, and strings that look like numbers, as they are', () => {
    const text =
      '{"a":1e2,"b":-0.5,"c":"1e-400","d":"x\\"1e309","e":100000000000000000000,"f":0.1,"g":-0,"h":12345678901234567}';
    expect(JSON.parse(jsonNumbersAsWritten(text))).toEqual({
      a: 100,
      b: -0.5,
      c: '1e-400',
      d: 'x"1e309',
      e: 1e20,
      f: 0.1,
      g: -0,
      h: '12345678901234567',
    });
    expect(jsonNumbersAsWritten('{"a":1,"b":[2,3]}')).toBe('{"a":1,"b":[2,3]}');
  });
});
