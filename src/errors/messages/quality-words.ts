/**
 * How a file's rows were read, as counts: read = used + quarantined + skipped. Each count is written
 * as the caller shows numbers (the CLI as digits, a widget grouped for its language); a note
 * follows its count in brackets.
 */
export interface RowCountWords {
  readonly read: string;
  readonly used: string;
  readonly rejected: string;
  /** After the rejected count: the share of records rejected (`25.00%`). */
  readonly rejectedNote?: string;
  readonly skipped: string;
  /** After the skipped count: why rows were skipped (`1 blank`). */
  readonly skippedNote?: string;
}

/**
 * The sentences that sum up how a data file was read, in one language: `lawgauge compute`'s
 * summary on stderr and the dashboard's data-quality line under a computed panel both say them.
 */
export interface QualityWords {
  /** A record's place: its 1-based row, and its line in the file when known. */
  readonly rowPlace: (row: number, line: number | null) => string;
  readonly rowCounts: (counts: RowCountWords) => string;
  /** A field as the file names it, its header beside its id: `立案日期 (filed_on)`. */
  readonly fieldShown: (field: string, header: string) => string;
  /**
   * `records` of `dataset` an indicator's measure left out because `field` (as the file names it,
   * `审限天数 (time_limit_days)`) is empty: the Report's `quality.<dataset>.excluded`.
   */
  readonly excludedNote: (dataset: string, records: number, field: string, indicator: string) => string;
}
