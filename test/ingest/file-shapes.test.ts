import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tableColumns } from '../../src/cli/engine-compute.js';
import { builtInCatalog, ingestCsv, ingestCsvBytes, LawGaugeError, parseMapping } from '../../src/index.js';

const cases = builtInCatalog('court-case-quality').datasets[0]!;
const header =
  'case_id,court,district,case_type,procedure,filed_on,closed_on,time_limit_days,disposition,mediable,appealed,appeal_outcome,claim_amount,recovered_amount,review_grade';
const row = (id: string): string => `${id},一中院,黄浦区,民事,一审,2019-01-07,2019-03-20,90,判决,否,否,,,,`;
/** A court export without the `excluded_days` column (the catalog defaults it to 0). */
const withoutExcluded = [header, row('A1'), row('A2')].join('\n');

describe('files shaped as systems export them', () => {
  it('reads a file without the column of a field that has a default: every row takes the default, and the column is not listed', () => {
    for (const { table, columns } of [
      ingestCsv(cases, withoutExcluded),
      ingestCsvBytes(cases, new TextEncoder().encode(withoutExcluded)),
    ]) {
      expect(table.quality).toEqual({ read: 2, used: 2, quarantined: 0, skipped: 0 });
      expect(Array.from((table.columns.get('excluded_days') as { values: Int32Array }).values.subarray(0, 2))).toEqual([
        0, 0,
      ]);
      expect(columns.has('excluded_days')).toBe(false);
      expect(columns.get('filed_on')).toBe('filed_on');
    }
  });

  it('a mapping entry null marks a field absent from the file', () => {
    const mapping = parseMapping({ cases: { columns: { review_grade: null } } })['cases']!;
    const file = [
      header.replace(',review_grade', ''),
      ...[row('A1'), row('A2')].map((line) => line.replace(/,$/, '')),
    ].join('\n');
    const { table, columns } = ingestCsv(cases, file, { mapping });
    expect(table.quality).toEqual({ read: 2, used: 2, quarantined: 0, skipped: 0 });
    expect(columns.has('review_grade')).toBe(false);
    // No value in any row: the validity mask has no bit set.
    expect([...(table.columns.get('review_grade')!.validity ?? [1])]).toEqual([0]);
  });

  it('refuses null for a required field without a default, naming it', () => {
    const mapping = parseMapping({ cases: { columns: { district: null } } })['cases']!;
    let error: unknown;
    try {
      ingestCsv(cases, withoutExcluded, { mapping });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(LawGaugeError);
    expect((error as LawGaugeError).issues).toEqual([
      {
        code: 'required_field_absent',
        path: ['mapping', 'columns', 'district'],
        message: 'field "district" is required and has no default, so the mapping cannot mark it absent (null)',
        params: { field: 'district' },
      },
    ]);
  });

  it('validating the mapping against the catalog refuses it the same way (validate and compute agree)', () => {
    expect(() =>
      parseMapping(
        { cases: { columns: { district: null, review_grade: null } } },
        builtInCatalog('court-case-quality').datasets,
      ),
    ).toThrow(
      'mapping.cases.columns.district: field "district" is required and has no default, so the mapping cannot mark it absent (null)',
    );
  });

  it('a database table cannot be told a column is absent: its query names every column it reads', () => {
    expect(() => tableColumns('cases', { review_grade: null, district: '区' })).toThrow(
      '--map: dataset "cases" marks "review_grade" absent (null); that applies to files, and a database table must have the column',
    );
    expect(tableColumns('cases', { district: '区' })).toEqual({ district: '区' });
  });

  it('lawgauge compute --verbose says which fields had no column and what they read as', () => {
    const directory = mkdtempSync(join(tmpdir(), 'lawgauge-shapes-'));
    writeFileSync(join(directory, 'cases.csv'), withoutExcluded);
    // `npm test` builds dist/ (which the command runs from) before the unit tests.
    const run = spawnSync(
      process.execPath,
      [
        new URL('../../bin/lawgauge.js', import.meta.url).pathname,
        'compute',
        '--catalog',
        'court-case-quality',
        '--data',
        `cases=${join(directory, 'cases.csv')}`,
        '--indicator',
        'on_time_closure_rate',
        '--period',
        'year',
        '--from',
        '2019-01-01',
        '--to',
        '2019-12-31',
        '--verbose',
        '--lang',
        'en',
      ],
      { encoding: 'utf8' },
    );
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('  excluded_days ← (no column: default 0)\n');
    // Said without --verbose too: the header may be spelled otherwise.
    expect(run.stderr).toContain(
      'note: cases: no column for "excluded_days" (扣除审限天数); every row reads its default, 0.',
    );
    expect(run.stderr).toContain('  filed_on ← filed_on\n');
  });
});
