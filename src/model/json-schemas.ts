import * as z from 'zod/mini';
import { Catalog } from './catalog.js';
import { Composite } from './composite.js';
import { Dataset, EnumValue, Field } from './dataset.js';
import { Indicator, Polarity, Thresholds } from './indicator.js';
import { Mapping } from './mapping.js';
import { Programme } from '../reform/programme.js';
import { ReformReport } from '../reform/reform-report.js';
import { Dashboard } from '../dashboard/dashboard.js';
import { Measure, Part, SubPart } from './measure.js';
import { Operand, Predicate } from './predicate.js';
import { LocalizedText } from './primitives.js';
import { Report, ReportRow } from './report.js';
import { ReportFunnel, ReportRowFunnel, ReportRowSpc, ReportSpc } from './report-comparisons.js';
import { TimeRule, TimeRules } from './time-rule.js';

/** Shared sub-schemas, published under these names in each file's `$defs`. */
const NAMED: readonly [z.ZodMiniType, string][] = [
  [LocalizedText, 'LocalizedText'],
  [Field, 'Field'],
  [EnumValue, 'EnumValue'],
  [Dataset, 'Dataset'],
  [Operand, 'Operand'],
  [Predicate, 'Predicate'],
  [TimeRule, 'TimeRule'],
  [TimeRules, 'TimeRules'],
  [Part, 'Part'],
  [SubPart, 'SubPart'],
  [Measure, 'Measure'],
  [Polarity, 'Polarity'],
  [Thresholds, 'Thresholds'],
  [Indicator, 'Indicator'],
  [Composite, 'Composite'],
  [ReportRow, 'ReportRow'],
  [ReportRowSpc, 'ReportRowSpc'],
  [ReportRowFunnel, 'ReportRowFunnel'],
  [ReportSpc, 'ReportSpc'],
  [ReportFunnel, 'ReportFunnel'],
];

/** The JSON Schemas published in `schema/`, by file stem. Editors use them to autocomplete configs. */
export function jsonSchemas(): Record<string, unknown> {
  const generate = (schema: z.ZodMiniType, id: string, title: string): unknown => {
    const names = z.registry<{ id: string }>();
    for (const [named, name] of NAMED) if (named !== schema) names.add(named, { id: name });
    return {
      $id: `https://lawgauge.dev/schema/${id}.schema.json`,
      title,
      ...z.toJSONSchema(schema, {
        target: 'draft-2020-12',
        io: 'input',
        unrepresentable: 'any',
        reused: 'ref',
        metadata: names,
      }),
    };
  };
  return {
    catalog: generate(Catalog, 'catalog', 'lawgauge catalog: datasets, indicators and composites'),
    dataset: generate(Dataset, 'dataset', 'lawgauge dataset definition'),
    indicator: generate(Indicator, 'indicator', 'lawgauge indicator definition'),
    report: generate(Report, 'report', 'lawgauge Report (lawgauge/report@1)'),
    mapping: generate(Mapping, 'mapping', 'lawgauge column mapping: source columns to dataset fields'),
    programme: generate(Programme, 'programme', 'lawgauge reform programme: areas, tasks, milestones'),
    'reform-report': generate(
      ReformReport,
      'reform-report',
      'lawgauge ReformReport (lawgauge/reform-report@1): a programme as of a date',
    ),
    dashboard: generate(
      Dashboard,
      'dashboard',
      'lawgauge dashboard: sections of widget panels, cross-filtered by a group field',
    ),
  };
}
