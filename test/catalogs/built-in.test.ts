import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_CATALOGS,
  builtInCatalog,
  evaluate,
  extendCatalog,
  ingest,
  LawGaugeError,
  type BuiltInCatalogName,
  type Report,
} from '../../src/index.js';
import { fixture } from '../support/fixtures.js';
import { rowOf } from '../support/report-lookup.js';

describe('builtInCatalog(name)', () => {
  it.each(BUILT_IN_CATALOGS)(
    'loads and validates %s, with both languages and a methodology on every indicator',
    (name) => {
      const catalog = builtInCatalog(name);
      expect(catalog.id).toBe(name);
      for (const indicator of catalog.indicators) {
        expect(indicator.label['zh-CN'].length).toBeGreaterThan(0);
        expect(indicator.description.en.length).toBeGreaterThan(0);
        expect(indicator.methodology?.['zh-CN'].length).toBeGreaterThan(10);
        expect(indicator.methodology?.en.length).toBeGreaterThan(20);
        // Every indicator with a direction has documented default thresholds; counts say why they have none.
        if (indicator.thresholds !== undefined) expect(indicator.methodology!.en).toContain('Default thresholds are');
        else expect(indicator.unit).toBe('count');
      }
    },
  );

  it('ships the indicators DOMAIN.md lists', () => {
    expect(builtInCatalog('court-case-quality').indicators.map((indicator) => indicator.id)).toEqual([
      'filed_cases',
      'closed_cases',
      'pending_cases',
      'clearance_rate',
      'closed_filed_ratio',
      'on_time_closure_rate',
      'avg_trial_days',
      'median_trial_days',
      'long_pending_ratio',
      'appeal_rate',
      'acceptance_rate',
      'reversal_remand_rate',
      'mediation_withdrawal_rate',
      'enforcement_recovery_rate',
      'review_pass_rate',
      'disposition_time',
    ]);
    expect(builtInCatalog('police-presence').indicators.map((indicator) => indicator.id)).toEqual([
      'street_visibility_rate',
      'duty_engagement_rate',
      'community_meeting_rate',
      'safety_feeling_rate',
      'police_satisfaction_rate',
      'police_satisfaction_index',
    ]);
    const index = builtInCatalog('court-case-quality').composites!.find(
      (composite) => composite.id === 'case_quality_index',
    )!;
    expect(index.children).toEqual([
      { composite: 'fairness', weight: 0.45 },
      { composite: 'efficiency', weight: 0.3 },
      { composite: 'effect', weight: 0.25 },
    ]);
  });

  it('is shared and frozen, and rejects unknown names', () => {
    expect(builtInCatalog('procuratorate')).toBe(builtInCatalog('procuratorate'));
    expect(Object.isFrozen(builtInCatalog('procuratorate').indicators[0]!.measure)).toBe(true);
    expect(() => builtInCatalog('courts' as BuiltInCatalogName)).toThrow(
      'name: unknown built-in catalog "courts"; known: police-presence, court-case-quality, procuratorate, public-satisfaction',
    );
  });
});

