// A CSV file without its dataset's key column is refused the same way in one thread and by worker
// threads reading it in parts (the header is planned once, on the calling thread's side too), and
// read with the mapping marking the key absent.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LawGaugeError, parseMapping } from '../../src/index.js';
import { casesDataset } from '../support/court-catalog.js';
import { readBothWays } from '../support/read-both-ways.js';

const cases = casesDataset();
const dir = mkdtempSync(join(tmpdir(), 'lawgauge-key-column-'));
const rows = Array.from({ length: 200 }, (_, i) => `黄浦区,2019-01-${String((i % 28) + 1).padStart(2, '0')},`);
const file = join(dir, 'keyless.csv');
writeFileSync(file, ['district,filed_on,closed_on', ...rows, rows[0]].join('\n'));
const fields = ['district', 'filed_on'];

describe('a CSV file without the key column', () => {
  it('is refused in one thread and in parts alike, naming the key', async () => {
    const error = await readBothWays(file, { dataset: cases, fields }).then(
      () => null,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(LawGaugeError);
    expect((error as LawGaugeError).issues[0]).toMatchObject({
      code: 'missing_column',
      params: { field: 'case_id', key: true, absent_allowed: true },
    });
  });

  it('is read without the duplicate check when the mapping marks the key absent (the repeated row is used)', async () => {
    const mapping = parseMapping({ cases: { columns: { case_id: null } } }, [cases])['cases']!;
    const { table } = await readBothWays(file, { dataset: cases, fields, mapping });
    expect(table.quality).toEqual({ read: 201, used: 201, quarantined: 0, skipped: 0 });
    expect(table.rulesWithoutColumns).toEqual([{ rule: 'key', missing: ['case_id'] }]);
  });
});
