// Issue 20, "Shapes of real files", for NDJSON: a blank or whitespace-only line holds no record.
// It is counted as skipped (reason `blank`, with its line), as CSV's blank rows are, so that
// read = used + quarantined + skipped — before and after the reader has its keys (1,000 records).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtInCatalog } from '../../src/index.js';
import { readDatasetFile } from '../../src/node/index.js';

const cases = builtInCatalog('court-case-quality').datasets[0]!;
const fields = ['case_id', 'district', 'case_type', 'procedure', 'filed_on'];
const dir = mkdtempSync(join(tmpdir(), 'lawgauge-ndjson-'));

const record = (id: string, filed = '2019-01-07'): string =>
  JSON.stringify({ case_id: id, district: '黄浦区', case_type: '民事', procedure: '一审', filed_on: filed });

async function read(name: string, text: string): Promise<Awaited<ReturnType<typeof readDatasetFile>>> {
  const file = join(dir, name);
  writeFileSync(file, text);
  return readDatasetFile(file, { dataset: cases, fields });
}

describe('blank lines in NDJSON', () => {
  it('are skipped as blank with their lines, among used and quarantined records, CRLF included', async () => {
    const lines = ['', record('A1'), '   ', '\t', record('A2', '2019-02-30'), '{not json', '', record('A3'), '', ''];
    const result = await read('cases.ndjson', lines.join('\r\n'));
    expect(result.format).toBe('ndjson');
    const { table } = result;
    // Ten lines, the last one empty after the final line break is not a line: nine read.
    expect(table.quality).toEqual({ read: 9, used: 2, quarantined: 2, skipped: 5 });
    expect(table.skippedRows).toEqual({
      blank: 5,
      footer: 0,
      title: 0,
      note: 0,
      rows: [
        { row: 1, line: 1, reason: 'blank' },
        { row: 3, line: 3, reason: 'blank' },
        { row: 4, line: 4, reason: 'blank' },
        { row: 7, line: 7, reason: 'blank' },
        { row: 9, line: 9, reason: 'blank' },
      ],
    });
    expect(table.quarantine.map(({ row, line }) => [row, line])).toEqual([
      [5, 5],
      [6, 6],
    ]);
  });

  it('a whitespace-only last line without a line break is a blank line too', async () => {
    const { table } = await read('last.jsonl', `${record('A1')}\n  `);
    expect(table.quality).toEqual({ read: 2, used: 1, quarantined: 0, skipped: 1 });
    expect(table.skippedRows.rows).toEqual([{ row: 2, line: 2, reason: 'blank' }]);
  });

  it('after the first 1,000 records (the keys are known) as before them; blank lines do not count towards the 1,000', async () => {
    const lines: string[] = [];
    for (let i = 0; i < 2500; i++) lines.push(i % 5 === 4 ? ' ' : record(`A${i}`));
    const { table } = await read('many.ndjson', `${lines.join('\n')}\n`);
    expect(table.quality).toEqual({ read: 2500, used: 2000, quarantined: 0, skipped: 500 });
    expect(table.skippedRows.blank).toBe(500);
    expect(table.skippedRows.rows.slice(0, 2)).toEqual([
      { row: 5, line: 5, reason: 'blank' },
      { row: 10, line: 10, reason: 'blank' },
    ]);
    expect(table.skippedRows.rows).toHaveLength(100);
  });

  it('a line longer than the 1 MiB read chunk is one record', async () => {
    const long = JSON.stringify({
      case_id: 'B1',
      district: '黄浦区',
      case_type: '民事',
      procedure: '一审',
      filed_on: '2019-01-07',
      note: 'x'.repeat(3 * 2 ** 20),
    });
    const { table } = await read('long.ndjson', `${record('A1')}\n\n${long}\n${record('A2')}\n`);
    expect(table.quality).toEqual({ read: 4, used: 3, quarantined: 0, skipped: 1 });
    expect(table.skippedRows.rows).toEqual([{ row: 2, line: 2, reason: 'blank' }]);
  });
});
