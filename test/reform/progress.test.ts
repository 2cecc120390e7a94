import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatDay, LawGaugeError, parseIsoDay, progress, type ReformReport } from '../../src/index.js';

const programme = JSON.parse(readFileSync(new URL('../fixtures/programme.json', import.meta.url), 'utf8')) as Record<
  string,
  unknown
> & { tasks: Record<string, unknown>[] };
const task = (report: ReformReport, id: string) => report.tasks.find((t) => t.id === id)!;

/*
 * Leaves: t1a (w1, verified on time), t1b (w3, 1 of 4 milestones by June), t2 (w1, completed
 * 10 days late), t3 (starts 1 July), t4 (1 of 2 milestones), t5 (due 10 July, no milestones).
 */
describe('progress(programme, {asOf: 2019-06-30})', () => {
  const report = progress(programme, { asOf: '2019-06-30' });

  it('applies the status rules in order', () => {
    expect(report.tasks.map((t) => [t.id, t.status])).toEqual([
      ['t1', 'in_progress'], // children 0.4375 done vs 180/364 of its time planned: gap 0.06
      ['t1a', 'verified'],
      ['t1b', 'at_risk'], // due today, not overdue; planned 1, milestones 0.25
      ['t2', 'completed'],
      ['t3', 'not_started'],
      ['t4', 'at_risk'], // planned 180/190 = 0.947, milestones 0.5
      ['t5', 'in_progress'], // no milestones: not at risk before its due date
    ]);
  });

  it('lights: yellow for at risk, late completion and due within 14 days; green otherwise', () => {
    expect(report.tasks.map((t) => [t.id, t.light, t.days_late])).toEqual([
      ['t1', 'green', null],
      ['t1a', 'green', null],
      ['t1b', 'yellow', null],
      ['t2', 'yellow', 10],
      ['t3', 'green', null],
      ['t4', 'yellow', null],
      ['t5', 'yellow', null],
    ]);
  });

  it('rolls progress up the tree by weight: t1 = (1·1 + 3·0.25) / 4 = 0.4375', () => {
    expect(task(report, 't1').progress).toBe(0.4375);
    expect(task(report, 't1b').progress).toBe(0.25);
  });

  it('counts and rates over leaf tasks, by count and by weight', () => {
    expect(report.counts).toEqual({
      verified: 1,
      completed: 1,
      overdue: 0,
      not_started: 1,
      at_risk: 2,
      in_progress: 1,
    });
    expect(report.completionRate).toBeCloseTo(2 / 6, 15);
    expect(report.weightedCompletionRate).toBe(2 / 8);
    expect(report.verificationRate).toBeCloseTo(1 / 6, 15);
    expect(report.onTimeRate).toBe(0.5);
  });

  it('rolls up by area and by owner', () => {
    expect(
      report.byArea.map(({ id, tasks, completed, verified, completionRate, weightedCompletionRate, progress: p }) => [
        id,
        tasks,
        completed,
        verified,
        completionRate,
        weightedCompletionRate,
        p,
      ]),
    ).toEqual([
      ['justice', 3, 2, 1, 2 / 3, 0.4, 0.55],
      ['governance', 3, 0, 0, 0, 0, 1 / 6],
    ]);
    expect(report.byOwner.map((r) => [r.id, r.tasks])).toEqual([
      ['市公安局', 3],
      ['市司法局', 1],
      ['市检察院', 1],
      ['市高院', 1],
    ]);
  });

  it('draws a monthly burn-up: planned by due date, completed and verified up to the as-of date', () => {
    const at = (month: string) => report.burnup.find((point) => point.month === month)!;
    expect(report.burnup.map((point) => point.month)).toEqual([
      '2019-01',
      '2019-02',
      '2019-03',
      '2019-04',
      '2019-05',
      '2019-06',
      '2019-07',
      '2019-08',
      '2019-09',
      '2019-10',
      '2019-11',
      '2019-12',
    ]);
    expect(at('2019-03')).toEqual({ month: '2019-03', end: '2019-03-31', planned: 1, completed: 1, verified: 0 });
    expect(at('2019-04')).toMatchObject({ planned: 1, completed: 1, verified: 1 });
    expect(at('2019-06')).toMatchObject({ planned: 3, completed: 2, verified: 1 });
    expect(at('2019-07')).toMatchObject({ planned: 5, completed: null, verified: null });
    expect(at('2019-12').planned).toBe(6);
  });

  it('projects the finish from the last 90 days: 1 completion, 4 left → 360 days → 2020-06-24', () => {
    expect(report.projection).toMatchObject({ date: '2020-06-24', reason: 'projected', remaining: 4 });
    expect(report.projection.pacePer30Days).toBeCloseTo(1 / 3, 12);
  });
});

