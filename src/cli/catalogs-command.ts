import { parseArgs } from 'node:util';
import { BUILT_IN_CATALOGS, builtInCatalog } from '../catalogs/built-in.js';
import type { CliIo } from './cli-io.js';
import { choice } from './option-values.js';
import { alignTable } from './text-table.js';
import { EXIT } from './usage.js';

/** `lawgauge catalogs`: the built-in catalogs and their indicators (id, label, unit, dataset). */
export function catalogs(args: readonly string[], io: CliIo): number {
  const { values } = parseArgs({ args: [...args], options: { lang: { type: 'string' } }, strict: true, allowPositionals: false });
  const lang = choice('--lang', values.lang, ['zh-CN', 'en'] as const, 'zh-CN');
  const sections = BUILT_IN_CATALOGS.map((name) => {
    const catalog = builtInCatalog(name);
    const rows = [
      ...catalog.indicators.map((indicator) => [indicator.id, indicator.label[lang], indicator.unit, indicator.dataset]),
      ...(catalog.composites ?? []).map((composite) => [composite.id, composite.label[lang], lang === 'en' ? 'composite' : '综合指数', '']),
    ];
    const header = lang === 'en' ? ['id', 'indicator', 'unit', 'dataset'] : ['id', '指标', '单位', '数据集'];
    return `${name} — ${catalog.label[lang]} (${catalog.datasets.map((dataset) => dataset.id).join(', ')})\n${alignTable(header, rows)}`;
  });
  io.out(`${sections.join('\n\n')}\n`);
  return EXIT.ok;
}
