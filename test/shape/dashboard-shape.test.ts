import { readFileSync } from 'node:fs';
import { validDashboard } from '../../src/internal.js';
import { describe, expect, it } from 'vitest';
import { checkDashboardShape, Dashboard, type Dashboard as DashboardConfig } from '../../src/index.js';
import { parseWith } from '../../src/model/parse-with.js';
import { agreesOnMutations, issuesOf } from '../support/shape-differential.js';

const example = JSON.parse(
  readFileSync(new URL('../../examples/dashboard/dashboard.json', import.meta.url), 'utf8'),
) as DashboardConfig;
const computed: DashboardConfig = {
  title: { 'zh-CN': '看板', en: 'Board' },
  subtitle: { 'zh-CN': '副标题', en: 'Subtitle' },
  asOf: '2019-12-31',
  filter: 'district',
  sections: [
    {
      id: 'court',
      title: { 'zh-CN': '法院', en: 'Court' },
      panels: [
        {
          widget: 'indicator-trend',
          compute: {
            catalog: 'court-case-quality',
            indicator: 'clearance_rate',
            data: { cases: 'cases.csv' },
            mapping: 'mapping.json',
            period: 'month',
            from: '2019-01-01',
            to: '2019-12-31',
            by: 'district',
          },
          span: 2,
          options: { groups: '黄浦区' },
          annotations: [{ date: '2019-11-05', label: { 'zh-CN': '进博会', en: 'Import Expo' } }],
          filtered: false,
        },
      ],
    },
  ],
};
const parseDashboard = (input: unknown): DashboardConfig => parseWith(Dashboard, input, 'dashboard');

describe('checkDashboardShape(json): generated from the zod Dashboard schema', () => {
  it('accepts the example configs, and gives the issues zod gives on mutated ones (fast-check, seeded)', () => {
    agreesOnMutations([example, computed], checkDashboardShape, parseDashboard, 2000, validDashboard);
  });

  it('refuses a date the calendar lacks, as every date check words it, in both languages', async () => {
    const { shapeIssueText } = await import('../../src/internal.js');
    const late = JSON.parse(JSON.stringify(computed)) as Record<string, unknown> & {
      sections: { panels: { annotations: { date: string }[] }[] }[];
    };
    late['asOf'] = '2019-02-30';
    late.sections[0]!.panels[0]!.annotations[0]!.date = '2019-11-31';
    expect(issuesOf(checkDashboardShape, late)).toEqual(issuesOf(parseDashboard, late));
    const issues = issuesOf(checkDashboardShape, late);
    expect(issues.map((issue) => issue.message)).toEqual([
      '"2019-02-30" is not a real date: 2019-02 has 28 days, not 30',
      '"2019-11-31" is not a real date: 2019-11 has 30 days, not 31',
    ]);
    expect(issues.map((issue) => shapeIssueText(issue, 'zh-CN'))).toEqual([
      '"2019-02-30" 不是存在的日期：2019年2月只有 28 天',
      '"2019-11-31" 不是存在的日期：2019年11月只有 30 天',
    ]);
    expect(() => validDashboard(late)).toThrow();
  });

  it('runs the panel refinement (src or compute, not both) after the fields, as zod does', () => {
    const both = JSON.parse(JSON.stringify(computed)) as { sections: { panels: Record<string, unknown>[] }[] };
    both.sections[0]!.panels[0]!['src'] = 'report.json';
    expect(issuesOf(checkDashboardShape, both)).toEqual(issuesOf(parseDashboard, both));
    expect(() => checkDashboardShape(both)).toThrow(
      'dashboard.sections[0].panels[0]: give a panel either "src" or "compute"',
    );
  });
});
