import { LawGaugeError } from '../errors/law-gauge-error.js';
import type { IssueParams, IssuePath } from '../errors/issue.js';
import { findForbiddenKeys } from '../model/forbidden-keys.js';
import { PANEL_OPTIONS, PANEL_OPTIONS_OF, PANEL_WIDGETS } from './dashboard-constants.js';
import type { Dashboard } from './dashboard.js';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * A dependency-free check of a dashboard config for browser bundles (the zod schema in
 * dashboard.ts is what `lawgauge validate` and the JSON Schema use): every field the
 * `<lawgauge-dashboard>` element reads, unknown keys, and prototype keys anywhere.
 *
 * @throws LawGaugeError listing every problem.
 */
export function checkDashboardShape(input: unknown): Dashboard {
  const issues = findForbiddenKeys(input);
  const fail = (path: IssuePath, message: string, params: IssueParams): void =>
    void issues.push({ code: 'invalid_dashboard', path, message, params });
  const only = (value: Json, path: IssuePath, keys: readonly string[]): void => {
    for (const key of Object.keys(value))
      if (!keys.includes(key))
        fail([...path, key], `unknown key "${key}"; known: ${keys.join(', ')}`, {
          expected: 'known_key',
          key,
          known: keys,
        });
  };
  const localized = (value: unknown, path: IssuePath, optional = false): void => {
    if (optional && value === undefined) return;
    if (!isObject(value) || typeof value['zh-CN'] !== 'string' || typeof value['en'] !== 'string')
      fail(path, 'expected {"zh-CN": "…", "en": "…"}', { expected: 'localized' });
  };
  if (issues.length === 0) {
    if (!isObject(input)) fail([], 'expected an object', { expected: 'object' });
    else {
      only(input, [], ['$schema', 'title', 'subtitle', 'asOf', 'filter', 'groupLabels', 'sections']);
      localized(input['title'], ['title']);
      localized(input['subtitle'], ['subtitle'], true);
      if (
        input['asOf'] !== undefined &&
        !(typeof input['asOf'] === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(input['asOf']))
      )
        fail(['asOf'], 'expected a date YYYY-MM-DD', { expected: 'date' });
      if (input['filter'] !== undefined && typeof input['filter'] !== 'string')
        fail(['filter'], 'expected a field name', { expected: 'field_name' });
      const groupLabels = input['groupLabels'];
      if (groupLabels !== undefined) {
        if (!isObject(groupLabels) || Object.values(groupLabels).some((values) => !isObject(values)))
          fail(['groupLabels'], 'expected {"<field>": {"<value>": {"zh-CN": "…", "en": "…"}}}', {
            expected: 'group_labels',
          });
        else
          for (const [field, values] of Object.entries(groupLabels as Record<string, Json>)) {
            if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(field))
              fail(['groupLabels', field], 'expected a field name', { expected: 'field_name' });
            for (const [value, label] of Object.entries(values)) localized(label, ['groupLabels', field, value]);
          }
      }
      const sections = input['sections'];
      if (!Array.isArray(sections) || sections.length === 0)
        fail(['sections'], 'expected a non-empty array', { expected: 'non_empty_array' });
      else {
        sections.forEach((section: unknown, s) => {
          const path = ['sections', s];
          if (!isObject(section)) return fail(path, 'expected an object', { expected: 'object' });
          only(section, path, ['id', 'title', 'panels']);
          if (typeof section['id'] !== 'string' || !/^[a-z][a-z0-9_]*$/.test(section['id']))
            fail([...path, 'id'], 'expected an id (lower-case letters, digits and _)', { expected: 'id' });
          localized(section['title'], [...path, 'title']);
          const panels = section['panels'];
          if (!Array.isArray(panels) || panels.length === 0)
            return fail([...path, 'panels'], 'expected a non-empty array', { expected: 'non_empty_array' });
          panels.forEach((panel: unknown, p) => {
            const at = [...path, 'panels', p];
            if (!isObject(panel)) return fail(at, 'expected an object', { expected: 'object' });
            only(panel, at, ['widget', 'src', 'compute', 'span', 'options', 'annotations', 'filtered']);
            if ((panel['src'] === undefined) === (panel['compute'] === undefined))
              fail(at, 'give a panel either "src" or "compute"', { expected: 'src_or_compute' });
            const compute = panel['compute'];
            if (compute !== undefined) {
              if (!isObject(compute)) fail([...at, 'compute'], 'expected an object', { expected: 'object' });
              else {
                only(
                  compute,
                  [...at, 'compute'],
                  ['catalog', 'indicator', 'data', 'mapping', 'period', 'from', 'to', 'by'],
                );
                for (const key of ['catalog', 'indicator'])
                  if (typeof compute[key] !== 'string')
                    fail([...at, 'compute', key], 'expected text', { expected: 'text' });
                const data = compute['data'];
                if (!isObject(data) || Object.values(data).some((url) => typeof url !== 'string'))
                  fail([...at, 'compute', 'data'], 'expected {"<dataset>": "<URL>"}', { expected: 'data_urls' });
              }
            }
            const annotations = panel['annotations'];
            if (annotations !== undefined) {
              if (!Array.isArray(annotations)) fail([...at, 'annotations'], 'expected an array', { expected: 'array' });
              else
                annotations.forEach((note: unknown, k) => {
                  if (!isObject(note) || typeof note['date'] !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(note['date']))
                    fail([...at, 'annotations', k, 'date'], 'expected a date YYYY-MM-DD', { expected: 'date' });
                  else localized(note['label'], [...at, 'annotations', k, 'label']);
                });
            }
            if (!PANEL_WIDGETS.includes(panel['widget'] as never))
              fail([...at, 'widget'], `expected one of ${PANEL_WIDGETS.join(', ')}`, {
                expected: 'one_of',
                allowed: PANEL_WIDGETS,
              });
            if (panel['src'] !== undefined && (typeof panel['src'] !== 'string' || panel['src'] === ''))
              fail([...at, 'src'], 'expected a URL', { expected: 'url' });
            if (panel['span'] !== undefined && ![1, 2, 3].includes(panel['span'] as number))
              fail([...at, 'span'], 'expected 1, 2 or 3', { expected: 'span' });
            if (panel['filtered'] !== undefined && typeof panel['filtered'] !== 'boolean')
              fail([...at, 'filtered'], 'expected true or false', { expected: 'boolean' });
            const options = panel['options'];
            if (options !== undefined) {
              if (!isObject(options)) fail([...at, 'options'], 'expected an object', { expected: 'object' });
              else {
                const widget = panel['widget'];
                const taken: readonly string[] = PANEL_WIDGETS.includes(widget as never)
                  ? PANEL_OPTIONS_OF[widget as (typeof PANEL_WIDGETS)[number]]
                  : PANEL_OPTIONS;
                for (const key of Object.keys(options))
                  if (!taken.includes(key))
                    fail(
                      [...at, 'options', key],
                      `${PANEL_WIDGETS.includes(widget as never) ? String(widget) : 'a panel'} does not take "${key}"; it takes ${taken.join(', ')}`,
                      { expected: 'known_key', key, known: taken },
                    );
                for (const [key, value] of Object.entries(options))
                  if (typeof value !== 'string') fail([...at, 'options', key], 'expected text', { expected: 'text' });
              }
            }
          });
        });
      }
    }
  }
  if (issues.length > 0) throw new LawGaugeError('invalid_definition', 'dashboard', issues.slice(0, 20));
  return input as Dashboard;
}
