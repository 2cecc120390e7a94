import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatDay,
  LawGaugeError,
  parseIsoDay,
  progress,
  reformReportAsOf,
  type ReformReport,
} from '../../src/index.js';

const programme = JSON.parse(
  readFileSync(new URL('../../seeds/shanghai-2019/programme.json', import.meta.url), 'utf8'),
) as unknown;
const fixture = JSON.parse(readFileSync(new URL('../fixtures/programme.json', import.meta.url), 'utf8')) as unknown;

describe('reformReportAsOf(report, asOf)', () => {
  it('recomputes an earlier date from the report alone, equal to progress(programme) on that date', () => {
    const first = parseIsoDay('2019-01-01')!;
    const last = parseIsoDay('2020-12-31')!;
    fc.assert(
      fc.property(
        fc.constantFrom(programme, fixture),
        fc.integer({ min: first, max: last }),
        fc.integer({ min: first, max: last }),
        (source, a, b) => {
          const [early, late] = a <= b ? [formatDay(a), formatDay(b)] : [formatDay(b), formatDay(a)];
          const report = JSON.parse(JSON.stringify(progress(source, { asOf: late }))) as ReformReport;
          expect(reformReportAsOf(report, early)).toEqual(progress(source, { asOf: early }));
        },
      ),
      { seed: 5, numRuns: 120 },
    );
  });

  it("refuses a date after the report's, a bad date, and a report without the facts", () => {
    const report = progress(programme, { asOf: '2019-06-30' });
    expect(() => reformReportAsOf(report, '2019-07-01')).toThrow(
      "2019-07-01 is after the report's date 2019-06-30; a report knows nothing later, so compute from the programme",
    );
    // A day its month lacks, in the CLI's words.
    expect(() => reformReportAsOf(report, '2019-02-30')).toThrow(
      'asOf: "2019-02-30" is not a real date: 2019-02 has 28 days, not 30',
    );
    expect(() => reformReportAsOf(report, '2019-2-3')).toThrow('expected a date YYYY-MM-DD, got "2019-2-3"');
    const stripped = {
      ...report,
      tasks: report.tasks.map((task) =>
        Object.fromEntries(Object.entries(task).filter(([key]) => key !== 'milestones')),
      ),
    } as unknown as ReformReport;
    expect(() => reformReportAsOf(stripped, '2019-03-31')).toThrow(LawGaugeError);
    // A child made the parent of its own parent: a cycle.
    const child = report.tasks.find((task) => task.parent !== null)!;
    const cyclic = {
      ...report,
      tasks: report.tasks.map((task) => (task.id === child.parent ? { ...task, parent: child.id } : task)),
    };
    expect(() => reformReportAsOf(cyclic, '2019-03-31')).toThrow(LawGaugeError);
  });
});

describe("owners' names in both languages", () => {
  it('label the owner rollups, and an earlier date recomputed from the report keeps them', () => {
    const report = progress(programme, { asOf: '2019-12-31' });
    expect(report.byOwner.find((owner) => owner.id === '市高院')!.label).toEqual({
      'zh-CN': '市高院',
      en: 'Shanghai High People’s Court',
    });
    expect(reformReportAsOf(report, '2019-06-30').byOwner).toEqual(progress(programme, { asOf: '2019-06-30' }).byOwner);
    // An owner the programme does not name is shown by its own text: no label.
    const unnamed = progress(fixture, { asOf: '2019-12-31' });
    expect(unnamed.byOwner.every((owner) => owner.label === null)).toBe(true);
  });
});
