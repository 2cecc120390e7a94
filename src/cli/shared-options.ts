import type { TextEncodingChoice } from '../node/read-dataset-file.js';
import type { CliIo } from './cli-io.js';
import { rejectRate, type ReadSummary } from './data-summary.js';
import { choice, rate } from './option-values.js';
import { EXIT } from './usage.js';

/** The options `compute` and `reform` share: output, rejects, encoding, language, quiet. */
export const SHARED_OPTIONS = {
  format: { type: 'string' },
  out: { type: 'string' },
  rejects: { type: 'string' },
  'max-reject-rate': { type: 'string' },
  encoding: { type: 'string' },
  sheet: { type: 'string' },
  lang: { type: 'string' },
  quiet: { type: 'boolean' },
} as const;

export interface SharedValues {
  readonly format: 'table' | 'csv' | 'json';
  readonly lang: 'zh-CN' | 'en';
  readonly encoding: TextEncodingChoice;
  /** The workbook sheet to read (`--sheet`): a name, or a 1-based number when all digits. */
  readonly sheet: string | number | undefined;
  readonly maxRejectRate: number;
  readonly quiet: boolean;
}

/** Checks and defaults the shared options. */
export function sharedValues(values: { format?: string | undefined; lang?: string | undefined; encoding?: string | undefined; sheet?: string | undefined; 'max-reject-rate'?: string | undefined; quiet?: boolean | undefined }): SharedValues {
  return {
    format: choice('--format', values.format, ['table', 'csv', 'json'] as const, 'table'),
    lang: choice('--lang', values.lang, ['zh-CN', 'en'] as const, 'zh-CN'),
    encoding: choice('--encoding', values.encoding, ['auto', 'utf-8', 'gb18030'] as const, 'auto'),
    sheet: sheetOption(values.sheet),
    maxRejectRate: values['max-reject-rate'] === undefined ? 0.01 : rate('--max-reject-rate', values['max-reject-rate']),
    quiet: values.quiet === true,
  };
}

/** Exit code 1, with a line per dataset, when a dataset's rejected share is above the limit; else 0. */
export function rejectRateExit(reads: readonly ReadSummary[], maxRejectRate: number, io: CliIo, rejectsWritten: boolean): number {
  const over = reads.filter(({ table }) => rejectRate(table) > maxRejectRate);
  for (const { dataset, table } of over) {
    io.err(`error: ${dataset}: ${(rejectRate(table) * 100).toFixed(2)}% of rows rejected, above --max-reject-rate ${maxRejectRate}${rejectsWritten ? '' : '; write them out with --rejects <file>'}\n`);
  }
  return over.length > 0 ? EXIT.data : EXIT.ok;
}

/** `--sheet 案件` names a sheet; `--sheet 2` is the second. */
export function sheetOption(value: string | undefined): string | number | undefined {
  if (value === undefined) return undefined;
  return /^[1-9]\d*$/.test(value) ? Number(value) : value;
}
