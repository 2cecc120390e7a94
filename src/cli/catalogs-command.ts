import { parseOptions } from './parse-options.js';
import { BUILT_IN_CATALOGS, builtInCatalog } from '../catalogs/built-in.js';
import type { CliRun } from './cli-io.js';
import { alignTable } from './text-table.js';
import { EXIT } from './usage.js';

/** `lawgauge catalogs`: the built-in catalogs and their indicators (id, label, unit, dataset), in the run's language. */
export function catalogs(args: readonly string[], run: CliRun): number {
  parseOptions(args, {});
  const { lang, messages } = run;
  const sections = BUILT_IN_CATALOGS.map((name) => {
    const catalog = builtInCatalog(name);
    const rows = [
      ...catalog.indicators.map((indicator) => [
        indicator.id,
        indicator.label[lang],
        indicator.unit,
        indicator.dataset,
      ]),
      ...(catalog.composites ?? []).map((composite) => [
        composite.id,
        composite.label[lang],
        messages.compositeUnit,
        '',
      ]),
    ];
    return `${name} — ${catalog.label[lang]} (${catalog.datasets.map((dataset) => dataset.id).join(', ')})\n${alignTable(messages.catalogHeader, rows)}`;
  });
  run.io.out(`${sections.join('\n\n')}\n`);
  return EXIT.ok;
}