describe('progress at other dates', () => {
  it('the day after a due date the task is overdue, and the overdue list is sorted by days late', () => {
    expect(task(progress(programme, { asOf: '2019-07-01' }), 't1b')).toMatchObject({
      status: 'overdue',
      light: 'red',
      days_late: 1,
    });
    // t3 starts today: in progress, not "not started".
    expect(task(progress(programme, { asOf: '2019-07-01' }), 't3').status).toBe('in_progress');
    const late = progress(programme, { asOf: '2019-07-15' });
    expect(late.overdue.map((t) => [t.id, t.days_late])).toEqual([
      ['t1b', 15],
      ['t4', 5],
      ['t5', 5],
    ]);
  });

  it('a completion counts from its date on: t1a is in progress on 2019-03-19, completed on 2019-03-20, verified on 2019-04-15', () => {
    expect(task(progress(programme, { asOf: '2019-03-19' }), 't1a').status).toBe('in_progress');
    expect(task(progress(programme, { asOf: '2019-03-20' }), 't1a').status).toBe('completed');
    expect(task(progress(programme, { asOf: '2019-04-14' }), 't1a').status).toBe('completed');
    expect(task(progress(programme, { asOf: '2019-04-15' }), 't1a').status).toBe('verified');
  });

  it('gives no projected date when nothing was completed recently, and says why', () => {
    expect(progress(programme, { asOf: '2019-02-01' }).projection).toEqual({
      date: null,
      reason: 'no_recent_completions',
      pacePer30Days: 0,
      remaining: 6,
    });
  });

  it('never un-completes a task later (fast-check over pairs of dates)', () => {
    const first = parseIsoDay('2018-12-01')!;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 200 }), (offset, gap) => {
        const early = progress(programme, { asOf: formatDay(first + offset) });
        const later = progress(programme, { asOf: formatDay(first + offset + gap) });
        expect(later.completionRate).toBeGreaterThanOrEqual(early.completionRate);
        for (const t of early.tasks) {
          if (t.status === 'completed' || t.status === 'verified')
            expect(['completed', 'verified']).toContain(task(later, t.id).status);
          expect(task(later, t.id).progress).toBeGreaterThanOrEqual(t.progress);
        }
      }),
      { seed: 5, numRuns: 200 },
    );
  });
});

describe('parseProgramme errors name the task', () => {
  it('rejects duplicate ids, unknown parents and areas, cycles, due before start, verified before or without completion', () => {
    const broken = JSON.parse(JSON.stringify(programme)) as typeof programme;
    broken.tasks.push({ ...broken.tasks[6]!, id: 't5' });
    broken.tasks[2]!['parent'] = 'tx';
    broken.tasks[3]!['area'] = 'economy';
    broken.tasks[4]!['due_on'] = '2019-02-01';
    broken.tasks[1]!['verified_on'] = '2019-03-01';
    broken.tasks[5]!['verified_on'] = '2019-08-01';
    broken.tasks.push({
      id: 'c1',
      parent: 'c2',
      area: 'justice',
      title: { 'zh-CN': '甲', en: 'a' },
      owner: 'x',
      start_on: '2019-01-01',
      due_on: '2019-02-01',
    });
    broken.tasks.push({
      id: 'c2',
      parent: 'c1',
      area: 'justice',
      title: { 'zh-CN': '乙', en: 'b' },
      owner: 'x',
      start_on: '2019-01-01',
      due_on: '2019-02-01',
    });
    let error: LawGaugeError | undefined;
    try {
      progress(broken, { asOf: '2019-06-30' });
    } catch (caught) {
      error = caught as LawGaugeError;
    }
    expect(error).toBeInstanceOf(LawGaugeError);
    expect(error?.message.split('\n')).toEqual([
      'programme.tasks[1].verified_on: task "t1a": verified 2019-03-01 before it was completed 2019-03-20',
      'programme.tasks[3].area: task "t2": unknown area "economy"; known: justice, governance',
      'programme.tasks[4].due_on: task "t3": due 2019-02-01 is before its start 2019-07-01',
      'programme.tasks[5].verified_on: task "t4": verified on 2019-08-01 but never completed',
      'programme.tasks[7].id: duplicate task id "t5" (also tasks[6])',
      'programme.tasks[2].parent: task "t1b": unknown parent "tx"',
      'programme.tasks[8].parent: tasks form a cycle: c1 → c2 → c1',
    ]);
  });

  it('rejects an invalid as-of date', () => {
    expect(() => progress(programme, { asOf: '2019-13-01' })).toThrow('options.asOf: "2019-13-01" is not a real date');
    expect(() => progress(programme, { asOf: '2019-02-29' })).toThrow(
      'options.asOf: "2019-02-29" is not a real date: 2019-02 has 28 days, not 29',
    );
    expect(() => progress(programme, { asOf: '2019/3/1' })).toThrow(
      'options.asOf: expected a date YYYY-MM-DD, got "2019/3/1"',
    );
  });
});

