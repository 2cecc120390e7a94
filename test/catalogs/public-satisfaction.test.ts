import { describe, expect, it } from 'vitest';
import { builtInCatalog, evaluate, ingest } from '../../src/index.js';
import { fixture } from '../support/fixtures.js';
import { rowOf } from '../support/report-lookup.js';

const catalog = builtInCatalog('public-satisfaction');
const satisfaction_survey = ingest(catalog.datasets[0], fixture('satisfaction-survey'));
const reports = evaluate(catalog, { satisfaction_survey }, { period: 'year', from: '2019-01-01', to: '2019-12-31' });
const at = (indicator: string) => rowOf(reports, indicator, '2019');

describe('public-satisfaction ("三个满意") on a hand-made survey', () => {
  it('central: 5, 4, 2 → satisfied 2/3, index (100 + 75 + 25)/3', () => {
    expect(at('central_satisfaction_rate')).toMatchObject({ numerator: 2, denominator: 3 });
    expect(at('central_satisfaction_index').value).toBeCloseTo(200 / 3, 12);
  });

  it('judicial staff (政法干警, 干警): 3, 5 → 1/2, index 75', () => {
    expect(at('staff_satisfaction_rate')).toMatchObject({ numerator: 1, denominator: 2 });
    expect(at('staff_satisfaction_index').value).toBe(75);
  });

  it('public (群众, 人民群众): an empty answer is not counted; 4, 1 → 1/2, index 37.5', () => {
    expect(at('public_satisfaction_rate')).toMatchObject({ numerator: 1, denominator: 2 });
    expect(at('public_satisfaction_index')).toMatchObject({ value: 37.5, n: 2 });
  });
});
