import type { FunnelPosition, Variation } from '../../compare/compare-constants.js';
import type { WordableProblem } from '../../errors/messages/issue-messages.js';
import type { ReportRow } from '../../model/report.js';
import type { Light, TaskStatus } from '../../reform/reform-report.js';
import type { SkipReason } from '../../table/table.js';
import type { PeriodUnit } from '../../time/period-unit.js';

/**
 * What is wrong with a command line, sorted so every language can say it. `dash_value`: an
 * option's value starts with "-" (`--width -5`), which would be taken for an option.
 */
export type ArgumentErrorKind =
  'unknown_option' | 'missing_value' | 'dash_value' | 'takes_no_value' | 'unexpected_argument';

/** A command-line problem: its kind, the option (as typed) or argument it is about, and for an unknown option the nearest one the command has. */
export interface ArgumentProblem {
  readonly kind: ArgumentErrorKind;
  readonly token: string;
  readonly suggestion?: string;
}

/** The commands, as typed. */
export const COMMANDS = ['compute', 'sql', 'reform', 'render', 'validate', 'schema', 'catalogs', 'help'] as const;
export type Command = (typeof COMMANDS)[number];

/**
 * A command's `--help`: how it is called, what it does, and every option it takes with its default,
 * as `[option and its value, what it does (default)]`.
 */
export interface CommandHelp {
  readonly synopsis: string;
  readonly about: string;
  readonly options: readonly (readonly [option: string, text: string])[];
}

/** The counts on a dataset's summary line. */
export interface SummaryCounts {
  readonly dataset: string;
  readonly source: string;
  readonly format: string;
  /** The text encoding, shown for CSV; null otherwise. */
  readonly encoding: string | null;
  readonly read: number;
  readonly used: number;
  readonly rejected: number;
  /** Rejected of used + rejected, in percent, already rounded (`25.00`); null when there are no records (used + rejected = 0). */
  readonly percent: string | null;
  readonly skipped: number;
  /** Skipped rows by reason, the non-zero ones; empty when the reader does not say. */
  readonly skippedBy: readonly (readonly [SkipReason, number])[];
}

/**
 * Every text a CLI run prints, in one language. Each language's table has every key, so a text
 * missing from one fails to compile; `en` keeps the wording the CLI had before it spoke two
 * languages, and the core's English problems as they are.
 */
export interface Messages {
  // Help, and how errors end.
  readonly usage: string;
  /** Each command's `lawgauge <command> --help`; `helpWords` its headings and the options every command takes. */
  readonly commandHelp: Readonly<Record<Command, CommandHelp>>;
  readonly helpWords: {
    readonly usage: string;
    readonly options: string;
    readonly common: string;
    readonly commonOptions: readonly (readonly [option: string, text: string])[];
    readonly exitCodes: string;
  };
  /** Where to read more after a usage error: the command's own help when the command is known. */
  readonly runHelp: (command: Command | undefined) => string;
  readonly debugHint: string;
  readonly problemCount: (count: number) => string;
  /** A failure outside lawgauge (a database, the file system), in the failing system's own words. */
  readonly failure: (detail: string) => string;
  /** An engine failed connecting, or over the given datasets and their tables or files; `detail` is the driver's words. */
  readonly engineFailure: (
    engine: string,
    datasets: readonly (readonly [dataset: string, source: string])[] | null,
    detail: string,
  ) => string;
  /** `suggestion`: the command nearest to what was typed, if one is close. */
  readonly unknownCommand: (command: string, suggestion: string | undefined) => string;
  /** `lawgauge schema <name>`: `got` is not a schema's name (`suggestion`: the nearest). */
  readonly schemaExpected: (
    names: readonly string[],
    got: string | undefined,
    suggestion: string | undefined,
  ) => string;
  readonly argumentError: (problem: ArgumentProblem) => string;
  /** A note: an option that takes one value was given `first`, later `last`, which is used. */
  readonly lastValueUsed: (option: string, first: string, last: string) => string;
  /** A problem the core found: a quarantined value or record, or an issue of an error (src/errors/messages). */
  readonly problem: (problem: WordableProblem) => string;

  // Option values.
  readonly expectedOneOf: (option: string, allowed: readonly string[], got: string) => string;
  readonly emptyListItem: (option: string, value: string) => string;
  readonly expectedRate: (option: string, value: string) => string;
  readonly expectedNumber: (option: string, value: string) => string;
  /** A flag given without the flag it refines (`--spc-phase` without `--spc`). */
  readonly needsOption: (option: string, needed: string) => string;
  readonly expectedWholeNumber: (option: string, value: string) => string;
  /** An option value the core's own check refuses (`--spc p`, `--from 2019-02-30`), worded as the core words it, placed at the flag. */
  readonly optionProblem: (option: string, problem: WordableProblem) => string;
  /** A period key that is no period of the unit the Reports have (`--spc-phase 2019-13` with `--period month`). */
  readonly expectedPeriod: (option: string, value: string, unit: PeriodUnit) => string;