describe('extendCatalog(base, overrides)', () => {
  const base = builtInCatalog('court-case-quality');
  const cases = ingest(base.datasets[0], fixture('court-cases'));

  it('changes thresholds and labels without copying the catalog, and leaves the base alone', () => {
    const strict = extendCatalog(base, {
      id: 'court-strict',
      indicators: { clearance_rate: { thresholds: { good: 0.7, warning: 0.6 }, label: { en: 'Clearance' } } },
    });
    const clearance = strict.indicators.find((indicator) => indicator.id === 'clearance_rate')!;
    expect(clearance.thresholds).toEqual({ good: 0.7, warning: 0.6 });
    expect(clearance.label).toEqual({ 'zh-CN': '结案率', en: 'Clearance' });
    expect(base.indicators.find((indicator) => indicator.id === 'clearance_rate')!.thresholds).toEqual({
      good: 0.9,
      warning: 0.8,
    });
    // 8/11 = 0.727: "bad" by the default thresholds, "good" by the new ones.
    const at = (catalog: typeof base) =>
      rowOf(
        evaluate(catalog, { cases }, { from: '2019-03-01', to: '2019-03-31', indicators: ['clearance_rate'] }),
        'clearance_rate',
        '2019-03',
      );
    expect(at(base).status).toBe('bad');
    expect(at(strict).status).toBe('good');
  });

  it('gives every source in both languages, and patches one language of it or replaces it with one string', () => {
    for (const name of BUILT_IN_CATALOGS)
      for (const indicator of builtInCatalog(name).indicators)
        if (indicator.source !== undefined)
          expect(indicator.source, `${name}: ${indicator.id}`).toEqual({
            'zh-CN': expect.stringMatching(/[\u4e00-\u9fff]/),
            en: expect.not.stringMatching(/^[^a-z]*$/i),
          });
    const source = (catalog: ReturnType<typeof builtInCatalog>): unknown =>
      catalog.indicators.find((indicator) => indicator.id === 'clearance_rate')!.source;
    const ours = { 'zh-CN': '本院统计', en: "Our court's own figures" };
    expect(source(extendCatalog(base, { indicators: { clearance_rate: { source: ours } } }))).toEqual(ours);
    expect(source(extendCatalog(base, { indicators: { clearance_rate: { source: '本院' } } }))).toBe('本院');
  });

  it('replaces a filter whole: appeal rate over all procedures instead of first instance only', () => {
    const all = extendCatalog(base, {
      indicators: {
        appeal_rate: { measure: { denominator: { where: { field: 'procedure', op: 'ne', value: 'enforcement' } } } },
      },
    });
    const row = rowOf(
      evaluate(
        all,
        { cases },
        { from: '2019-03-01', to: '2019-03-31', indicators: ['appeal_rate', 'acceptance_rate'] },
      ),
      'appeal_rate',
      '2019-03',
    );
    // First-instance closings (5) plus the second-instance k7.
    expect(row).toMatchObject({ numerator: 2, denominator: 6 });
  });

  it('removes optional keys with null, adds enum synonyms, adds and removes indicators', () => {
    const extended = extendCatalog(base, {
      indicators: { clearance_rate: { thresholds: null, target: 0.95 } },
      datasets: {
        cases: {
          fields: {
            procedure: {
              values: [
                { value: 'first_instance', synonyms: ['一审', '第一审'] },
                { value: 'second_instance', synonyms: ['二审'] },
                { value: 'retrial', synonyms: ['再审'] },
                { value: 'enforcement', synonyms: ['执行'] },
              ],
            },
          },
        },
      },
      removeIndicators: ['closed_filed_ratio'],
      addIndicators: [
        {
          id: 'retrials',
          label: { 'zh-CN': '再审数', en: 'Retrials' },
          description: { 'zh-CN': '再审数', en: 'Retrials' },
          unit: 'count',
          polarity: 'neutral',
          dataset: 'cases',
          measure: {
            kind: 'count',
            of: { time: { flow: 'filed_on' }, where: { field: 'procedure', op: 'eq', value: 'retrial' } },
          },
        },
      ],
    });
    const clearance = extended.indicators.find((indicator) => indicator.id === 'clearance_rate')!;
    expect(clearance.thresholds).toBeUndefined();
    expect(clearance.target).toBe(0.95);
    expect(extended.indicators.map((indicator) => indicator.id)).not.toContain('closed_filed_ratio');
    expect(extended.indicators.at(-1)!.id).toBe('retrials');
    const table = ingest(extended.datasets[0], [
      { case_id: 'x', district: 'A', case_type: 'civil', procedure: '第一审', filed_on: '2019-03-01' },
    ]);
    expect(table.quality.used).toBe(1);
  });

  it('names overrides that refer to nothing, and validates the result again', () => {
    expect(() => extendCatalog(base, { indicators: { clearence_rate: { target: 1 } } })).toThrow(
      /^overrides\.indicators\.clearence_rate: unknown indicator "clearence_rate" in the base catalog; known: filed_cases/,
    );
    expect(() => extendCatalog(base, { removeIndicators: ['appeal_rate'] })).toThrow(
      'catalog.indicators[9].measure.of: unknown indicator "appeal_rate"',
    );
    expect(() => extendCatalog(base, { removeIndicators: ['review_pass_rate'] })).toThrow(
      'catalog.composites[0].children[1].indicator: unknown indicator "review_pass_rate"',
    );
    expect(() =>
      extendCatalog(base, {
        indicators: {
          appeal_rate: { measure: { denominator: { where: { field: 'court_level', op: 'eq', value: 1 } } } },
        },
      }),
    ).toThrow(LawGaugeError);
    const polluted = JSON.parse('{"indicators": {"clearance_rate": {"__proto__": {"x": 1}}}}') as Parameters<
      typeof extendCatalog
    >[1];
    expect(() => extendCatalog(base, polluted)).toThrow(
      'overrides.indicators.clearance_rate.__proto__: the key "__proto__" is not allowed',
    );
  });
});

describe('English texts: SPC means statistical process control, never the court', () => {
  /** Every English text of a value: `en` of each LocalizedText inside it. */
  const englishTexts = (value: unknown): string[] =>
    value === null || typeof value !== 'object'
      ? []
      : Object.entries(value).flatMap(([key, inner]) =>
          key === 'en' && typeof inner === 'string' ? [inner] : englishTexts(inner),
        );

  it.each(BUILT_IN_CATALOGS)('%s names the Supreme People’s Court in full', (name) => {
    const texts = englishTexts(builtInCatalog(name));
    expect(texts.length).toBeGreaterThan(0);
    // "SPC" is left only where it means charts (process-behaviour, statistical process control).
    expect(texts.filter((text) => /\bSPC\b/.test(text) && !/chart|process control/i.test(text))).toEqual([]);
  });

  it('says "the Supreme People’s Court" where the court practice is cited', () => {
    const methodology = (id: string): string => {
      const catalog = builtInCatalog('court-case-quality');
      const found = [...catalog.indicators, ...(catalog.composites ?? [])].find((one) => one.id === id)!;
      return found.methodology!.en;
    };
    expect(methodology('clearance_rate')).toContain("the Supreme People's Court");
    expect(methodology('on_time_closure_rate')).toContain("The Supreme People's Court warns that 100% is not a goal");
    expect(methodology('case_quality_index')).toContain("the Supreme People's Court's 2008 case-quality assessment");
  });

  it('the committed example Reports carry the catalogs’ methodology texts as they are now', () => {
    const methodologies = new Map<string, unknown>();
    for (const name of BUILT_IN_CATALOGS) {
      const catalog = builtInCatalog(name);
      for (const one of [...catalog.indicators, ...(catalog.composites ?? [])])
        methodologies.set(one.id, one.methodology ?? null);
    }
    let compared = 0;
    for (const folder of ['../../examples/dashboard/reports/', '../../examples/html/reports/']) {
      const directory = new URL(folder, import.meta.url);
      for (const file of readdirSync(directory).filter((entry) => entry.endsWith('.json'))) {
        const report = JSON.parse(readFileSync(new URL(file, directory), 'utf8')) as Report;
        if (!methodologies.has(report.indicator.id)) continue;
        expect([file, report.indicator.methodology]).toEqual([file, methodologies.get(report.indicator.id)]);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(10);
  });
});
