import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LawGaugeError, parseCatalog } from '../../src/index.js';

const text = { 'zh-CN': '指标', en: 'Indicator' };
const count = (id: string, dataset: string, of: Record<string, unknown>): Record<string, unknown> => ({
  id,
  dataset,
  unit: 'count',
  polarity: 'higher-better',
  label: text,
  description: text,
  measure: { kind: 'count', of },
});

/**
 * A catalog with structural problems (a field type and a measure kind nobody has, a polarity
 * spelled wrong) and, in its structurally valid parts, the problems only the rules find (an
 * unknown dataset, a duplicate id, a filter on an unknown field).
 */
const broken = {
  id: 'mine',
  label: text,
  datasets: [
    {
      id: 'cases',
      fields: [
        { name: 'district', type: 'string' },
        { name: 'filed_on', type: 'date' },
      ],
    },
    { id: 'surveys', fields: [{ name: 'district', type: 'strng' }] },
  ],
  indicators: [
    count('filed', 'nosuch', { time: { flow: 'filed_on' } }),
    count('filed', 'cases', { time: { flow: 'filed_on' } }),
    count('by_district', 'cases', { time: { flow: 'filed_on' }, where: { field: 'court', op: 'eq', value: 'x' } }),
    // Reads the broken dataset: what it says of "surveys" waits until that dataset is fixed.
    count('surveyed', 'surveys', { time: { flow: 'nothing' } }),
    {
      ...count('sloppy', 'cases', { time: { flow: 'filed_on' } }),
      polarity: 'up',
      measure: { kind: 'countt', of: {} },
    },
  ],
};

function problemsOf(input: unknown): string[] {
  try {
    parseCatalog(input);
  } catch (error) {
    if (error instanceof LawGaugeError) return error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw error;
  }
  throw new Error('expected parseCatalog to throw');
}

describe('one validation reports every problem it can', () => {
  it('lists the structural problems and, beside them, the rule problems of every structurally valid part', () => {
    expect(problemsOf(broken).sort()).toEqual(
      [
        'datasets.1.fields.0.type: expected one of "string", "integer", "number", "boolean", "date", "datetime", "enum", got "strng"',
        'indicators.4.polarity: expected one of "higher-better", "lower-better", "neutral", got "up"',
        'indicators.4.measure.kind: expected one of "count", "sum", "mean", "median", "min", "max", "quantile", "rate", "ratio", "complement", "rescaledMean", "turnoverDays", got "countt"',
        'indicators.0.dataset: unknown dataset "nosuch"; known: cases',
        'indicators.1.id: duplicate indicator id "filed"',
        'indicators.2.measure.of.where.field: unknown field "court" in dataset "cases"; known: district, filed_on',
      ].sort(),
    );
  });

  it('says the same of a valid structure as before: the rule problems alone', () => {
    const structurallyValid = { ...broken, datasets: [broken.datasets[0]], indicators: broken.indicators.slice(0, 3) };
    expect(problemsOf(structurallyValid)).toEqual([
      'indicators.1.id: duplicate indicator id "filed"',
      'indicators.0.dataset: unknown dataset "nosuch"; known: cases',
      'indicators.2.measure.of.where.field: unknown field "court" in dataset "cases"; known: district, filed_on',
    ]);
  });

  it('lawgauge validate prints them all in one run', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'lawgauge-validate-')), 'catalog.json');
    writeFileSync(file, JSON.stringify(broken));
    let output = '';
    try {
      execFileSync(process.execPath, [new URL('../../bin/lawgauge.js', import.meta.url).pathname, 'validate', file], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    } catch (error) {
      output = String((error as { stderr?: string }).stderr);
      expect((error as { status?: number }).status).toBe(1);
    }
    expect(output).toContain('catalog.indicators[0].dataset: unknown dataset "nosuch"');
    expect(output).toContain('catalog.datasets[1].fields[0].type: expected one of');
    expect(output).toContain('6 problems');
  });
});