  // compute, sql: what to read.
  readonly catalogRequired: string;
  readonly notACatalog: (name: string, builtIns: readonly string[]) => string;
  readonly dataRequired: string;
  readonly dataPair: (value: string) => string;
  readonly tablePair: (value: string) => string;
  readonly givenTwice: (option: string, dataset: string) => string;
  readonly oneStdin: string;
  /** `known`: the catalog's datasets, when the message lists them. */
  readonly noSuchDataset: (option: string, catalog: string, dataset: string, known?: readonly string[]) => string;
  readonly datasetNeeded: (dataset: string, indicators: readonly string[]) => string;
  /** `suggestions`: for each of `ids`, the nearest indicator or composite id, if one is close. */
  readonly unknownIndicators: (
    ids: readonly string[],
    catalog: string,
    indicators: readonly string[],
    composites: readonly string[],
    suggestions: readonly (string | undefined)[],
  ) => string;
  readonly rankNeedsComposite: string;
  readonly tableNeedsEngine: string;
  readonly rejectsNeedFiles: string;
  readonly filesNeedDuckdb: string;
  readonly duckdbNoStdin: string;
  readonly mapValuesForFiles: (dataset: string) => string;
  readonly mapAbsentForTable: (dataset: string, fields: readonly string[]) => string;

  // compute: notes and --verbose.
  readonly dataNotRead: (dataset: string) => string;
  /** `--sheet` (or `--milestones-sheet`) given, and none of `sources` is a workbook: it chose nothing. */
  readonly sheetUnused: (option: string, sources: readonly string[]) => string;
  /** No record had a usable date to infer the period range from; `rejected` rows were rejected (unknown with an engine). */
  /** No period range to infer: `rejected` rows (when known), or `noRecords`: the data files hold no records at all. */
  readonly noUsableDates: (rejected: number | undefined, noRecords: boolean) => string;
  /** Rows quarantined as not UTF-8 in a file that reads as GB18030 without an error: `--encoding gb18030`. */
  readonly gb18030Hint: (dataset: string, rows: number) => string;
  /** A reform ledger none of whose rows is a usable task (all quarantined or skipped): rows read = used + quarantined + skipped. */
  readonly noUsableTasks: (source: string, read: number, quarantined: number, skipped: number) => string;
  /** A field with a default and no column: `label` is its Chinese label, the header exports use. */
  readonly defaultedNote: (dataset: string, field: string, label: string, value: string) => string;
  /** A record rule (`key` or a check's id) reads `missing`, which the file has no column for (read as empty). */
  readonly ruleWithoutColumn: (dataset: string, rule: string, missing: readonly string[]) => string;
  /**
   * `records` of `dataset` an indicator's measure left out because `field` (as the file names it,
   * `审限天数 (time_limit_days)`) is empty: the Report's `quality.<dataset>.excluded`.
   */
  readonly excludedNote: (dataset: string, records: number, field: string, indicator: string) => string;
  readonly verboseRead: (
    dataset: string,
    source: string,
    format: string,
    encoding: string | null,
    bytes: number,
  ) => string;
  /**
   * `records` of `dataset` in the denominator of `indicator` (a rate or ratio) but not in its
   * numerator, because `field`, which only the numerator needs, is empty: also counted in the
   * Report's `quality.<dataset>.excluded`.
   */
  readonly excludedNumeratorNote: (dataset: string, records: number, field: string, indicator: string) => string;
  readonly columnRead: (field: string, header: string) => string;
  readonly columnDefault: (field: string, value: string) => string;
  readonly columnEmpty: (field: string) => string;

  // The summary on stderr.
  readonly summaryLine: (counts: SummaryCounts) => string;
  /** A record's place: its 1-based row, and its line in the file when known. */
  readonly rowPlace: (row: number, line: number | null) => string;
  /** A field as the file names it, its header beside its id: `立案日期 (filed_on)`. */
  readonly fieldShown: (field: string, header: string) => string;
  readonly reasonLine: (count: number, key: string, place: string, reason: string) => string;
  readonly moreKinds: (count: number) => string;
  readonly skippedPlace: (row: number, line: number | null, reason: SkipReason) => string;
  readonly skippedList: (places: readonly string[], more: boolean) => string;
  /** After a `header_below` problem: the flag that takes the header from row `row`. */
  readonly headerRowFlag: (row: number) => string;
  readonly rejectRateExceeded: (dataset: string, percent: string, limit: number, rejectsWritten: boolean) => string;
  readonly progress: (rows: number, perSecond: number) => string;

  // Output files.
  readonly outputIsInput: (option: string, path: string, input: string) => string;
  readonly outputsClash: (option: string, path: string, other: string) => string;
  /** `errno`: Node's code (`EACCES`), or `''`; `detail`: Node's message. */
  readonly cannotWrite: (path: string, errno: string, detail: string) => string;