describe('checkReformReportShape(json)', () => {
  it('accepts what progress() produces and names what is wrong otherwise', async () => {
    const { checkReformReportShape } = await import('../../src/index.js');
    const json = JSON.parse(JSON.stringify(progress(programme, { asOf: '2019-07-15' }))) as Record<string, unknown> & {
      tasks: Record<string, unknown>[];
    };
    expect(() => checkReformReportShape(json)).not.toThrow();
    json.tasks[2]!['status'] = 'done';
    json['asOf'] = '15/07/2019';
    expect(() => checkReformReportShape(json)).toThrow(
      'reformReport.asOf: expected a date YYYY-MM-DD, got "15/07/2019"\nreformReport.tasks[2].status: expected one of "verified", "completed", "overdue", "not_started", "at_risk", "in_progress", got "done"',
    );
    expect(() => checkReformReportShape(JSON.parse('{"__proto__": {}}'))).toThrow(
      'reformReport.__proto__: the key "__proto__" is not allowed',
    );
  });

  it('rejects a wrong value in every field of the contract, naming it', async () => {
    const { checkReformReportShape } = await import('../../src/index.js');
    const report = JSON.parse(JSON.stringify(progress(programme, { asOf: '2019-07-15' }))) as unknown;
    const leaves: (string | number)[][] = [];
    const walk = (value: unknown, path: (string | number)[]): void => {
      if (value !== null && typeof value === 'object')
        for (const [key, child] of Object.entries(value))
          walk(child, [...path, Array.isArray(value) ? Number(key) : key]);
      else leaves.push(path);
    };
    walk(report, []);
    const name = (path: readonly (string | number)[]): string =>
      path
        .map((key) => (typeof key === 'number' ? '[*]' : `.${key}`))
        .join('')
        .replace(/^\./, '');
    expect(leaves.length).toBeGreaterThan(100);
    for (const path of leaves) {
      const copy = JSON.parse(JSON.stringify(report)) as Record<string | number, unknown>;
      let node = copy;
      for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
      // An array is wrong for every field of the contract.
      node[path.at(-1)!] = [];
      const problems = (() => {
        try {
          checkReformReportShape(copy);
          return [];
        } catch (error) {
          return (error as LawGaugeError).issues.map((issue) => issue.path.join('/'));
        }
      })();
      // An empty array where text belongs is also too short, as zod says: one path, one or two issues.
      expect(new Set(problems), name(path)).toEqual(new Set([path.join('/')]));
    }
  });
});

describe('progress(programme, options): options checked as evaluate() checks its own', () => {
  it('refuses a misspelt option with unknown_key instead of reading asOf as missing', () => {
    let caught: unknown;
    try {
      progress(programme, { asOf: '2019-06-30', as_of: '2019-06-30' } as never);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(LawGaugeError);
    expect((caught as LawGaugeError).message).toBe('options.as_of: unknown key "as_of"; did you mean "asOf"?');
  });
});
