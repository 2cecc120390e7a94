import { EN_ERRNO_WORDS, EN_ISSUES, EN_QUALITY_WORDS } from '../../errors/messages/en.js';
import { wordIssue } from '../../errors/messages/issue-messages.js';
import { codePointText } from '../font-coverage.js';
import type { PeriodUnit } from '../../time/period-unit.js';
import type { Messages } from './messages.js';

const PERIOD_WORDS: Readonly<Record<PeriodUnit, string>> = {
  day: 'day',
  week: 'ISO week',
  month: 'month',
  quarter: 'quarter',
  year: 'year',
};

/** A period key of each unit, as Report rows name periods. */
export const PERIOD_EXAMPLES: Readonly<Record<PeriodUnit, string>> = {
  day: '2019-03-05',
  week: '2019-W10',
  month: '2019-03',
  quarter: '2019-Q1',
  year: '2019',
};

const quoted = (names: readonly string[]): string => names.map((name) => `"${name}"`).join(', ');
const SKIP_REASONS = { blank: 'blank', footer: 'footer', title: 'title', note: 'note' } as const;

/** The CLI in English. Problems found by the core are worded by the core's English table, which equals their messages. */
export const EN: Messages = {
  usage: `Usage:
  lawgauge compute --catalog <name|file.json> --data <dataset>=<file.csv|.xlsx|.json|.ndjson|-> [--data …]
                   [--map <mapping.json>] [--by <field>[,<field>]] [--period day|week|month|quarter|year]
                   [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--ytd] [--indicator <id|composite>[,…]] [--rank]
                   [--format table|csv|json] [--out <file>] [--rejects <file>] [--max-reject-rate <0..1>]
                   [--encoding auto|utf-8|gb18030] [--sheet <name|number>] [--header-row <n>] [--suppress <k>] [--min-sample <n>]
                   [--verbose] [--quiet] [--engine duckdb[:<file.duckdb>]|postgres://…|clickhouse://…] [--table <dataset>=<table>]
                   [--spc xmr|pprime [--spc-baseline <n>] [--spc-phase <period> …] [--spc-target <x>]]
                   [--funnel [--no-overdispersion] [--funnel-period <period>] [--funnel-target <0..1>]]
  lawgauge sql     --catalog <name|file.json> --from YYYY-MM-DD --to YYYY-MM-DD
                   [--dialect duckdb|postgres|clickhouse] [--table <dataset>=<table>] [--map <mapping.json>]
                   [--by …] [--period …] [--ytd] [--indicator …] [--bind] [--out <file>]
  lawgauge reform  --tasks <file> [--milestones <file>] [--sheet <name|number>] [--milestones-sheet <name|number>]
                   [--map <mapping.json>] [--title <text>] [--title-en <text>]
                   | --programme <programme.json>
                   [--as-of YYYY-MM-DD] [--format table|csv|json] [--out <file>] [--rejects <file>] [--encoding …]
  lawgauge render  --report <Report.json> --widget card|trend|bars|table|spc|funnel|map|reform-progress
                   [--indicator <id>] [--group <value>] [--groups <a,b>] [--period <key>]
                   | --dashboard <config.json>
                   [--theme light|dark] [--width <px>] [--format svg|png|html] [--out <file>] [--font <file>] [--scale <n>]
  lawgauge validate <catalog|mapping|programme|dashboard file>   exit 0 valid, 1 invalid (every problem listed)
  lawgauge schema <catalog|dataset|indicator|report|mapping|programme|reform-report|dashboard>
  lawgauge catalogs                                    built-in catalogs and their indicators
  lawgauge help [<command>] | lawgauge <command> --help    a command's options and their defaults
  lawgauge --help | --version

Every command takes --lang zh-CN|en: everything it prints (tables, summary, reasons, errors, this
help) is in that language. Without it the language follows the locale: the first of LC_ALL,
LC_MESSAGES and LANG that is set (zh_CN.UTF-8, or any zh…, gives zh-CN; C, POSIX and the rest give
en); with none set, the system's locale.

Data files: CSV (UTF-8 with or without BOM, or GBK/GB18030), Excel workbooks (.xlsx; --sheet
picks a sheet), a JSON array of records, or NDJSON (.ndjson/.jsonl); "-" reads stdin. Headers are matched to fields by name or Chinese/English label,
or through --map. With --engine the aggregation runs in the database and only aggregates come
back: DuckDB reads --data CSV (UTF-8) or Parquet files itself (larger than memory is fine);
PostgreSQL and ClickHouse read --table (default: the dataset id). --indicator also takes
composite ids (see lawgauge catalogs): their indicators are evaluated alike and the composite's
Report follows; --rank adds each unit's rank. --rejects writes dataset,row,line,field,value,code,reason.
--suppress <k> withholds values resting on fewer than k records; --min-sample <n> flags those resting
on fewer than n (a rate's denominator) as unstable, "small sample, indicative", for every indicator
(default: each indicator's minSample; the sampled ones in the built-in catalogs have 30).
--spc charts each group's series over the periods (and the total's): xmr for any indicator, pprime
(Laney p′) for rates; --spc-baseline <n> sets the limits on each phase's first n values, --spc-phase
starts a new phase at a period (e.g. a reform). --funnel compares the groups of each period against
95% and 99.8% limits at their own size, widened by overdispersion unless --no-overdispersion.
CSV adds spc_centre,spc_lower,spc_upper,spc_rules,spc_variation and funnel_target,funnel_lower95,
funnel_upper95,funnel_lower998,funnel_upper998,funnel_position; JSON carries "spc" and "funnel"
(docs/comparing.md).
Exit codes: 0 ok; 1 quarantined rows above --max-reject-rate (default 0.01; output
still written); 2 usage or definition errors, an unreadable file, an --out/--rejects path that is an input, or an
engine that fails (one line naming it; --debug adds the stack trace).`,
  commandHelp: {
    compute: {
      synopsis: 'lawgauge compute --catalog <name|file.json> --data <dataset>=<file> [--data …] [options]',
      about:
        "Computes a catalog's indicators from data files (or in a database with --engine) and explains every row it could not use: per dataset, rows read = used + quarantined + skipped on stderr.",
      options: [
        ['--catalog <name|file.json>', 'a built-in catalog (lawgauge catalogs lists them) or a catalog file; required'],
        [
          '--data <dataset>=<file|->',
          'a dataset\'s file: CSV, .xlsx, JSON array or NDJSON; "-" reads stdin; once per dataset; required without --engine',
        ],
        [
          '--map <mapping.json>',
          "the files' headers, value spellings and date formats (default: headers matched by field name or label)",
        ],
        ['--by <field>[,<field>]', 'group the rows by these fields (default: none, totals only)'],
        ['--period day|week|month|quarter|year', 'the length of each period (default: month)'],
        ['--from YYYY-MM-DD', 'the first day counted (default: the earliest usable date in the data)'],
        ['--to YYYY-MM-DD', 'the last day counted (default: the latest usable date in the data)'],
        ['--ytd', "each period's value from the start of its year (default: each period alone)"],
        [
          '--indicator <id|composite>[,…]',
          "the indicators or composite indices to compute (default: all the catalog's indicators)",
        ],
        ['--rank', 'rank the units of a composite index (default: no ranks)'],
        ['--suppress <k>', "withhold values resting on fewer than k records (default: each indicator's own threshold)"],
        [
          '--min-sample <n>',
          "flag values resting on fewer than n records (a rate's denominator) as small samples (default: each indicator's minSample)",
        ],
        ['--format table|csv|json', 'the output (default: table)'],
        ['--out <file>', 'write the output to this file (default: stdout)'],
        [
          '--rejects <file>',
          'write every unusable value as CSV: dataset,row,line,field,value,code,reason (default: none)',
        ],
        ['--max-reject-rate <0..1>', "exit 1 when a dataset's quarantined share is above it (default: 0.01)"],
        [
          '--encoding auto|utf-8|gb18030',
          "the CSV files' text encoding (default: auto, UTF-8 unless the bytes show GB18030)",
        ],
        ['--sheet <name|number>', 'the workbook sheet to read (default: the first)'],
        ['--header-row <n>', "the header is each data file's n-th row; the rows above are skipped (default: 1)"],
        ['--verbose', 'print the column read for each field (default: off)'],
        ['--quiet', 'no progress bar and no summary on stderr (default: off)'],
        [
          '--engine duckdb[:<file.duckdb>]|postgres://…|clickhouse://…',
          'aggregate in a database; only aggregates come back (default: none, lawgauge reads the files)',
        ],
        ['--table <dataset>=<table>', "a dataset's table in the --engine; once per dataset (default: the dataset id)"],
        ['--spc xmr|pprime', 'a process-behaviour chart of each series (default: none)'],
        ['--spc-baseline <n>', "the limits from each phase's first n values (default: all its values)"],
        [
          '--spc-phase <period>',
          'a new phase from this period (e.g. a reform), of the --period unit (2019-04); repeatable (default: one phase)',
        ],
        ['--spc-target <x>', "the target the chart's assurance is judged against (default: the indicator's)"],
        ['--funnel', "a funnel plot of each period's groups (default: none)"],
        ['--no-overdispersion', "the funnel's limits not widened for overdispersion (default: widened)"],
        [
          '--funnel-period <period>',
          "only this period's funnel, of the --period unit (2019-04) (default: every period)",
        ],
        ['--funnel-target <0..1>', "the funnel's target rate (default: the rate of all the groups together)"],
      ],
    },
    sql: {
      synopsis: 'lawgauge sql --catalog <name|file.json> --from YYYY-MM-DD --to YYYY-MM-DD [options]',
      about: "Prints the aggregate query of each dataset a catalog's indicators read, for a database to run.",
      options: [
        ['--catalog <name|file.json>', 'a built-in catalog or a catalog file; required'],
        ['--from YYYY-MM-DD', 'the first day counted; required'],
        ['--to YYYY-MM-DD', 'the last day counted; required'],
        ['--dialect duckdb|postgres|clickhouse', "the database's SQL (default: duckdb)"],
        ['--table <dataset>=<table>', "a dataset's table; once per dataset (default: the dataset id)"],
        ['--map <mapping.json>', "the tables' column names (default: the field names)"],
        ['--by <field>[,<field>]', 'group the rows by these fields (default: none, totals only)'],
        ['--period day|week|month|quarter|year', 'the length of each period (default: month)'],
        ['--ytd', "each period's value from the start of its year (default: each period alone)"],
        [
          '--indicator <id|composite>[,…]',
          "the indicators to write queries for (default: all the catalog's indicators)",
        ],
        ['--suppress <k>', "withhold values resting on fewer than k records (default: each indicator's own threshold)"],
        [
          '--min-sample <n>',
          "flag values resting on fewer than n records (a rate's denominator) as small samples (default: each indicator's minSample)",
        ],
        ['--bind', 'values as $n parameters, listed in a comment (default: escaped literals)'],
        ['--out <file>', 'write the queries to this file (default: stdout)'],
      ],
    },
    reform: {
      synopsis:
        'lawgauge reform --tasks <file> [--milestones <file>] [options]\nlawgauge reform --programme <programme.json> [options]',
      about: "A reform programme's progress as of a day, from a task ledger (CSV, .xlsx, …) or a programme file.",
      options: [
        ['--tasks <file>', 'the task ledger; this or --programme is required'],
        ['--milestones <file>', "the tasks' milestones (default: none)"],
        ['--programme <programme.json>', 'a programme file instead of a ledger'],
        ['--sheet <name|number>', "the tasks' workbook sheet (default: the first)"],
        ['--milestones-sheet <name|number>', "the milestones' workbook sheet (default: the first)"],
        ['--header-row <n>', "the header is each ledger's n-th row; the rows above are skipped (default: 1)"],
        ['--title <text>', "the ledger's programme title (default: 改革任务台账)"],
        ['--title-en <text>', 'its English title (default: --title, else Reform task ledger)'],
        [
          '--map <mapping.json>',
          "the ledgers' headers, value spellings and date formats, under reform_tasks and reform_milestones (default: headers matched by field name or label)",
        ],
        ['--as-of YYYY-MM-DD', 'the day progress is measured at (default: today in Shanghai)'],
        ['--format table|csv|json', 'the output (default: table)'],
        ['--out <file>', 'write the output to this file (default: stdout)'],
        ['--rejects <file>', 'write every unusable value as CSV (default: none)'],
        ['--max-reject-rate <0..1>', "exit 1 when a ledger's quarantined share is above it (default: 0.01)"],
        ['--encoding auto|utf-8|gb18030', "the CSV files' text encoding (default: auto)"],
        ['--quiet', 'no summary on stderr (default: off)'],
      ],
    },
    render: {
      synopsis:
        'lawgauge render --report <Report.json> --widget <widget> [options]\nlawgauge render --dashboard <config.json> [options]',
      about: 'Draws a widget from a Report, or a whole dashboard, as SVG, PNG or HTML, with no browser.',
      options: [
        [
          '--report <Report.json>',
          'a Report, or the array compute --format json writes; this or --dashboard is required',
        ],
        ['--widget card|trend|bars|table|spc|funnel|map|reform-progress', 'the widget to draw; required with --report'],
        ['--dashboard <config.json>', 'a whole dashboard instead of one widget'],
        ['--indicator <id>', 'the Report to draw from an array (default: the only one)'],
        ['--group <value>', "the widget's group attribute (default: the widget's, the total)"],
        ['--groups <a,b>', "the trend's groups (default: the widget's)"],
        ['--period <key>', "the widget's period attribute (default: the widget's, the latest)"],
        ['--theme light|dark', 'the colours (default: light)'],
        ['--width <px>', 'the width in CSS pixels (default: 800; a dashboard 1200)'],
        ['--format svg|png|html', "the picture's format (default: from --out's extension, else svg)"],
        ['--out <file>', 'write the picture to this file (default: stdout; a PNG needs --out)'],
        ['--font <file.ttf|.otf|.ttc>', "the PNG's CJK font (default: the first fontconfig or the usual paths give)"],
        ['--scale <n>', "the PNG's pixels per CSS pixel (default: 2)"],
      ],
    },
    validate: {
      synopsis: 'lawgauge validate <file>',
      about:
        'Checks a catalog, mapping, programme or dashboard file: exit 0 when valid, 1 listing every problem, 2 when it cannot be read or recognised.',
      options: [],
    },
    schema: {
      synopsis: 'lawgauge schema <catalog|dataset|indicator|report|mapping|programme|reform-report|dashboard>',
      about: "Prints a definition's JSON Schema, for editors.",
      options: [],
    },
    catalogs: {
      synopsis: 'lawgauge catalogs',
      about: 'Lists the built-in catalogs, their indicators and composite indices.',
      options: [],
    },
    help: {
      synopsis: 'lawgauge help [<command>]',
      about: "Prints the usage of every command, or one command's options.",
      options: [],
    },
  },
  helpWords: {
    usage: 'Usage:',
    options: 'Options:',
    common: 'Every command:',
    commonOptions: [
      ['--lang zh-CN|en', 'the language of everything printed (default: from LC_ALL, LC_MESSAGES or LANG)'],
      ['--debug', "an unexpected error's stack trace (default: off)"],
      ['--help, -h', 'this help'],
    ],
    exitCodes:
      'Exit codes: 0 ok; 1 data: quarantined rows above --max-reject-rate (output still written), or an invalid file for validate; 2 usage: the command line, a definition or an input file that cannot be used, an output path that is an input, an engine or another failure (one line naming it).',
  },
  runHelp: (command) =>
    command === undefined ? 'Run "lawgauge --help" for usage.' : `Run "lawgauge ${command} --help" for its usage.`,
  debugHint: '(--debug shows the stack trace)',
  problemCount: (count) => `${count} problem${count === 1 ? '' : 's'}`,
  failure: (detail) => detail,
  engineFailure: (engine, datasets, detail) =>
    `${engine}: ${datasets === null ? 'could not connect' : `failed on ${datasets.map(([dataset, source]) => `dataset "${dataset}" (${source})`).join(', ')}`}: ${detail}`,
  unknownCommand: (command, suggestion) =>
    `unknown command "${command}"${suggestion === undefined ? '' : `; did you mean "${suggestion}"?`}`,
  schemaExpected: (names, got, suggestion) =>
    `expected one of ${names.join(', ')}${got === undefined ? '' : `, got "${got}"`}${suggestion === undefined ? '' : `; did you mean "${suggestion}"?`}`,
  argumentError: ({ kind, token, suggestion }) => {
    switch (kind) {
      case 'unknown_option':
        return `unknown option ${token}${suggestion === undefined ? '' : `; did you mean ${suggestion}?`}`;
      case 'missing_value':
        return `${token} needs a value`;
      case 'dash_value':
        return `${token} is followed by another option or a value starting with "-": write ${token}=<value> for such a value`;
      case 'takes_no_value':
        return `${token} takes no value`;
      case 'unexpected_argument':
        return `unexpected argument "${token}": this command takes no more arguments`;
    }
  },
  lastValueUsed: (option, first, last) =>
    `note: ${option} is given more than once; the last, "${last}", is used, not "${first}"`,
  problem: (problem) => wordIssue(EN_ISSUES, problem),

  expectedOneOf: (option, allowed, got) => `${option}: expected one of ${allowed.join(', ')}, got "${got}"`,
  emptyListItem: (option, value) => `${option}: "${value}" has an empty name; expected a,b,c`,
  expectedRate: (option, value) => `${option}: expected a number from 0 to 1, got "${value}"`,
  expectedNumber: (option, value) => `${option}: expected a number, got "${value}"`,
  needsOption: (option, needed) => `${option} refines ${needed}: give ${needed} too`,
  expectedWholeNumber: (option, value) => `${option}: expected a whole number ≥ 1, got "${value}"`,
  optionProblem: (option, problem) => `${option}: ${wordIssue(EN_ISSUES, problem)}`,
  expectedPeriod: (option, value, unit) =>
    `${option}: expected a ${PERIOD_WORDS[unit]} such as ${PERIOD_EXAMPLES[unit]} (the Reports' periods, --period ${unit}), got "${value}"`,

  catalogRequired: '--catalog is required',
  notACatalog: (name, builtIns) =>
    `--catalog: "${name}" is neither a built-in catalog (${builtIns.join(', ')}) nor a .json file`,
  dataRequired: 'give at least one --data <dataset>=<file>',
  dataPair: (value) => `--data "${value}": expected <dataset>=<file> (or <dataset>=- for stdin)`,
  tablePair: (value) => `--table "${value}": expected <dataset>=<table>`,
  givenTwice: (option, dataset) => `${option}: dataset "${dataset}" is given twice`,
  oneStdin: '--data: only one dataset can be read from stdin (-)',
  noSuchDataset: (option, catalog, dataset, known) =>
    `${option}: catalog "${catalog}" has no dataset "${dataset}"${known === undefined ? '' : `; its datasets: ${known.join(', ')}`}`,
  datasetNeeded: (dataset, indicators) =>
    `dataset "${dataset}" is needed by ${indicators.join(', ')}: give --data ${dataset}=<file>, or choose other indicators with --indicator`,
  unknownIndicators: (ids, catalog, indicators, composites, suggestions) =>
    `--indicator: unknown ${ids.map((id, i) => `"${id}"${suggestions[i] === undefined ? '' : ` (did you mean "${suggestions[i]}"?)`}`).join(', ')} in catalog "${catalog}"; indicators: ${indicators.join(', ')}${composites.length > 0 ? `; composites: ${composites.join(', ')}` : ''}`,
  rankNeedsComposite:
    '--rank ranks the units of a composite index: name one with --indicator (lawgauge catalogs lists them)',
  tableNeedsEngine: '--table names tables of an --engine',
  rejectsNeedFiles:
    '--rejects: SQL engines count quarantined rows but do not list them; run without --engine to list them',
  filesNeedDuckdb:
    '--data: files are read with --engine duckdb (or without --engine); server engines read --table <dataset>=<table>',
  duckdbNoStdin: '--engine duckdb reads files, not stdin',
  mapValuesForFiles: (dataset) =>
    `--map: "values" and "formats" of dataset "${dataset}" apply to files; a database table holds typed values`,
  mapAbsentForTable: (dataset, fields) =>
    `--map: dataset "${dataset}" marks ${quoted(fields)} absent (null); that applies to files, and a database table must have the column`,

  noUsableTasks: (source, read, quarantined, skipped) =>
    `${source}: no usable task remains (read ${read}, used 0, quarantined ${quarantined}, skipped ${skipped}); the summary above says why for each kind of problem, --rejects <file> lists every row`,
  gb18030Hint: (dataset, rows) =>
    `note: ${dataset}: ${rows} row(s) quarantined for bytes that are not UTF-8, and the whole file reads as GB18030 without an error: if it is a GBK or GB18030 export, run again with --encoding gb18030`,
  noUsableDates: (rejected, noRecords) =>
    noRecords
      ? 'the data holds no records, so there is no period range to infer; give --from YYYY-MM-DD and --to YYYY-MM-DD to compute its periods as empty'
      : `no dated records were usable to infer the period range from${rejected === undefined || rejected === 0 ? '' : ` (${rejected} row(s) quarantined: see the summary above, or list them with --rejects <file>)`}; give --from YYYY-MM-DD and --to YYYY-MM-DD`,
  sheetUnused: (option, sources) =>
    `note: ${option} chooses a sheet of a workbook (.xlsx); ${sources.join(', ')} ${sources.length === 1 ? 'is not one' : 'are not workbooks'}, so it is not used`,
  dataNotRead: (dataset) => `note: --data ${dataset} is not read by the chosen indicators; skipped`,
  defaultedNote: (dataset, field, label, value) =>
    `note: ${dataset}: no column for "${field}" (${label}); every row reads its default, ${value}. If the file has it under another header, name it in --map; "${field}": null says it has none.`,
  excludedNote: EN_QUALITY_WORDS.excludedNote,
  ruleWithoutColumn: (dataset, rule, missing) =>
    `note: ${dataset}: the file has no column for ${missing.map((name) => `"${name}"`).join(', ')}, so ${rule === 'key' ? 'the key cannot tell duplicate records apart' : `check "${rule}" reads it as empty`}`,
  verboseRead: (dataset, source, format, encoding, bytes) =>
    `${dataset}: ${source} read as ${format}${encoding === null ? '' : ` (${encoding})`}, ${bytes} bytes; columns:`,
  columnRead: (field, header) => `  ${field} ← ${header}`,
  columnDefault: (field, value) => `  ${field} ← (no column: default ${value})`,
  columnEmpty: (field) => `  ${field} ← (no column: empty)`,
  excludedNumeratorNote: (dataset, records, field, indicator) =>
    `note: ${dataset}: ${records} record${records === 1 ? '' : 's'} without ${field} ${records === 1 ? 'is' : 'are'} in the denominator of ${indicator} but not in its numerator (its Report's quality.${dataset}.excluded)`,

  summaryLine: ({ dataset, source, format, encoding, read, used, rejected, percent, skipped, skippedBy }) =>
    `${dataset}: ${source} (${format}${encoding === null ? '' : `, ${encoding}`}): ${
      read === 0
        ? 'read 0 rows: no records'
        : `${EN_QUALITY_WORDS.rowCounts({
            read: String(read),
            used: String(used),
            rejected: String(rejected),
            ...(percent === null ? {} : { rejectedNote: `${percent}%` }),
            skipped: String(skipped),
            ...(skippedBy.length === 0
              ? {}
              : { skippedNote: skippedBy.map(([reason, count]) => `${count} ${SKIP_REASONS[reason]}`).join(', ') }),
          })}${percent === null ? ': no records, every row skipped' : ''}`
    }`,
  fieldShown: EN_QUALITY_WORDS.fieldShown,
  rowPlace: EN_QUALITY_WORDS.rowPlace,
  reasonLine: (count, key, place, reason) => `  ${count} × ${key} (e.g. ${place}: ${reason})`,
  moreKinds: (count) => `  … ${count} more kind(s); see --rejects`,
  skippedPlace: (row, line, reason) => `${line === null ? `row ${row}` : `line ${line}`} (${SKIP_REASONS[reason]})`,
  skippedList: (places, more) => `  skipped: ${places.join(', ')}${more ? ', …' : ''}`,
  headerRowFlag: (row) => `, or add --header-row ${row}`,
  rejectRateExceeded: (dataset, percent, limit, rejectsWritten) =>
    `error: ${dataset}: ${percent}% of rows quarantined, above --max-reject-rate ${limit}${rejectsWritten ? '' : '; write them out with --rejects <file>'}`,
  progress: (rows, perSecond) => `${rows.toLocaleString('en')} rows  ${perSecond.toLocaleString('en')} rows/s`,

  outputIsInput: (option, path, input) =>
    `${option} ${path}: that is an input of this run (${input}); writing there would overwrite it — choose another file`,
  outputsClash: (option, path, other) => `${option} ${path}: ${other} writes the same file; give each its own`,
  cannotWrite: (path, errno, detail) => `cannot write ${path}: ${EN_ERRNO_WORDS[errno] ?? detail}`,

  reportWords: {
    indicator: 'Indicator',
    period: 'Period',
    value: 'Value',
    interval: '95% interval',
    status: 'Status',
    n: 'n',
    note: 'Note',
    rank: 'Rank',
    total: 'Total',
    good: '● good',
    warning: '▲ watch',
    bad: '■ alert',
    'no-data': 'no data',
    suppressed: 'suppressed (too few records)',
    unstable: 'small sample, indicative',
    'indicator-excluded': 'an indicator equal in every unit left out',
  },
  comparisonWords: {
    spc: 'Variation',
    funnel: 'Funnel',
    variations: {
      common: 'common cause',
      improvement: 'special cause: improvement',
      concern: 'special cause: concern',
      special: 'special cause',
    },
    positions: {
      'above-998': 'above the 99.8% limit',
      'above-95': 'above the 95% limit',
      within: 'within the 95% limits',
      'below-95': 'below the 95% limit',
      'below-998': 'below the 99.8% limit',
    },
  },
  reformWords: {
    asOf: 'As of',
    completion: 'Completion (by count)',
    weighted: 'Completion (by weight)',
    verification: 'Verified',
    onTime: 'On time',
    projection: 'Projected finish',
    none: 'no recent completions to project from',
    finished: ' (all finished)',
    colon: ': ',
    comma: ', ',
    synthetic: ' (synthetic data)',
    task: 'Task',
    owner: 'Owner',
    status: 'Status',
    light: 'Light',
    progress: 'Progress',
    due: 'Due',
    late: 'Days late',
    statuses: {
      verified: 'verified',
      completed: 'completed',
      overdue: 'overdue',
      not_started: 'not started',
      at_risk: 'at risk',
      in_progress: 'in progress',
    },
    lights: { green: '● green', yellow: '▲ yellow', red: '■ red' },
    ofLeaves: (count) => ` (of ${count} leaf ${count === 1 ? 'task' : 'tasks'})`,
  },
  catalogHeader: ['id', 'indicator', 'unit', 'dataset'],
  compositeUnit: 'composite',

  reformSource: 'give either --tasks <file> (with optional --milestones <file>) or --programme <programme.json>',
  titleEmpty: (option) => `${option} needs a title`,
  mapWithProgramme: '--map names the headers of ledgers (--tasks, --milestones); a --programme file is read as it is',
  titleWithProgramme: '--title and --title-en name a ledger\'s programme; a --programme file has its own "label"',

  sqlRangeRequired: '--from and --to are required (the query is written for a fixed range of periods)',
  sqlComposite: (composite) =>
    `-- composite ${composite}: lawgauge computes it from the Reports of the indicators these queries aggregate (lawgauge compute --engine …)`,
  sqlDataset: (catalog, dataset, dialect) => `-- lawgauge ${catalog}: dataset ${dataset} (${dialect})`,
  sqlParameters: '-- parameters:',

  renderReportRequired: 'give --report <Report.json> or --dashboard <config.json>',
  renderWidgetRequired: (widgets) => `give --widget, one of ${quoted(widgets)}`,
  renderNoIndicator: (path, indicator, ids) =>
    `${path} has no Report of indicator "${indicator}"; it has ${quoted(ids)}`,
  renderWrongKind: (path, kind, widgets) =>
    kind === 'report'
      ? `${path} is an indicator Report (lawgauge compute --format json): draw it with --widget ${widgets.join(', ')}`
      : `${path} is a reform report (lawgauge reform --format json): draw it with --widget ${widgets.join(', ')}`,
  renderMoreProblems: (more, all) => `… and ${more} more (${all} problems in all)`,
  renderChooseIndicator: (path, ids) =>
    `${path} holds ${ids.length} Reports: choose one with --indicator <id>, one of ${quoted(ids)}`,
  renderUnknownValue: (option, value, known, suggestion) =>
    `${option} "${value}": the Report has no rows of it${suggestion === undefined ? '' : ` (did you mean "${suggestion}"?)`}${known.length === 0 ? '' : `; it has ${known.map((item) => (item === '…' ? item : `"${item}"`)).join(', ')}`}`,
  renderOutExtension: (out, format, given) =>
    given
      ? `--out ${out}: the file would be ${format.toUpperCase()}; name it .${format}`
      : `--out ${out}: render writes .svg, .png or .html files (the format is taken from the extension, or given with --format)`,
  pngNeedsOut: '--format png writes a file: give --out <file.png>',
  noCjkFont: (tried) =>
    `no font with Chinese characters for the PNG (没有可用的中文字体). Looked for: ${tried.join(', ')}. Install one (Debian: apt-get install fonts-noto-cjk or fonts-wqy-zenhei) or give --font <file.ttf|.otf|.ttc>`,
  dashboardValues: ({ reports, values, withheld, unstable, noData }) =>
    `Data quality: ${reports} Reports with ${values} values; ${withheld} withheld (fewer records than the suppression threshold), ${unstable} unstable (small samples), ${noData} without data.`,
  fontUnreadable: (path, errno) =>
    `cannot read the font ${path}${errno === '' ? '' : `: ${EN_ERRNO_WORDS[errno] ?? `system error ${errno}`}`}`,
  notAFont: (path) => `--font ${path} is not a font file (a TrueType or OpenType .ttf, .otf or .ttc)`,
  fontLacksCjk: (path, missing) =>
    `--font ${path} has no Chinese characters (no glyph for ${missing.join(' ')}): the PNG's Chinese text would be drawn as boxes. Give a CJK font, e.g. Noto Sans CJK (fonts-noto-cjk) or WenQuanYi Zen Hei (fonts-wqy-zenhei)`,
  pngUncovered: (missing, fonts) =>
    `warning: the PNG draws ${missing.map(codePointText).join(', ')} as boxes: no font loaded has ${missing.length === 1 ? 'it' : 'them'} (${fonts.join(', ')}). Install DejaVu Sans (fonts-dejavu-core) or give --font a font that has ${missing.length === 1 ? 'it' : 'them'}`,
  validateOneFile: 'expected one file',
  notADefinition: (path) =>
    `${path}: not a catalog, mapping, programme or dashboard (set "$schema" to one of schema/{catalog,mapping,programme,dashboard}.schema.json to say which)`,
  validCatalog: (path, id, datasets, indicators) =>
    `${path}: valid catalog "${id}" (${datasets} dataset(s), ${indicators} indicator(s))`,
  validMapping: (path, datasets) => `${path}: valid mapping for ${datasets.join(', ')}`,
  validDashboard: (path, title, sections, panels) =>
    `${path}: valid dashboard "${title}" (${sections} section(s), ${panels} panel(s))`,
  validProgramme: (path, id, areas, tasks) => `${path}: valid programme "${id}" (${areas} area(s), ${tasks} task(s))`,
};
