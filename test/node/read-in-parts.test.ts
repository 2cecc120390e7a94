import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtInCatalog } from '../../src/index.js';
import { readBothWays } from '../support/read-both-ways.js';

const dataset = builtInCatalog('procuratorate').datasets[0]!;
const dir = mkdtempSync(join(tmpdir(), 'lawgauge-parts-'));

describe('reading a CSV file in parts with worker threads', () => {
  it('smoke', async () => {
    const file = join(dir, 'a.csv');
    const rows = ['受理日期,区,审查逮捕,审查起诉,可避免的程序环节数'];
    for (let i = 0; i < 300; i++)
      rows.push(`2019/${(i % 12) + 1}/${(i % 28) + 1},"黄浦\n区",是,否,${i % 4}${i % 37 === 0 ? ',x' : ''}`);
    writeFileSync(file, rows.join('\r\n'));
    const result = await readBothWays(file, { dataset });
    expect(result.table.quality.read).toBe(300);
  });
});
