import '../widgets/indicator-bars/define.js';
import '../widgets/indicator-funnel/define.js';
import '../widgets/indicator-map/define.js';
import '../widgets/indicator-spc/define.js';
import '../widgets/indicator-trend/define.js';
import { funnelReport, OUTLIERS } from './support/funnel-reports.js';
import { sharedNarrowTable } from './support/layout-suite.js';
import { shanghaiReport } from './support/map-data.js';
import { districtReport, visibilityReport } from './support/reports.js';
import { EVERY_RULE, seriesReport } from './support/spc-reports.js';

// Each chart's table view at 240 px, in English (longer column headers) and in Chinese.
for (const lang of ['en', 'zh-CN'] as const)
  describe(`the charts' table views at 240 px (${lang})`, () => {
    for (const [tag, data] of [
      ['indicator-trend', () => visibilityReport()],
      ['indicator-bars', () => districtReport()],
      ['indicator-spc', () => seriesReport(EVERY_RULE)],
      ['indicator-funnel', () => funnelReport({ '2019-06': OUTLIERS })],
      ['indicator-map', () => shanghaiReport()],
    ] as const)
      describe(`<${tag}>`, () => sharedNarrowTable({ tag, data, lang }));
  });