  // Tables on stdout.
  readonly reportWords: Readonly<
    Record<'indicator' | 'period' | 'value' | 'interval' | 'status' | 'n' | 'note' | 'rank' | 'total', string> &
      Record<NonNullable<ReportRow['status']> | NonNullable<ReportRow['flag']>, string>
  >;
  /** The `--spc` and `--funnel` columns of a table: their headers, a point's variation, a group's place in the funnel. */
  readonly comparisonWords: {
    readonly spc: string;
    readonly funnel: string;
    readonly variations: Readonly<Record<Variation, string>>;
    readonly positions: Readonly<Record<FunnelPosition, string>>;
  };
  readonly reformWords: Readonly<
    Record<
      | 'asOf'
      | 'completion'
      | 'weighted'
      | 'verification'
      | 'onTime'
      | 'projection'
      | 'none'
      | 'finished'
      | 'colon'
      | 'comma'
      | 'synthetic'
      | 'task'
      | 'owner'
      | 'status'
      | 'light'
      | 'progress'
      | 'due'
      | 'late',
      string
    > & {
      readonly statuses: Readonly<Record<TaskStatus, string>>;
      readonly lights: Readonly<Record<Light, string>>;
      /** What the headline rates are over: the leaf tasks (a task with subtasks is their rollup). */
      readonly ofLeaves: (count: number) => string;
    }
  >;
  readonly catalogHeader: readonly [id: string, indicator: string, unit: string, dataset: string];
  readonly compositeUnit: string;

  // reform.
  readonly reformSource: string;
  readonly titleEmpty: (option: string) => string;
  readonly titleWithProgramme: string;
  readonly mapWithProgramme: string;

  // sql: the comments in the printed queries.
  readonly sqlRangeRequired: string;
  readonly sqlComposite: (composite: string) => string;
  readonly sqlDataset: (catalog: string, dataset: string, dialect: string) => string;
  readonly sqlParameters: string;

  // render.
  readonly renderReportRequired: string;
  readonly renderWidgetRequired: (widgets: readonly string[]) => string;
  readonly pngNeedsOut: string;
  /** `--out`'s extension is not the format's (`given`: `--format` was given, else the extension is unknown). */
  readonly renderOutExtension: (out: string, format: string, given: boolean) => string;
  /** `--report` is an array of Reports and `--indicator` names none of them: `ids` are theirs. */
  readonly renderNoIndicator: (path: string, indicator: string, ids: readonly string[]) => string;
  /**
   * `--report` holds another kind of document than the widget draws: an indicator Report given to
   * reform-progress (`kind` "report"), or a reform report to an indicator widget ("reform");
   * `widgets` are the `--widget` values that draw it.
   */
  readonly renderWrongKind: (path: string, kind: 'report' | 'reform', widgets: readonly string[]) => string;
  /** After the first problems of a Report that fails its check, how many more there are. */
  readonly renderMoreProblems: (more: number, all: number) => string;
  /** `--report` is an array of several Reports and no `--indicator` chose one. */
  readonly renderChooseIndicator: (path: string, ids: readonly string[]) => string;
  /** `--group`, `--groups` or `--period` names a value the Report has no rows of; `known` some it has ("…" for the rest), `suggestion` the nearest. */
  readonly renderUnknownValue: (
    option: string,
    value: string,
    known: readonly string[],
    suggestion: string | undefined,
  ) => string;
  /** No CJK font for a PNG: `tried` is what was looked for, in order (fontconfig, then files). */
  readonly noCjkFont: (tried: readonly string[]) => string;
  readonly fontUnreadable: (path: string, errno: string) => string;
  /** `--font` names a file that is no TrueType/OpenType font. */
  readonly notAFont: (path: string) => string;
  /** `--font` names a font without glyphs for `missing` (Chinese characters every render writes). */
  readonly fontLacksCjk: (path: string, missing: readonly string[]) => string;
  /** A warning: the PNG draws `missing` (each with its code point), which none of the font files `fonts` has. */
  readonly pngUncovered: (missing: readonly string[], fonts: readonly string[]) => string;
  /** A dashboard's data-quality line: its indicator Reports (each once), their values, and the rows withheld, unstable or without data. */
  readonly dashboardValues: (counts: {
    readonly reports: number;
    readonly values: number;
    readonly withheld: number;
    readonly unstable: number;
    readonly noData: number;
  }) => string;

  // validate.
  readonly validateOneFile: string;
  readonly notADefinition: (path: string) => string;
  readonly validCatalog: (path: string, id: string, datasets: number, indicators: number) => string;
  readonly validMapping: (path: string, datasets: readonly string[]) => string;
  readonly validDashboard: (path: string, title: string, sections: number, panels: number) => string;
  readonly validProgramme: (path: string, id: string, areas: number, tasks: number) => string;
}
