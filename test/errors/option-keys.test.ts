// Every public function that takes an options object refuses a key it does not have, as
// invalid_argument with unknown_key (worded in both languages), naming the nearest known key when
// one is close: a misspelt option is never ignored with its default used instead.
import { describe, expect, it } from 'vitest';
import {
  builtInCatalog,
  CsvIngest,
  evaluate,
  formatValue,
  ingest,
  ingestCsv,
  ingestCsvBytes,
  ingestJsonRecords,
  ingestXlsx,
  LawGaugeError,
  REFORM_TASKS_DATASET,
  toCsv,
  toSql,
  wordIssue,
  xlsxSheetNames,
  ZH_CN_ISSUES,
} from '../../src/index.js';
import { checkOptionKeys, type OptionKeys } from '../../src/model/option-keys.js';

const dataset = REFORM_TASKS_DATASET;

function refusal(run: () => unknown): LawGaugeError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(LawGaugeError);
    return error as LawGaugeError;
  }
  throw new Error('not refused');
}

async function asyncRefusal(run: () => Promise<unknown>): Promise<LawGaugeError> {
  const error = await run().then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(LawGaugeError);
  return error as LawGaugeError;
}

describe('checkOptionKeys', () => {
  const KEYS: OptionKeys<{ overdispersion?: boolean; period?: string }> = { overdispersion: true, period: true };

  it('names the nearest known key, in English and Chinese', () => {
    const error = refusal(() => checkOptionKeys({ overdisperson: false }, KEYS));
    expect(error.code).toBe('invalid_argument');
    expect(error.message).toBe('options.overdisperson: unknown key "overdisperson"; did you mean "overdispersion"?');
    expect(error.issues[0]).toMatchObject({
      code: 'unknown_key',
      path: ['overdisperson'],
      params: { key: 'overdisperson', suggestion: 'overdispersion' },
    });
    expect(wordIssue(ZH_CN_ISSUES, error.issues[0]!)).toBe('未知的键 "overdisperson"；是否要用 "overdispersion"？');
  });

  it('suggests nothing when no key is close', () => {
    const error = refusal(() => checkOptionKeys({ colour: 'red' }, KEYS));
    expect(error.message).toBe('options.colour: unknown key "colour"');
    expect(error.issues[0]!.params).toEqual({ key: 'colour' });
    expect(wordIssue(ZH_CN_ISSUES, error.issues[0]!)).toBe('未知的键 "colour"');
  });

  it('does not take a key of Object.prototype for a known one', () => {
    expect(refusal(() => checkOptionKeys({ toString: 1 }, KEYS)).issues[0]!.code).toBe('unknown_key');
  });

  it('is held to its interface by the compiler, both ways', () => {
    // @ts-expect-error a key the interface lacks
    const extra: OptionKeys<{ a?: number }> = { a: true, b: true };
    // @ts-expect-error a key of the interface left out
    const missing: OptionKeys<{ a?: number; b?: number }> = { a: true };
    expect([extra, missing]).toHaveLength(2);
  });
});

describe('the public functions with an options object', () => {
  const csv = 'id,title\n1,a\n';
  const cases: readonly [string, () => unknown, string][] = [
    ['ingest', () => ingest(dataset, [], { feilds: ['id'] } as never), 'fields'],
    ['ingestCsv', () => ingestCsv(dataset, csv, { sourse: 'tasks.csv' } as never), 'source'],
    ['CsvIngest', () => new CsvIngest(dataset, { optinal: ['x'] } as never), 'optional'],
    ['ingestCsvBytes', () => ingestCsvBytes(dataset, new Uint8Array(), { mapings: {} } as never), 'mapping'],
    ['ingestJsonRecords', () => ingestJsonRecords(dataset, [], { capasity: 10 } as never), 'capacity'],
    ['toCsv', () => toCsv([['a']], { bmo: false } as never), 'bom'],
    ['formatValue', () => formatValue(1234, { unit: 'count' }, 'en', { compcat: true } as never), 'compact'],
    ['evaluate', () => evaluate(builtInCatalog('police-presence'), {}, { minSampel: 5 } as never), 'minSample'],
    ['toSql', () => toSql(builtInCatalog('police-presence'), { dialect: 'duckdb', tabels: {} } as never), 'tables'],
  ];
  for (const [name, run, nearest] of cases) {
    it(`${name} refuses a misspelt option, naming "${nearest}"`, () => {
      const error = refusal(run);
      expect(error.code).toBe('invalid_argument');
      expect(error.root).toBe('options');
      expect(error.issues[0]).toMatchObject({ code: 'unknown_key', params: { suggestion: nearest } });
      expect(error.message).toContain(`; did you mean "${nearest}"?`);
    });
  }

  it('ingestXlsx and xlsxSheetNames refuse one before reading the workbook', async () => {
    const bytes = new Uint8Array();
    const sheet = await asyncRefusal(() => ingestXlsx(dataset, bytes, { shet: 2 } as never));
    expect(sheet.issues[0]).toMatchObject({ code: 'unknown_key', params: { key: 'shet', suggestion: 'sheet' } });
    const names = await asyncRefusal(() => xlsxSheetNames(bytes, { sheet: 1 } as never));
    expect(names.message).toBe('options.sheet: unknown key "sheet"');
  });

  it('refuses options that are not an object, and a forbidden key', () => {
    expect(refusal(() => toCsv([['a']], null as never)).message).toBe(
      'options: expected an object of options, got null',
    );
    expect(refusal(() => ingest(dataset, [], [] as never)).message).toBe(
      'options: expected an object of options, got []',
    );
    const forbidden = refusal(() => ingestCsv(dataset, csv, JSON.parse('{"__proto__": {"source": "x"}}') as never));
    expect(forbidden.issues[0]!.code).toBe('forbidden_key');
  });

  it('still takes every documented option, and none', () => {
    expect(toCsv([['a']], { bom: false })).toBe('a\r\n');
    expect(toCsv([['a']])).toBe('\uFEFFa\r\n');
    expect(formatValue(12345, { unit: 'count' }, 'en', { compact: true })).toBe('12K');
    expect(formatValue(12345, { unit: 'count' }, 'en')).toBe('12,345');
    const fields = ['task_id', 'title', 'owner'];
    const table = ingestCsv(dataset, 'task_id,title\nT1,a\n', {
      source: 'tasks.csv',
      fields,
      optional: ['owner'],
      capacity: 4,
    }).table;
    expect(table.quality.read).toBe(1);
    expect(ingest(dataset, [], { lines: [], fields }).quality.read).toBe(0);
  });
});
