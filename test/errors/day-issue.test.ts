import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  builtInCatalog,
  evaluate,
  ingestCsv,
  LawGaugeError,
  parseProgramme,
  wordIssue,
  EN_ISSUES,
  ZH_CN_ISSUES,
} from '../../src/index.js';
import { dayIssue } from '../../src/errors/day-issue.js';

/** The issues `run` throws with. */
function thrown(run: () => unknown): LawGaugeError {
  try {
    run();
  } catch (error) {
    if (error instanceof LawGaugeError) return error;
    throw error;
  }
  throw new Error('expected a LawGaugeError');
}

describe('a YYYY-MM-DD date the calendar lacks gets one answer wherever it is checked', () => {
  it('names the month and its days, in both languages; a misspelt date is told its spelling', () => {
    const missing = dayIssue('2019-02-30', ['to']);
    expect(missing.code).toBe('invalid_date');
    expect(missing.message).toBe('"2019-02-30" is not a real date: 2019-02 has 28 days, not 30');
    expect(wordIssue(ZH_CN_ISSUES, missing)).toBe('"2019-02-30" 不是存在的日期：2019年2月只有 28 天');
    expect(dayIssue('2019-13-01', []).message).toBe('"2019-13-01" is not a real date');
    const misspelt = dayIssue('2019/2/3', []);
    expect([misspelt.code, misspelt.message]).toEqual(['invalid_format', 'expected a date YYYY-MM-DD, got "2019/2/3"']);
    expect(wordIssue(ZH_CN_ISSUES, misspelt)).toBe('应为 YYYY-MM-DD 格式的日期，实为 "2019/2/3"');
    expect(dayIssue(20190230, []).message).toBe('expected a date YYYY-MM-DD, got number 20190230');
    expect(wordIssue(EN_ISSUES, dayIssue('2019-02-29', [], 't1'))).toBe(
      'task "t1": "2019-02-29" is not a real date: 2019-02 has 28 days, not 29',
    );
  });

  it("in evaluate's from and to", () => {
    const catalog = builtInCatalog('court-case-quality');
    const cases = catalog.datasets.find((dataset) => dataset.id === 'cases')!;
    const { table } = ingestCsv(cases, 'case_id,district,filed_on\nA1,黄浦区,2019-01-02\n', {
      fields: ['case_id', 'district', 'filed_on'],
    });
    const error = thrown(() =>
      evaluate(catalog, { cases: table }, { from: '2019-01-01', to: '2019-04-31', indicators: ['clearance_rate'] }),
    );
    expect(error.message).toContain('options.to: "2019-04-31" is not a real date: 2019-04 has 30 days, not 31');
  });

  it("in a programme's task dates", () => {
    const programme = JSON.parse(readFileSync(new URL('../fixtures/programme.json', import.meta.url), 'utf8')) as {
      tasks: Record<string, unknown>[];
    };
    programme.tasks[0]!['due_on'] = '2019-06-31';
    const error = thrown(() => parseProgramme(programme));
    const issue = error.issues.find((found) => found.code === 'invalid_date')!;
    expect(issue.message).toBe(
      `task "${String(programme.tasks[0]!['id'])}": "2019-06-31" is not a real date: 2019-06 has 30 days, not 31`,
    );
    expect(wordIssue(ZH_CN_ISSUES, issue)).toContain('"2019-06-31" 不是存在的日期：2019年6月只有 30 天');
  });
});
