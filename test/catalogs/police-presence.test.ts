import { describe, expect, it } from 'vitest';
import { builtInCatalog, evaluate, ingest } from '../../src/index.js';
import { fixture } from '../support/fixtures.js';
import { rowOf } from '../support/report-lookup.js';

const catalog = builtInCatalog('police-presence');
const [patrolDataset, surveyDataset] = catalog.datasets;
const patrol_checks = ingest(patrolDataset, fixture('patrol-checks'));
const resident_survey = ingest(surveyDataset, fixture('resident-survey'));
const reports = evaluate(catalog, { patrol_checks, resident_survey }, { from: '2019-03-01', to: '2019-03-31' });
const at = (indicator: string) => rowOf(reports, indicator, '2019-03');

describe('police-presence on hand-made checks and surveys (March 2019)', () => {
  it('dates instants by Shanghai time: 2019-02-28T16:30Z is 1 March, 2019-03-31T16:30Z is 1 April', () => {
    // March checks: all but the 2019-03-31T16:30Z one → 10.
    expect(at('street_visibility_rate').denominator).toBe(10);
  });

  it('street_visibility_rate = 7/10 with Wilson (0.396778, 0.892210), flagged unstable below 30 checks', () => {
    const row = at('street_visibility_rate');
    expect(row).toMatchObject({ numerator: 7, value: 0.7, flag: 'unstable', status: 'warning' });
    expect(row.ci!.low).toBeCloseTo(0.396778, 5);
    expect(row.ci!.high).toBeCloseTo(0.89221, 5);
  });

  it('duty_engagement_rate = 3/4 over checks with an issue present', () => {
    expect(at('duty_engagement_rate')).toMatchObject({ numerator: 3, denominator: 4, value: 0.75 });
  });

  it('quarantines an out-of-range answer (safety 6) and keeps the rest', () => {
    expect(resident_survey.quality).toEqual({ read: 7, used: 6, quarantined: 1, skipped: 0 });
    expect(resident_survey.quarantine[0]).toMatchObject({
      row: 7,
      field: 'safety_feeling',
      code: 'out_of_range',
      message: 'dataset "resident_survey", row 7, field "safety_feeling": 6 is above the maximum 5',
    });
  });

  it('community_meeting_rate = 3/5 of those answering', () => {
    expect(at('community_meeting_rate')).toMatchObject({ numerator: 3, denominator: 5, value: 0.6 });
  });

  it('safety_feeling_rate = 3/5 answers 3–5; police_satisfaction_rate = 2/5 answers 4–5', () => {
    expect(at('safety_feeling_rate')).toMatchObject({ numerator: 3, denominator: 5 });
    expect(at('police_satisfaction_rate')).toMatchObject({ numerator: 2, denominator: 5 });
  });

  it('police_satisfaction_index = mean of 100, 75, 50, 0, 25 = 50', () => {
    expect(at('police_satisfaction_index')).toMatchObject({ value: 50, n: 5 });
  });
});
