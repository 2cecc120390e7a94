import * as z from 'zod/mini';
import { FORMAT_RULE_WORDS } from '../errors/messages/en.js';
import { hasDrillTemplates, hasOneSource, hasPeriodKeyPhases, takesItsOptions } from '../model/contract-rules.js';
import { Identifier, CalendarDate, LocalizedText } from '../model/primitives.js';
import { GroupLabels } from '../model/report.js';

import { PANEL_OPTIONS, PANEL_WIDGETS } from './dashboard-constants.js';

/** A panel computed in the browser (in a Web Worker) from a built-in catalog and data files. */
export const PanelCompute = z.strictObject({
  catalog: z.string().check(z.minLength(1)),
  indicator: Identifier,
  /** Dataset id → URL of a CSV or JSON-array file, relative to the config. */
  data: z.record(Identifier, z.string().check(z.minLength(1))),
  /** URL of a mapping file (as for `lawgauge compute --map`). */
  mapping: z.optional(z.string()),
  period: z.optional(z.enum(['day', 'week', 'month', 'quarter', 'year'])),
  from: z.optional(CalendarDate),
  to: z.optional(CalendarDate),
  by: z.optional(Identifier),
});

export const Panel = z.strictObject({
  widget: z.enum(PANEL_WIDGETS),
  /** URL of the Report (or ReformReport) JSON, relative to the config. Give this or `compute`. */
  src: z.optional(z.string().check(z.minLength(1))),
  compute: z.optional(PanelCompute),
  /** Columns of the grid the panel spans (1–3, default 1). */
  span: z.optional(z.int().check(z.gte(1), z.lte(3))),
  /**
   * Widget attributes, e.g. `{"group": "黄浦区"}` or `{"view": "areas"}`: `indicator-card` takes
   * `group` and `period`, `indicator-trend` `groups`, `indicator-bars` `period` and `selected`,
   * `indicator-table` `period`, `reform-progress` `view`, `area`, `owner` and `as-of`,
   * `indicator-map` `period`, `selected`, `color` (`status`, `quantile` or `equal`), and for the
   * host's own regions `geometry-src` (GeoJSON or TopoJSON, relative to the config),
   * `join-property`, `label-property`, `topology-object`, `drill-src` and `drill-geometry-src`
   * (templates of a region's level below, `{group}` standing for its group value),
   * `indicator-spc` `group`, `chart` (`xmr` or `pprime`), `baseline`, `phases` (period keys where a
   * phase starts, space-separated: `"2019-04"`) and `target`, `indicator-funnel` `period`,
   * `selected`, `overdispersion` (`false` to leave it out) and `target`.
   */
  options: z.optional(z.partialRecord(z.enum(PANEL_OPTIONS), z.string())),
  /** Events marked on a trend panel, e.g. the import expo. */
  annotations: z.optional(z.array(z.strictObject({ date: CalendarDate, label: LocalizedText }))),
  /** Whether the dashboard's filter (a selected district) applies to this panel. Default true for indicator widgets. */
  filtered: z.optional(z.boolean()),
});
export type Panel = z.infer<typeof Panel>;

/** Exactly one of `src` and `compute` per panel. */
const oneSource = z.refine<Panel>(hasOneSource, 'give a panel either "src" or "compute"');

/** Only options the panel's widget takes. */
const optionsTaken = z.refine<Panel>(takesItsOptions, FORMAT_RULE_WORDS.panel_options);

/** An spc panel's phases are period keys. */
const phasesArePeriods = z.refine<Panel>(hasPeriodKeyPhases, FORMAT_RULE_WORDS.panel_phases);

/** A map panel's drill-down templates say where the group goes. */
const drillTemplates = z.refine<Panel>(hasDrillTemplates, FORMAT_RULE_WORDS.panel_drill);

export const DashboardSection = z.strictObject({
  id: Identifier,
  title: LocalizedText,
  panels: z.array(Panel.check(oneSource, optionsTaken, phasesArePeriods, drillTemplates)).check(z.minLength(1)),
});
export type DashboardSection = z.infer<typeof DashboardSection>;

/**
 * A dashboard: a title, sections of panels (each a widget reading a Report URL), and the group
 * field that selecting a bar, point or row filters the other panels by (cross-filtering).
 */
export const Dashboard = z.strictObject({
  $schema: z.optional(z.string()),
  title: LocalizedText,
  subtitle: z.optional(LocalizedText),
  asOf: z.optional(CalendarDate),
  /** Group field for cross-filtering, e.g. `district`. */
  filter: z.optional(Identifier),
  /**
   * Names of group values in each language (`{"district": {"黄浦区": {"zh-CN": "黄浦区", "en":
   * "Huangpu"}}}`), given to every indicator panel (a field named here replaces its Report's own
   * `groupLabels` for that field) and used in the filter's status.
   */
  groupLabels: z.optional(GroupLabels),
  sections: z.array(DashboardSection).check(z.minLength(1)),
});
export type Dashboard = z.infer<typeof Dashboard>;
