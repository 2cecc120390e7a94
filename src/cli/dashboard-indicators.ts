import { resolve } from 'node:path';
import type { Dashboard } from '../dashboard/dashboard.js';
import type { LawGaugeIssue } from '../errors/issues.js';
import { EN_ISSUES } from '../errors/messages/en.js';
import { closest } from '../model/closest.js';
import { loadCatalog } from './load-definitions.js';

/**
 * A problem for each `compute` panel whose `indicator` its catalog lacks, at
 * `sections[i].panels[j].compute.indicator`, with the nearest id when one is close; catalogs are
 * read relative to the config (`base`).
 */
export async function dashboardIndicatorIssues(config: Dashboard, base: string): Promise<LawGaugeIssue[]> {
  const issues: LawGaugeIssue[] = [];
  for (const [sectionIndex, section] of config.sections.entries())
    for (const [panelIndex, panel] of section.panels.entries()) {
      const compute = panel.compute;
      if (compute === undefined) continue;
      const catalog = await loadCatalog(
        compute.catalog.toLowerCase().endsWith('.json') ? resolve(base, compute.catalog) : compute.catalog,
      );
      const known = catalog.indicators.map((indicator) => indicator.id);
      if (known.includes(compute.indicator)) continue;
      const suggestion = closest(compute.indicator, known);
      const params = {
        kind: 'indicator' as const,
        id: compute.indicator,
        catalog: catalog.id,
        ...(suggestion === undefined ? {} : { suggestion }),
      };
      issues.push({
        code: 'unknown_reference',
        path: ['sections', sectionIndex, 'panels', panelIndex, 'compute', 'indicator'],
        message: EN_ISSUES.unknown_reference(params),
        params,
      });
    }
  return issues;
}
