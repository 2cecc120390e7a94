import type { IssuePath } from '../errors/issue.js';
import type { LawGaugeIssue } from '../errors/issues.js';
import { measureKind } from '../measures/registry.js';
import type { Catalog } from './catalog.js';
import { checkDataset } from './check-dataset.js';
import { DatasetReferenceChecker } from './check-predicate.js';
import type { Indicator } from './indicator.js';

/** A `duplicate_id` issue for each id an earlier item already has (`undefined`: an item without one). */
export function checkUnique(
  ids: readonly (string | undefined)[],
  path: IssuePath,
  what: 'dataset' | 'indicator' | 'composite',
  issues: LawGaugeIssue[],
): void {
  const seen = new Set<string>();
  ids.forEach((id, index) => {
    if (id === undefined) return;
    if (seen.has(id))
      issues.push({
        code: 'duplicate_id',
        path: [...path, index, 'id'],
        message: `duplicate ${what} id "${id}"`,
        params: { kind: what, id },
      });
    seen.add(id);
  });
}

const idsOf = (items: readonly { id: string }[]): string[] => items.map((item) => item.id);

function checkThresholds(indicator: Indicator, path: IssuePath, issues: LawGaugeIssue[]): void {
  const { polarity, thresholds } = indicator;
  if (typeof polarity === 'object' && polarity.band[0] > polarity.band[1]) {
    issues.push({
      code: 'invalid_range',
      path: [...path, 'polarity', 'band'],
      message: `band [${polarity.band.join(', ')}] has its ends reversed`,
      params: { kind: 'band', low: polarity.band[0], high: polarity.band[1] },
    });
  }
  if (thresholds === undefined) return;
  const thresholdPath = [...path, 'thresholds'];
  if ('good' in thresholds) {
    if (polarity === 'higher-better' && thresholds.good < thresholds.warning) {
      issues.push({
        code: 'invalid_thresholds',
        path: thresholdPath,
        message: `for a higher-better indicator "good" (${thresholds.good}) must be ≥ "warning" (${thresholds.warning})`,
        params: { kind: 'higher_better', good: thresholds.good, warning: thresholds.warning },
      });
    } else if (polarity === 'lower-better' && thresholds.good > thresholds.warning) {
      issues.push({
        code: 'invalid_thresholds',
        path: thresholdPath,
        message: `for a lower-better indicator "good" (${thresholds.good}) must be ≤ "warning" (${thresholds.warning})`,
        params: { kind: 'lower_better', good: thresholds.good, warning: thresholds.warning },
      });
    } else if (polarity === 'neutral' || typeof polarity === 'object') {
      issues.push({
        code: 'invalid_thresholds',
        path: thresholdPath,
        message: `{good, warning} thresholds need a higher-better or lower-better polarity`,
        params: { kind: 'needs_direction' },
      });
    }
  } else if (typeof polarity !== 'object') {
    issues.push({
      code: 'invalid_thresholds',
      path: thresholdPath,
      message: 'a {warning: [lo, hi]} band needs a band polarity',
      params: { kind: 'needs_band' },
    });
  } else if (thresholds.warning[0] > polarity.band[0] || thresholds.warning[1] < polarity.band[1]) {
    issues.push({
      code: 'invalid_thresholds',
      path: thresholdPath,
      message: `the warning band [${thresholds.warning.join(', ')}] must contain the polarity band [${polarity.band.join(', ')}]`,
      params: {
        kind: 'band_outside',
        warning_low: thresholds.warning[0],
        warning_high: thresholds.warning[1],
        low: polarity.band[0],
        high: polarity.band[1],
      },
    });
  }
}

