// How many invalid sequences a quarantined row is said to hold: the number of U+FFFD the WHATWG
// UTF-8 decoder (TextDecoder) writes for its bytes, whatever the chunks the file arrives in.
import fc from 'fast-check';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtInCatalog, ZH_CN_ISSUES, wordIssue } from '../../src/index.js';
import { Utf8Check } from '../../src/ingest/utf8-check.js';
import { readDatasetFile } from '../../src/node/index.js';

const replacements = (bytes: Uint8Array): number =>
  [...new TextDecoder().decode(bytes)].filter((char) => char === '\uFFFD').length;

describe('invalid UTF-8 sequences are counted as the WHATWG decoder counts its replacements', () => {
  it('by Utf8Check, over any chunking (fast-check, seeded)', () => {
    const bytes = fc.array(
      fc.constantFrom(
        0x41,
        0x2c,
        0x0a,
        0xff,
        0xfe,
        0x80,
        0xbf,
        0xc0,
        0xc2,
        0xe4,
        0xb8,
        0xad,
        0xe9,
        0xf0,
        0x9f,
        0xed,
        0xa0,
      ),
      { minLength: 1, maxLength: 24 },
    );
    fc.assert(
      fc.property(bytes, fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 24 }), (input, steps) => {
        const all = Uint8Array.from(input);
        const check = new Utf8Check();
        let counted = 0;
        for (let at = 0, k = 0; at < all.length; k++) {
          const step = steps[k % steps.length]!;
          counted += check.chunk(all.subarray(at, at + step)).length;
          at += step;
        }
        counted += check.end().length;
        expect(counted).toBe(replacements(all));
      }),
      { seed: 20261208, numRuns: 1500 },
    );
  });

  it('in the reason of a quarantined row: one stray byte is one, two adjacent or apart are two', async () => {
    const cases = builtInCatalog('court-case-quality').datasets.find((dataset) => dataset.id === 'cases')!;
    const bad: [string, number[]][] = [
      ['A1', [0xff]],
      ['A2', [0xff, 0xff]],
      ['A3', [0xff, 0x78, 0xff]],
      ['A4', [0xe9, 0xbb]],
      ['A5', [0xe9, 0xbb, 0x84, 0xff]], // 黄 then a stray byte
    ];
    const good = Array.from({ length: 40 }, (_, i) => Buffer.from(`B${i},黄浦区,2019-01-02,2019-01-05\n`));
    const file = Buffer.concat([
      Buffer.from('case_id,district,filed_on,closed_on\n'),
      ...good,
      ...bad.map(([id, bytes]) =>
        Buffer.concat([Buffer.from(`${id},`), Buffer.from(bytes), Buffer.from(',2019-01-02,\n')]),
      ),
    ]);
    const path = join(mkdtempSync(join(tmpdir(), 'lawgauge-utf8-count-')), 'cases.csv');
    writeFileSync(path, file);
    for (const encoding of ['utf-8', 'auto'] as const) {
      const { table } = await readDatasetFile(path, {
        dataset: cases,
        encoding,
        fields: ['case_id', 'district', 'filed_on', 'closed_on'],
      });
      const counts = table.quarantine.map((entry) => (entry.params as { count: number }).count);
      expect(counts).toEqual(bad.map(([, bytes]) => replacements(Uint8Array.from(bytes))));
      expect(counts).toEqual([1, 2, 2, 1, 1]);
      const [one, two] = table.quarantine;
      expect(one!.reason).toBe(
        `the bytes at byte ${file.indexOf(0xff)} (0xFF) are not valid UTF-8; the row is not read`,
      );
      expect(two!.reason).toContain('(0xFF) are not valid UTF-8 (2 such sequences in the row); the row is not read');
      expect(wordIssue(ZH_CN_ISSUES, one!)).not.toContain('该行共');
      expect(wordIssue(ZH_CN_ISSUES, two!)).toContain('不是有效的 UTF-8（该行共 2 处）');
    }
  });
});
