import { parseOptions } from './parse-options.js';
import { mappingEntries } from '../ingest/parse-mapping.js';
import { toSql } from '../sql/compile-sql.js';
import { SQL_DIALECTS } from '../sql/dialect.js';
import { writeResult, type CliRun } from './cli-io.js';
import { tableColumns, tableNames } from './engine-compute.js';
import { loadCatalog, loadMapping } from './load-definitions.js';
import { choice } from './option-values.js';
import { EVALUATION_OPTIONS, evaluationOptions } from './evaluation-options.js';
import { selectIndicators } from './indicator-selection.js';
import { EXIT, UsageError } from './usage.js';

/** The command's options, as parseOptions reads them (its --help lists each). */
export const OPTIONS = {
  ...EVALUATION_OPTIONS,
  dialect: { type: 'string' },
  table: { type: 'string', multiple: true },
  bind: { type: 'boolean' },
  out: { type: 'string' },
} as const;

/**
 * `lawgauge sql …`: prints the aggregate query of each dataset, for a DBA to review, run or
 * schedule. Values are written as escaped literals (`--bind`: as `$n` parameters, listed in a
 * comment), so the text runs as is in the engine's own client.
 */
export async function sql(args: readonly string[], run: CliRun): Promise<number> {
  const { messages } = run;
  const values = parseOptions(args, OPTIONS, run);
  if (values.catalog === undefined) throw new UsageError((texts) => texts.catalogRequired);
  if (values.from === undefined || values.to === undefined) throw new UsageError((texts) => texts.sqlRangeRequired);
  const dialect = choice('--dialect', values.dialect, SQL_DIALECTS, 'duckdb');
  const catalog = await loadCatalog(values.catalog);
  const mapping = values.map === undefined ? undefined : await loadMapping(values.map, catalog);
  const columns = Object.fromEntries(
    (mapping === undefined ? [] : mappingEntries(mapping)).flatMap(([id, entry]) =>
      entry.columns === undefined ? [] : [[id, tableColumns(id, entry.columns)]],
    ),
  );
  // A composite is computed from its indicators' Reports, outside the database: print their queries.
  const asked = evaluationOptions(values);
  const selection = selectIndicators(catalog, asked.indicators);
  const queries = toSql(catalog, {
    dialect,
    parameters: values.bind === true ? 'bind' : 'inline',
    tables: Object.fromEntries(tableNames(values.table ?? [], catalog)),
    columns,
    ...asked,
    ...(selection.evaluated === undefined ? {} : { indicators: selection.evaluated }),
  });
  const composites = selection.composites.map((id) => `${messages.sqlComposite(id)}\n`);
  const text = queries
    .map((query) => {
      const params = query.params.map((param, index) => `--   $${index + 1} = ${JSON.stringify(param)}`);
      return [
        messages.sqlDataset(catalog.id, query.dataset, query.dialect),
        ...(params.length === 0 ? [] : [messages.sqlParameters, ...params]),
        `${query.sql};`,
        '',
      ].join('\n');
    })
    .join('\n');
  await writeResult(run.io, values.out, composites.join('') + text);
  return EXIT.ok;
}