function checkComposites(catalog: Catalog, issues: LawGaugeIssue[]): void {
  const composites = catalog.composites ?? [];
  const indicatorIds = new Set(catalog.indicators.map((indicator) => indicator.id));
  const compositeIds = new Map(composites.map((composite) => [composite.id, composite]));
  composites.forEach((composite, index) => {
    if (indicatorIds.has(composite.id)) {
      issues.push({
        code: 'duplicate_id',
        path: ['composites', index, 'id'],
        message: `"${composite.id}" is already an indicator id`,
        params: { kind: 'composite_indicator', id: composite.id },
      });
    }
    composite.children.forEach((child, childIndex) => {
      const path = ['composites', index, 'children', childIndex];
      if ((child.indicator === undefined) === (child.composite === undefined)) {
        issues.push({
          code: 'invalid_child',
          path,
          message: 'a child names exactly one of "indicator" or "composite"',
          params: {},
        });
      } else if (child.indicator !== undefined && !indicatorIds.has(child.indicator)) {
        issues.push({
          code: 'unknown_reference',
          path: [...path, 'indicator'],
          message: `unknown indicator "${child.indicator}"`,
          params: { kind: 'indicator', id: child.indicator },
        });
      } else if (
        child.indicator !== undefined &&
        catalog.indicators.find((indicator) => indicator.id === child.indicator)!.polarity === 'neutral'
      ) {
        issues.push({
          code: 'no_direction',
          path: [...path, 'indicator'],
          message: `"${child.indicator}" has a neutral polarity: a composite needs to know whether higher is better`,
          params: { id: child.indicator },
        });
      } else if (child.indicator === undefined && child.normalisation !== undefined) {
        issues.push({
          code: 'unknown_key',
          path: [...path, 'normalisation'],
          message: 'only an indicator child takes a normalisation; a composite child is already normalised',
          params: { key: 'normalisation', owner: 'composite_child' },
        });
      } else if (child.composite !== undefined && !compositeIds.has(child.composite)) {
        issues.push({
          code: 'unknown_reference',
          path: [...path, 'composite'],
          message: `unknown composite "${child.composite}"`,
          params: { kind: 'composite', id: child.composite },
        });
      }
    });
  });
  // Depth-first search for a composite that contains itself; report each cycle once, at its first member.
  const state = new Map<string, 'open' | 'done'>();
  const visit = (id: string, trail: string[]): void => {
    if (state.get(id) === 'done') return;
    if (state.get(id) === 'open') {
      const cycle = [...trail.slice(trail.indexOf(id)), id];
      const index = composites.findIndex((composite) => composite.id === id);
      issues.push({
        code: 'cycle',
        path: ['composites', index, 'children'],
        message: `composites form a cycle: ${cycle.join(' → ')}`,
        params: { composites: cycle },
      });
      return;
    }
    state.set(id, 'open');
    for (const child of compositeIds.get(id)?.children ?? []) {
      if (child.composite !== undefined && compositeIds.has(child.composite)) visit(child.composite, [...trail, id]);
    }
    state.set(id, 'done');
  };
  for (const composite of composites) visit(composite.id, []);
}

/** Every rule of a catalog that its JSON Schema cannot express; issues are collected, not thrown. */
export function checkCatalog(catalog: Catalog): LawGaugeIssue[] {
  const issues: LawGaugeIssue[] = [];
  checkUnique(idsOf(catalog.datasets), ['datasets'], 'dataset', issues);
  checkUnique(idsOf(catalog.indicators), ['indicators'], 'indicator', issues);
  checkUnique(idsOf(catalog.composites ?? []), ['composites'], 'composite', issues);
  catalog.datasets.forEach((dataset, index) => checkDataset(dataset, ['datasets', index], issues));
  const datasets = new Map(catalog.datasets.map((dataset) => [dataset.id, dataset]));
  catalog.indicators.forEach((indicator, index) => {
    const path = ['indicators', index];
    checkThresholds(indicator, path, issues);
    const dataset = datasets.get(indicator.dataset);
    if (dataset === undefined) {
      issues.push({
        code: 'unknown_reference',
        path: [...path, 'dataset'],
        message: `unknown dataset "${indicator.dataset}"; known: ${[...datasets.keys()].join(', ') || '(none)'}`,
        params: { kind: 'dataset', id: indicator.dataset, known: [...datasets.keys()] },
      });
      return;
    }
    const { measure } = indicator;
    measureKind(measure.kind).check(measure, {
      path: [...path, 'measure'],
      checker: new DatasetReferenceChecker(dataset, issues),
      indicator,
      catalog,
      issues,
    });
  });
  checkComposites(catalog, issues);
  return issues;
}
