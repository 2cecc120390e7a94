import { dirname } from 'node:path';
import { dashboardIndicatorIssues } from './dashboard-indicators.js';
import { LawGaugeError } from '../errors/law-gauge-error.js';
import { parseMapping } from '../ingest/parse-mapping.js';
import { mappingEntries } from '../ingest/parse-mapping.js';
import { Dashboard } from '../dashboard/dashboard.js';
import { closest } from '../model/closest.js';
import { MAPPING_ENTRY_KEYS } from '../model/mapping.js';
import { parseCatalog } from '../model/parse.js';
import { parseWith } from '../model/parse-with.js';
import { readJsonFile } from '../node/read-json-file.js';
import { parseProgramme } from '../reform/parse-programme.js';
import type { CliRun } from './cli-io.js';
import { lawGaugeErrorText } from './error-text.js';
import { knownDatasets } from './load-definitions.js';
import { parsePositionals } from './parse-options.js';
import { EXIT, UsageError } from './usage.js';

type Kind = 'catalog' | 'mapping' | 'programme' | 'dashboard';

/** What a definition file is: from its `$schema` when it names one, else from its shape. */
function kindOf(json: unknown): Kind | null {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return null;
  const record = json as Record<string, unknown>;
  const schema = typeof record['$schema'] === 'string' ? record['$schema'] : '';
  for (const kind of ['catalog', 'mapping', 'programme', 'dashboard'] as const)
    if (schema.endsWith(`${kind}.schema.json`)) return kind;
  if ('indicators' in record || 'datasets' in record) return 'catalog';
  if ('tasks' in record || 'areas' in record) return 'programme';
  if ('sections' in record) return 'dashboard';
  const entries = Object.entries(record).filter(([key]) => key !== '$schema');
  if (
    entries.length > 0 &&
    entries.every(
      ([, value]) =>
        // A misspelt key (`colums`) still marks a mapping, so its problems are listed, not "not a mapping".
        value !== null &&
        typeof value === 'object' &&
        Object.keys(value).some((key) => closest(key, MAPPING_ENTRY_KEYS) !== undefined),
    )
  )
    return 'mapping';
  return null;
}

/** `lawgauge validate <file>` (catalog, mapping, programme or dashboard): exit 0 when valid, 1 listing every problem, 2 when the file cannot be read or recognised. */
export async function validate(args: readonly string[], run: CliRun): Promise<number> {
  const { io, lang, messages } = run;
  const [path] = parsePositionals(args, 1);
  if (path === undefined) throw new UsageError((texts) => texts.validateOneFile);
  let json: unknown;
  try {
    json = await readJsonFile(path);
  } catch (error) {
    // A file that is not JSON is invalid (1); one that cannot be read is a usage error (2).
    if (!(error instanceof LawGaugeError) || error.code !== 'invalid_definition') throw error;
    io.err(`${lawGaugeErrorText(error, messages, false)}\n`);
    return EXIT.data;
  }
  const kind = kindOf(json);
  if (kind === null) {
    throw new UsageError((texts) => texts.notADefinition(path));
  }
  try {
    if (kind === 'catalog') {
      const catalog = parseCatalog(json);
      io.out(`${messages.validCatalog(path, catalog.id, catalog.datasets.length, catalog.indicators.length)}\n`);
    } else if (kind === 'mapping') {
      const mapping = parseMapping(json, knownDatasets());
      io.out(
        `${messages.validMapping(
          path,
          mappingEntries(mapping).map(([id]) => id),
        )}\n`,
      );
    } else if (kind === 'dashboard') {
      const dashboard = parseWith(Dashboard, json, 'dashboard');
      const unknown = await dashboardIndicatorIssues(dashboard, dirname(path));
      if (unknown.length > 0) throw new LawGaugeError('invalid_definition', 'dashboard', unknown);
      io.out(
        `${messages.validDashboard(
          path,
          dashboard.title[lang],
          dashboard.sections.length,
          dashboard.sections.reduce((sum, section) => sum + section.panels.length, 0),
        )}\n`,
      );
    } else {
      const programme = parseProgramme(json);
      io.out(`${messages.validProgramme(path, programme.id, programme.areas.length, programme.tasks.length)}\n`);
    }
    return EXIT.ok;
  } catch (error) {
    if (!(error instanceof LawGaugeError)) throw error;
    io.err(`${lawGaugeErrorText(new LawGaugeError(error.code, `${path}: ${kind}`, error.issues), messages)}\n`);
    return EXIT.data;
  }
}
