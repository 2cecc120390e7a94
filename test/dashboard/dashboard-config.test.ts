import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  checkDashboardShape,
  Dashboard,
  formatPath,
  wordIssue,
  ZH_CN_ISSUES,
  type LawGaugeError,
} from '../../src/index.js';
import { parseWith } from '../../src/model/parse-with.js';

const demo = JSON.parse(
  readFileSync(new URL('../../examples/dashboard/dashboard.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;

/** The problems of a config as `path: message` lines, from the zod schema and from the zod-free check. */
function problems(config: unknown): { zod: string[]; free: string[] } {
  const lines = (check: () => unknown): string[] => {
    try {
      check();
      return [];
    } catch (error) {
      const { root, issues } = error as LawGaugeError;
      return issues.map((issue) => `${formatPath(root, issue.path)}: ${issue.message}`);
    }
  };
  return {
    zod: lines(() => parseWith(Dashboard, config, 'dashboard')),
    free: lines(() => checkDashboardShape(config)),
  };
}

const withPanel = (panel: Record<string, unknown>): unknown => ({
  title: { 'zh-CN': '看板', en: 'Board' },
  sections: [{ id: 'a', title: { 'zh-CN': '甲', en: 'A' }, panels: [panel] }],
});

describe('dashboard configs', () => {
  it('the demo config passes the schema and the widgets’ check', () => {
    expect(problems(demo)).toEqual({ zod: [], free: [] });
  });

  it('refuses an option the panel’s widget does not take, pointing to the list, in both checks', () => {
    const card = withPanel({ widget: 'indicator-card', src: 'r.json', options: { view: 'areas', group: '黄浦区' } });
    const { zod, free } = problems(card);
    expect(free).toEqual([
      expect.stringMatching(
        /^dashboard\.sections\[0\]\.panels\[0\]: sets an option its widget does not take \(docs\/dashboard\.md lists/,
      ),
    ]);
    expect(zod).toEqual(free);
    for (const [widget, options] of [
      ['indicator-card', { group: '黄浦区', period: '2019-Q4' }],
      ['indicator-trend', { groups: '黄浦区' }],
      ['indicator-bars', { period: '2019', selected: '黄浦区' }],
      ['indicator-table', { period: '2019' }],
      ['reform-progress', { view: 'tasks', area: 'justice', owner: 'x', 'as-of': '2019-06-30' }],
      ['indicator-spc', { group: '黄浦区', chart: 'pprime', baseline: '12', phases: '2019-04 2020-01', target: '0.8' }],
      ['indicator-funnel', { period: '2019', selected: '黄浦区', overdispersion: 'off', target: '0.8' }],
      [
        'indicator-map',
        {
          period: '2019',
          selected: '黄浦区',
          color: 'quantile',
          'geometry-src': 'geo/districts.topo.json',
          'join-property': 'adcode',
          'label-property': 'name',
          'topology-object': 'districts',
          'drill-src': 'reports/streets-{group}.json',
          'drill-geometry-src': 'geo/streets-{group}.json',
        },
      ],
    ] as const)
      expect(problems(withPanel({ widget, src: 'r.json', options })), widget).toEqual({ zod: [], free: [] });
  });

  it('refuses what an spc or funnel panel does not take: a funnel has no phases, an spc chart no selection', () => {
    for (const [widget, options] of [
      ['indicator-spc', { selected: '黄浦区' }],
      ['indicator-spc', { period: '2019-04' }],
      ['indicator-funnel', { phases: '2019-04' }],
      ['indicator-funnel', { chart: 'xmr' }],
      ['indicator-bars', { 'geometry-src': 'geo/districts.json' }],
      ['indicator-table', { 'drill-src': 'reports/streets-{group}.json' }],
    ] as const) {
      const { zod, free } = problems(withPanel({ widget, src: 'r.json', options }));
      expect(free, widget).toEqual([
        expect.stringMatching(/^dashboard\.sections\[0\]\.panels\[0\]: sets an option its widget does not take/),
      ]);
      expect(zod).toEqual(free);
    }
  });

  it('refuses spc phases that are not period keys, in both checks and both languages', () => {
    for (const phases of ['April 2019', '2019-13', '', '2019-04, 2020-01']) {
      const config = withPanel({ widget: 'indicator-spc', src: 'r.json', options: { phases } });
      const { zod, free } = problems(config);
      expect(free, phases).toEqual([
        'dashboard.sections[0].panels[0]: sets "phases" to something other than period keys separated by spaces, e.g. "2019-04"',
      ]);
      expect(zod).toEqual(free);
      const issues = (() => {
        try {
          checkDashboardShape(config);
          return [];
        } catch (error) {
          return (error as LawGaugeError).issues;
        }
      })();
      expect(issues.map((issue) => wordIssue(ZH_CN_ISSUES, issue))).toEqual([
        '选项 "phases" 应为以空格分隔的期间，如 "2019-04"',
      ]);
    }
    for (const phases of ['2019-04', ' 2019-04  2020-Q1 ', '2019'])
      expect(problems(withPanel({ widget: 'indicator-spc', src: 'r.json', options: { phases } })), phases).toEqual({
        zod: [],
        free: [],
      });
  });

  it('refuses a map panel’s drill templates without {group}, or drill geometry without a drill Report, in both checks and both languages', () => {
    for (const options of [
      { 'drill-src': 'reports/streets.json' },
      { 'drill-src': 'reports/streets-{group}.json', 'drill-geometry-src': 'geo/streets.json' },
      { 'drill-geometry-src': 'geo/streets-{group}.json' },
      { 'drill-src': 'reports/streets-{district}.json' },
    ]) {
      const config = withPanel({ widget: 'indicator-map', src: 'r.json', options });
      const { zod, free } = problems(config);
      expect(free, JSON.stringify(options)).toEqual([
        'dashboard.sections[0].panels[0]: sets a drill template without "{group}", or "drill-geometry-src" without "drill-src"',
      ]);
      expect(zod).toEqual(free);
      const issues = (() => {
        try {
          checkDashboardShape(config);
          return [];
        } catch (error) {
          return (error as LawGaugeError).issues;
        }
      })();
      expect(issues.map((issue) => wordIssue(ZH_CN_ISSUES, issue))).toEqual([
        '下钻模板应含 "{group}"，且 "drill-geometry-src" 须与 "drill-src" 同时给出',
      ]);
    }
    for (const options of [
      { 'geometry-src': 'geo/districts.json', 'join-property': 'adcode' },
      { 'drill-src': 'reports/streets-{group}.json' },
      { 'drill-src': 'streets.json?district={group}', 'drill-geometry-src': 'geo/{group}/streets.json' },
    ])
      expect(problems(withPanel({ widget: 'indicator-map', src: 'r.json', options })), JSON.stringify(options)).toEqual(
        { zod: [], free: [] },
      );
  });

  it('takes names of group values, and refuses a name without both languages in both checks', () => {
    const labelled = { ...(withPanel({ widget: 'indicator-card', src: 'r.json' }) as object), filter: 'district' };
    const ok = { ...labelled, groupLabels: { district: { 黄浦区: { 'zh-CN': '黄浦区', en: 'Huangpu' } } } };
    expect(problems(ok)).toEqual({ zod: [], free: [] });
    const bad = { ...labelled, groupLabels: { district: { 黄浦区: { en: 'Huangpu' } } } };
    const { zod, free } = problems(bad);
    expect(free).toEqual(['dashboard.groupLabels.district["黄浦区"].zh-CN: is required (expected string)']);
    expect(zod).toEqual(free);
  });
});
