import type { TextEncodingChoice } from '../node/read-dataset-file.js';
import type { CliRun } from './cli-io.js';
import { rejectRate, type ReadSummary } from './data-summary.js';
import type { DatasetMapping } from '../model/mapping.js';
import { choice, positiveInt, rate } from './option-values.js';
import { EXIT } from './usage.js';

/** The options `compute` and `reform` share: output, rejects, encoding, quiet (`--lang` is every command's, read first). */
export const SHARED_OPTIONS = {
  format: { type: 'string' },
  out: { type: 'string' },
  rejects: { type: 'string' },
  'max-reject-rate': { type: 'string' },
  encoding: { type: 'string' },
  sheet: { type: 'string' },
  'header-row': { type: 'string' },
  quiet: { type: 'boolean' },
} as const;

export interface SharedValues {
  readonly format: 'table' | 'csv' | 'json';
  readonly encoding: TextEncodingChoice;
  /** The workbook sheet to read (`--sheet`): a name, or a 1-based number when all digits. */
  readonly sheet: string | number | undefined;
  /** `--header-row N`: the header is the file's N-th record or sheet row (a title above it); mapping `headerRow` for every file read. */
  readonly headerRow: number | undefined;
  readonly maxRejectRate: number;
  readonly quiet: boolean;
}

/** Checks and defaults the shared options. */
export function sharedValues(values: {
  format?: string | undefined;
  encoding?: string | undefined;
  sheet?: string | undefined;
  'header-row'?: string | undefined;
  'max-reject-rate'?: string | undefined;
  quiet?: boolean | undefined;
}): SharedValues {
  return {
    format: choice('--format', values.format, ['table', 'csv', 'json'] as const, 'table'),
    encoding: choice('--encoding', values.encoding, ['auto', 'utf-8', 'gb18030'] as const, 'auto'),
    sheet: sheetOption(values.sheet),
    headerRow: values['header-row'] === undefined ? undefined : positiveInt('--header-row', values['header-row']),
    maxRejectRate:
      values['max-reject-rate'] === undefined ? 0.01 : rate('--max-reject-rate', values['max-reject-rate']),
    quiet: values.quiet === true,
  };
}

/** Exit code 1, with a line per dataset, when a dataset's quarantined share is above the limit; else 0. */
export function rejectRateExit(
  reads: readonly ReadSummary[],
  maxRejectRate: number,
  run: CliRun,
  rejectsWritten: boolean,
): number {
  const over = reads.filter(({ table }) => rejectRate(table) > maxRejectRate);
  for (const { dataset, table } of over)
    run.io.err(
      `${run.messages.rejectRateExceeded(dataset, (rejectRate(table) * 100).toFixed(2), maxRejectRate, rejectsWritten)}\n`,
    );
  return over.length > 0 ? EXIT.data : EXIT.ok;
}

/** `--sheet 案件` names a sheet; `--sheet 2` is the second. */
export function sheetOption(value: string | undefined): string | number | undefined {
  if (value === undefined) return undefined;
  return /^[1-9]\d*$/.test(value) ? Number(value) : value;
}

/** A dataset's mapping entry with `--header-row` (which wins over the entry's `headerRow`); undefined when neither. */
export function withHeaderRow(
  entry: DatasetMapping | undefined,
  headerRow: number | undefined,
): { mapping: DatasetMapping } | Record<string, never> {
  if (headerRow === undefined) return entry === undefined ? {} : { mapping: entry };
  return { mapping: { ...entry, headerRow } };
}
