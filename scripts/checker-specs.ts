// The contracts whose zod-free checkers `npm run schema` generates into src/shape/generated/.
import { Dashboard } from '../src/dashboard/dashboard.js';
import { Polarity, Thresholds } from '../src/model/indicator.js';
import { LocalizedText } from '../src/model/primitives.js';
import { Change, DatasetQuality, Report, ReportRow } from '../src/model/report.js';
import { ReportFunnel, ReportRowFunnel, ReportRowSpc, ReportSpc } from '../src/model/report-comparisons.js';
import { ReformReport, Rollup, TaskMilestone, TaskProgress } from '../src/reform/reform-report.js';
import type { CheckerSpec } from './checker-source.js';

const SHARED = [[LocalizedText, 'localizedText']] as const;

/** Each checker, by the file it is written to (relative to the repository). */
export const CHECKERS: Readonly<Record<string, CheckerSpec>> = {
  'src/shape/generated/report-shape.ts': {
    name: 'reportShape',
    schema: Report,
    from: 'src/model/report.ts (Report)',
    named: [
      ...SHARED,
      [Report, 'report'],
      [ReportRow, 'reportRow'],
      [ReportRowSpc, 'reportRowSpc'],
      [ReportRowFunnel, 'reportRowFunnel'],
      [ReportSpc, 'reportSpc'],
      [ReportFunnel, 'reportFunnel'],
      [Change, 'change'],
      [DatasetQuality, 'datasetQuality'],
      [Polarity, 'polarity'],
      [Thresholds, 'thresholds'],
    ],
  },
  'src/shape/generated/reform-report-shape.ts': {
    name: 'reformReportShape',
    schema: ReformReport,
    from: 'src/reform/reform-report.ts (ReformReport)',
    named: [
      ...SHARED,
      [ReformReport, 'reformReport'],
      [TaskProgress, 'taskProgress'],
      [TaskMilestone, 'taskMilestone'],
      [Rollup, 'rollup'],
    ],
  },
  'src/shape/generated/dashboard-shape.ts': {
    name: 'dashboardShape',
    schema: Dashboard,
    from: 'src/dashboard/dashboard.ts (Dashboard)',
    named: [...SHARED, [Dashboard, 'dashboard']],
  },
};
