import { EN_ERRNO_WORDS, EN_ISSUES, EN_QUALITY_WORDS } from '../../errors/messages/en.js';
import { wordIssue } from '../../errors/messages/issue-messages.js';
import { codePointText } from '../font-coverage.js';
import type { Messages } from './messages.js';

const quoted = (names: readonly string[]): string => names.map((name) => `"${name}"`).join(', ');
const SKIP_REASONS = { blank: 'blank', footer: 'footer' } as const;

/** The CLI in English. Problems found by the core are worded by the core's English table, which equals their messages. */
export const EN: Messages = {
  usage: `Usage:
  lawgauge compute --catalog <name|file.json> --data <dataset>=<file.csv|.xlsx|.json|.ndjson|-> [--data …]
                   [--map <mapping.json>] [--by <field>[,<field>]] [--period day|week|month|quarter|year]
                   [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--ytd] [--indicator <id|composite>[,…]] [--rank]
                   [--format table|csv|json] [--out <file>] [--rejects <file>] [--max-reject-rate <0..1>]
                   [--encoding auto|utf-8|gb18030] [--sheet <name|number>] [--suppress <k>] [--min-sample <n>]
                   [--verbose] [--quiet] [--engine duckdb[:<file.duckdb>]|postgres://…|clickhouse://…] [--table <dataset>=<table>]
                   [--spc xmr|pprime [--spc-baseline <n>] [--spc-phase <period> …] [--spc-target <x>]]
                   [--funnel [--no-overdispersion] [--funnel-period <period>] [--funnel-target <0..1>]]
  lawgauge sql     --catalog <name|file.json> --from YYYY-MM-DD --to YYYY-MM-DD
                   [--dialect duckdb|postgres|clickhouse] [--table <dataset>=<table>] [--map <mapping.json>]
                   [--by …] [--period …] [--ytd] [--indicator …] [--bind] [--out <file>]
  lawgauge reform  --tasks <file> [--milestones <file>] [--sheet <name|number>] [--milestones-sheet <name|number>]
                   [--title <text>] [--title-en <text>]
                   | --programme <programme.json>
                   [--as-of YYYY-MM-DD] [--format table|csv|json] [--out <file>] [--rejects <file>] [--encoding …]
  lawgauge render  --report <Report.json> --widget card|trend|bars|table|spc|funnel|map|reform-progress
                   [--indicator <id>] [--group <value>] [--groups <a,b>] [--period <key>]
                   | --dashboard <config.json>
                   [--theme light|dark] [--width <px>] [--format svg|png|html] [--out <file>] [--font <file>] [--scale <n>]
  lawgauge validate <catalog|mapping|programme|dashboard file>   exit 0 valid, 1 invalid (every problem listed)
  lawgauge schema <catalog|dataset|indicator|report|mapping|programme|reform-report|dashboard>
  lawgauge catalogs                                    built-in catalogs and their indicators
  lawgauge help | --help | --version

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
Exit codes: 0 ok; 1 rejected rows above --max-reject-rate (default 0.01; output
still written); 2 usage or definition errors, an unreadable file, an --out/--rejects path that is an input, or an
engine that fails (one line naming it; --debug adds the stack trace).`,
  runHelp: 'Run "lawgauge --help" for usage.',
  debugHint: '(--debug shows the stack trace)',
  problemCount: (count) => `${count} problem${count === 1 ? '' : 's'}`,
  failure: (detail) => detail,
  engineFailure: (engine, datasets, detail) =>
    `${engine}: ${datasets === null ? 'could not connect' : `failed on ${datasets.map(([dataset, source]) => `dataset "${dataset}" (${source})`).join(', ')}`}: ${detail}`,
  unknownCommand: (command) => `unknown command "${command}"`,
  schemaExpected: (names, got) =>
    `schema: expected one of ${names.join(', ')}${got === undefined ? '' : `, got "${got}"`}`,
  argumentError: (kind, token, nodeMessage) =>
    kind === 'dash_value'
      ? `${token} is followed by another option or a value starting with "-": write ${token}=<value> for such a value`
      : nodeMessage,
  problem: (problem) => wordIssue(EN_ISSUES, problem),

  expectedOneOf: (option, allowed, got) => `${option}: expected one of ${allowed.join(', ')}, got "${got}"`,
  emptyListItem: (option, value) => `${option}: "${value}" has an empty name; expected a,b,c`,
  expectedRate: (option, value) => `${option}: expected a number from 0 to 1, got "${value}"`,
  expectedNumber: (option, value) => `${option}: expected a number, got "${value}"`,
  needsOption: (option, needed) => `${option} refines ${needed}: give ${needed} too`,
  expectedWholeNumber: (option, value) => `${option}: expected a whole number ≥ 1, got "${value}"`,
  expectedDate: (option, value) => `${option}: expected a date YYYY-MM-DD, got "${value}"`,

  catalogRequired: (command) => `${command}: --catalog is required`,
  notACatalog: (name, builtIns) =>
    `--catalog: "${name}" is neither a built-in catalog (${builtIns.join(', ')}) nor a .json file`,
  dataRequired: 'compute: give at least one --data <dataset>=<file>',
  dataPair: (value) => `--data "${value}": expected <dataset>=<file> (or <dataset>=- for stdin)`,
  tablePair: (value) => `--table "${value}": expected <dataset>=<table>`,
  givenTwice: (option, dataset) => `${option}: dataset "${dataset}" is given twice`,
  oneStdin: '--data: only one dataset can be read from stdin (-)',
  noSuchDataset: (option, catalog, dataset, known) =>
    `${option}: catalog "${catalog}" has no dataset "${dataset}"${known === undefined ? '' : `; its datasets: ${known.join(', ')}`}`,
  datasetNeeded: (dataset, indicators) =>
    `dataset "${dataset}" is needed by ${indicators.join(', ')}: give --data ${dataset}=<file>, or choose other indicators with --indicator`,
  unknownIndicators: (ids, catalog, indicators, composites) =>
    `--indicator: unknown ${quoted(ids)} in catalog "${catalog}"; indicators: ${indicators.join(', ')}${composites.length > 0 ? `; composites: ${composites.join(', ')}` : ''}`,
  rankNeedsComposite:
    '--rank ranks the units of a composite index: name one with --indicator (lawgauge catalogs lists them)',
  tableNeedsEngine: '--table names tables of an --engine',
  rejectsNeedFiles:
    '--rejects: SQL engines count rejected rows but do not list them; run without --engine to list them',
  filesNeedDuckdb:
    '--data: files are read with --engine duckdb (or without --engine); server engines read --table <dataset>=<table>',
  duckdbNoStdin: '--engine duckdb reads files, not stdin',
  mapValuesForFiles: (dataset) =>
    `--map: "values" and "formats" of dataset "${dataset}" apply to files; a database table holds typed values`,
  mapAbsentForTable: (dataset, fields) =>
    `--map: dataset "${dataset}" marks ${quoted(fields)} absent (null); that applies to files, and a database table must have the column`,

  noUsableDates: (rejected) =>
    `no dated records were usable to infer the period range from${rejected === undefined || rejected === 0 ? '' : ` (${rejected} row(s) rejected: see the summary above, or list them with --rejects <file>)`}; give --from YYYY-MM-DD and --to YYYY-MM-DD`,
  dataNotRead: (dataset) => `note: --data ${dataset} is not read by the chosen indicators; skipped`,
  defaultedNote: (dataset, field, label, value) =>
    `note: ${dataset}: no column for "${field}" (${label}); every row reads its default, ${value}. If the file has it under another header, name it in --map; "${field}": null says it has none.`,
  ruleWithoutColumn: (dataset, rule, missing) =>
    `note: ${dataset}: the file has no column for ${missing.map((name) => `"${name}"`).join(', ')}, so ${rule === 'key' ? 'the key cannot tell duplicate records apart' : `check "${rule}" reads it as empty`}`,
  verboseRead: (dataset, source, format, encoding, bytes) =>
    `${dataset}: ${source} read as ${format}${encoding === null ? '' : ` (${encoding})`}, ${bytes} bytes; columns:`,
  columnRead: (field, header) => `  ${field} ← ${header}`,
  columnDefault: (field, value) => `  ${field} ← (no column: default ${value})`,
  columnEmpty: (field) => `  ${field} ← (no column: empty)`,

  summaryLine: ({ dataset, source, format, encoding, read, used, rejected, percent, skipped, skippedBy }) =>
    `${dataset}: ${source} (${format}${encoding === null ? '' : `, ${encoding}`}): ${EN_QUALITY_WORDS.rowCounts({
      read: String(read),
      used: String(used),
      rejected: String(rejected),
      rejectedNote: `${percent}%`,
      skipped: String(skipped),
      ...(skippedBy.length === 0
        ? {}
        : { skippedNote: skippedBy.map(([reason, count]) => `${count} ${SKIP_REASONS[reason]}`).join(', ') }),
    })}`,
  rowPlace: EN_QUALITY_WORDS.rowPlace,
  reasonLine: (count, key, place, reason) => `  ${count} × ${key} (e.g. ${place}: ${reason})`,
  moreKinds: (count) => `  … ${count} more kind(s); see --rejects`,
  skippedPlace: (row, line, reason) => `${line === null ? `row ${row}` : `line ${line}`} (${SKIP_REASONS[reason]})`,
  skippedList: (places, more) => `  skipped: ${places.join(', ')}${more ? ', …' : ''}`,
  rejectRateExceeded: (dataset, percent, limit, rejectsWritten) =>
    `error: ${dataset}: ${percent}% of rows rejected, above --max-reject-rate ${limit}${rejectsWritten ? '' : '; write them out with --rejects <file>'}`,
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
    finished: 'all finished',
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
  },
  catalogHeader: ['id', 'indicator', 'unit', 'dataset'],
  compositeUnit: 'composite',

  reformSource:
    'reform: give either --tasks <file> (with optional --milestones <file>) or --programme <programme.json>',
  titleEmpty: (option) => `reform: ${option} needs a title`,
  titleWithProgramme:
    'reform: --title and --title-en name a ledger\'s programme; a --programme file has its own "label"',

  sqlRangeRequired: 'sql: --from and --to are required (the query is written for a fixed range of periods)',
  sqlComposite: (composite) =>
    `-- composite ${composite}: lawgauge computes it from the Reports of the indicators these queries aggregate (lawgauge compute --engine …)`,
  sqlDataset: (catalog, dataset, dialect) => `-- lawgauge ${catalog}: dataset ${dataset} (${dialect})`,
  sqlParameters: '-- parameters:',

  renderReportRequired: 'give --report <Report.json> or --dashboard <config.json>',
  renderWidgetRequired: (widgets) => `give --widget, one of ${quoted(widgets)}`,
  renderNoIndicator: (path, indicator, ids) =>
    `${path} has no Report of indicator "${indicator}"; it has ${quoted(ids)}`,
  renderChooseIndicator: (path, ids) =>
    `${path} holds ${ids.length} Reports: choose one with --indicator <id>, one of ${quoted(ids)}`,
  renderUnknownValue: (option, value, known) =>
    `${option} "${value}": the Report has no rows of it${known.length === 0 ? '' : `; it has ${known.map((item) => (item === '…' ? item : `"${item}"`)).join(', ')}`}`,
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
  validateOneFile: 'validate: expected one file',
  notADefinition: (path) =>
    `${path}: not a catalog, mapping, programme or dashboard (set "$schema" to one of schema/{catalog,mapping,programme,dashboard}.schema.json to say which)`,
  validCatalog: (path, id, datasets, indicators) =>
    `${path}: valid catalog "${id}" (${datasets} dataset(s), ${indicators} indicator(s))`,
  validMapping: (path, datasets) => `${path}: valid mapping for ${datasets.join(', ')}`,
  validDashboard: (path, title, sections, panels) =>
    `${path}: valid dashboard "${title}" (${sections} section(s), ${panels} panel(s))`,
  validProgramme: (path, id, areas, tasks) => `${path}: valid programme "${id}" (${areas} area(s), ${tasks} task(s))`,
};
