import { BOOLEAN_HINT } from '../../ingest/values/parse-boolean.js';
import { DATE_FORMATS_HINT } from '../../ingest/values/parse-day.js';
import { TOTAL } from '../../model/report-constants.js';
import { describedGot } from '../described.js';
import type { CompositePlace, FormatRule, RealDayParams, UnreadableNumberParams } from '../issues.js';
import type { IssueMessages } from './issue-messages.js';
import type { QualityWords } from './quality-words.js';
import { missingDay, missingDayInEnglish } from './missing-day.js';

/**
 * The checks the definitions' schemas word themselves, in English: the schemas use these words as
 * their messages (src/model/primitives.ts, dataset.ts, dashboard.ts), and src/model/zod-issues.ts
 * finds a check's `rule` by them.
 */
/** Why a file could not be opened or written, from Node's code (also the CLI's words); else Node's own message. */
export const EN_ERRNO_WORDS: Readonly<Record<string, string>> = {
  ENOENT: 'file not found',
  EACCES: 'permission denied',
  EPERM: 'not permitted',
  EISDIR: 'this is a folder, not a file',
  ENOTDIR: 'a part of the path is not a folder',
  EMFILE: 'too many open files',
};

export const FORMAT_RULE_WORDS: Readonly<Record<FormatRule, string>> = {
  identifier: 'expected an identifier (letters, digits and _, not starting with a digit)',
  reserved_name: 'is a reserved name',
  catalog_id: 'expected a catalog id (lower-case letters, digits, - and _)',
  iso_date: 'expected a date YYYY-MM-DD',
  finite_number: 'expected a finite number',
  lower_id: 'expected an id (lower-case letters, digits, - and _)',
  not_blank: 'expected text, not only spaces',
  src_or_compute: 'give a panel either "src" or "compute"',
  table_name: 'expected a table name (parts joined by ".", none empty)',
  total_marker: `is "${TOTAL}", which Reports use for the total row`,
  panel_options: 'sets an option its widget does not take (docs/dashboard.md lists what each widget takes)',
  panel_phases: 'sets "phases" to something other than period keys separated by spaces, e.g. "2019-04"',
  panel_drill: 'sets a drill template without "{group}", or "drill-geometry-src" without "drill-src"',
  period_key: 'expected a period key such as 2019, 2019-Q1, 2019-03, 2019-W10 or 2019-03-05',
  spc_rules_order: 'lists its rules in the order outside, shift, trend, two-of-three, each at most once',
  spc_variation: 'has variation "common" exactly when it breaks no rule',
  spc_lines_order:
    'expected lower ≤ centre ≤ upper and twoSigmaLower ≤ centre ≤ twoSigmaUpper, each pair given or null together',
  funnel_limits_order: 'expected lower998 ≤ lower95 ≤ target ≤ upper95 ≤ upper998',
  compared_row: 'a row without a value, or suppressed, takes no part in a comparison: it carries no spc or funnel',
  funnel_unit: 'a funnel belongs to a group row with a numerator and a denominator > 0, never to the total row',
  comparison_summary:
    'rows carry spc or funnel results, but the Report has no "spc" or "funnel" saying how they were computed',
  comparison_of_rate: 'a p′ chart or a funnel plot needs a rate indicator (measure rate or complement)',
  comparison_periods: '"spc" or "funnel" names a period the Report has no row for',
  value_of_parts: "a rate's or a ratio's value is its numerator ÷ denominator",
};

const list = (values: readonly string[]): string => values.join(', ');
const quoted = (values: readonly string[]): string => values.map((value) => `"${value}"`).join(', ');

function sizeLimit(
  least: boolean,
  p: { origin: string; limit: string; inclusive: boolean; got: string; value?: string },
): string {
  if (p.origin === 'array' || p.origin === 'string')
    return `expected ${least ? 'at least' : 'at most'} ${p.limit} ${p.origin === 'array' ? 'item(s)' : 'character(s)'}`;
  return `expected ${least ? (p.inclusive ? '≥' : '>') : p.inclusive ? '≤' : '<'} ${p.limit}, got ${describedGot(p)}`;
}

/** A record's field as its file names it: `"立案日期" (filed_on)`; `"filed_on"` when the header is the field's name or not known. */
const fieldNamed = (p: { readonly field: string; readonly column?: string | undefined }): string =>
  p.column === undefined || p.column === p.field ? `"${p.field}"` : `"${p.column}" (${p.field})`;

function unreadableNumber(p: UnreadableNumberParams, otherwise: string): string {
  switch (p.kind) {
    case 'not_finite':
      return `${p.value} in ${fieldNamed(p)} is not a finite number (beyond ±1.8e308, the range of a double)`;
    case 'underflow':
      return `${p.value} in ${fieldNamed(p)} rounds to 0 (too small for a double), so it cannot be stored`;
    case 'not_whole':
      return `${p.value} is not a whole number`;
    default:
      return `${p.value} ${otherwise}`;
  }
}

const compositePlace = (p: CompositePlace): string =>
  `${'indicator' in p ? `indicator "${p.indicator}"` : `unit ${p.unit}`}, period ${p.period}: `;

const byteAt = (offset: number, byte: number): string =>
  `byte ${offset} (0x${byte.toString(16).toUpperCase().padStart(2, '0')})`;

/**
 * A `YYYY-MM-DD` naming no day, as every date check says it (dayIssue, the CLI's date options):
 * `"2019-02-30" is not a real date: 2019-02 has 28 days, not 30`.
 */
export function notARealDayWords(p: RealDayParams): string {
  const missing = missingDay(p.value);
  const why = missing === null ? '' : `: ${missingDayInEnglish(missing)}`;
  return `${p.task === undefined ? '' : `task "${p.task}": `}${p.value} is not a real date${why}`;
}

function expectedDate(format: string): string {
  if (format === '') return DATE_FORMATS_HINT;
  if (format === 'excel-serial') return 'an Excel serial day number (1900 date system)';
  return `the date format "${format}"`;
}

const CONSTANTS = { number: 'a number', boolean: 'true or false', date: 'a date "YYYY-MM-DD"', string: 'a string' };

/** Every issue in English: each equals the `message` its producer gives (test/errors/messages.test.ts). */
export const EN_ISSUES: IssueMessages = {
  invalid_type: (p) =>
    p.required
      ? `is required (expected ${p.expected.join(' or ')})`
      : `expected ${p.expected.join(' or ')}, got ${describedGot(p)}`,
  invalid_value: (p) =>
    `expected ${p.allowed.length === 1 ? p.allowed[0]! : `one of ${list(p.allowed)}`}, got ${describedGot(p)}`,
  too_small: (p) => sizeLimit(true, p),
  too_big: (p) => sizeLimit(false, p),
  invalid_format: (p) => {
    if (p.format === 'date_pattern' && 'problem' in p)
      return p.problem === 'repeated_part'
        ? `"${p.pattern}" has the ${p.part ?? ''} part twice`
        : `"${p.pattern}" must contain YYYY, M or MM, and D or DD (or be "excel-serial")`;
    if ('got' in p && p.rule !== undefined) return `${FORMAT_RULE_WORDS[p.rule]}, got ${describedGot(p)}`;
    if ('got' in p && p.detail !== undefined) return `${p.detail}, got ${describedGot(p)}`;
    return `expected ${p.format}`;
  },
  not_multiple_of: (p) => `expected a multiple of ${p.divisor}`,
  custom: (p) => ('rule' in p ? FORMAT_RULE_WORDS[p.rule] : p.detail),
  unknown_key: (p) => {
    if (!('owner' in p))
      return `unknown key "${p.key}"${p.suggestion === undefined ? '' : `; did you mean "${p.suggestion}"?`}`;
    if (p.owner === 'composite_child')
      return 'only an indicator child takes a normalisation; a composite child is already normalised';
    return `${p.op === '' ? 'a filter without "op"' : `"${p.op}"`} takes no "${p.key}"`;
  },
  invalid_key: (p) => {
    const words = p.rule !== undefined ? FORMAT_RULE_WORDS[p.rule] : p.detail;
    return `invalid key "${p.key}"${words === undefined ? '' : `: ${words}`}`;
  },
  forbidden_key: (p) => `the key "${p.key}" is not allowed (it could alter object prototypes)`,
  duplicate_id: (p) => {
    switch (p.kind) {
      case 'composite_indicator':
        return `"${p.id}" is already an indicator id`;
      case 'field':
        return `duplicate field "${p.id}" in dataset "${p.dataset ?? ''}"`;
      case 'key_field':
        return `field "${p.id}" is twice in the key of dataset "${p.dataset ?? ''}"`;
      case 'check':
        return `duplicate check "${p.id}" in dataset "${p.dataset ?? ''}"`;
      case 'spelling':
        return `"${p.id}" would mean both "${p.first ?? ''}" and "${p.second ?? ''}"`;
      default:
        return `duplicate ${p.kind} id "${p.id}"${p.also === undefined ? '' : ` (also ${p.kind}s[${p.also}])`}`;
    }
  },
  unknown_reference: (p) => {
    const by =
      p.row !== undefined
        ? `milestone row ${p.row} ("${p.title ?? ''}"): `
        : p.task !== undefined
          ? `task "${p.task}": `
          : '';
    if (p.remove === true) return `${by}no ${p.kind} "${p.id}" to remove`;
    const scope =
      p.dataset !== undefined
        ? ` in dataset "${p.dataset}"`
        : p.catalog !== undefined
          ? ` in catalog "${p.catalog}"`
          : p.base === true
            ? ' in the base catalog'
            : '';
    const known = p.known === undefined ? '' : `; known: ${list(p.known) || '(none)'}`;
    const nearest = p.suggestion === undefined ? '' : ` (did you mean "${p.suggestion}"?)`;
    return `${by}unknown ${p.parent === true ? 'parent' : p.kind} "${p.id}"${scope}${nearest}${known}`;
  },
  invalid_reference: (p) =>
    'measure' in p
      ? `"${p.id}" is a ${p.measure}; a complement needs a rate`
      : `"${p.id}" reads dataset "${p.dataset}", not "${p.expected}"`,
  invalid_time_rule: (p) =>
    p.expected === 'toDate'
      ? 'the flow rules of a turnoverDays measure must agree on "toDate": their window is the one whose days are counted'
      : `the ${p.side} of a turnoverDays measure takes ${p.expected === 'flow' ? 'flow rules ({flow: field})' : 'stock rules ({pending, from, to})'}`,
  cycle: (p) =>
    'composites' in p
      ? `composites form a cycle: ${p.composites.join(' → ')}`
      : `tasks form a cycle: ${p.tasks.join(' → ')}`,
  invalid_range: (p) => {
    switch (p.kind) {
      case 'band':
        return `band [${p.low}, ${p.high}] has its ends reversed`;
      case 'min_max':
        return `min ${p.min} is above max ${p.max}`;
      case 'empty_from':
        return 'the "from" range must not be empty';
      case 'from_after_to':
        return `from ${p.from} is after to ${p.to}`;
    }
  },
  invalid_thresholds: (p) => {
    switch (p.kind) {
      case 'higher_better':
        return `for a higher-better indicator "good" (${p.good}) must be ≥ "warning" (${p.warning})`;
      case 'lower_better':
        return `for a lower-better indicator "good" (${p.good}) must be ≤ "warning" (${p.warning})`;
      case 'needs_direction':
        return '{good, warning} thresholds need a higher-better or lower-better polarity';
      case 'needs_band':
        return 'a {warning: [lo, hi]} band needs a band polarity';
      case 'band_outside':
        return `the warning band [${p.warning_low}, ${p.warning_high}] must contain the polarity band [${p.low}, ${p.high}]`;
    }
  },
  invalid_child: () => 'a child names exactly one of "indicator" or "composite"',
  no_direction: (p) => `"${p.id}" has a neutral polarity: a composite needs to know whether higher is better`,
  invalid_field_type: (p) => {
    const field = p.field ?? '';
    switch (p.expected) {
      case 'date':
        return `field "${field}" is ${p.type}; expected a date or datetime field`;
      case 'number':
        return `field "${field}" is ${p.type}; expected an integer or number field`;
      case 'numeric_operand':
        return `expected a numeric operand (integer or number field, days or age), got a ${p.type} field`;
      case 'exact_key':
        return `key field "${field}" of dataset "${p.dataset ?? ''}" is a datetime, stored by day; a key must tell records apart exactly`;
      case 'date_format':
        return `field "${field}" is ${p.type}; formats apply to date and datetime fields only`;
    }
  },
  non_boolean_filter: (p) =>
    `a filter without "op" tests that a boolean field is true, but ${p.field === undefined ? 'this operand is numeric' : `"${p.field}" is ${p.type}`}; add an "op"`,
  invalid_operator: (p) => `"${p.op}" compares numbers or dates; "${p.field}" is ${p.type}`,
  invalid_comparison: (p) => {
    switch (p.needs) {
      case 'list':
        return `"${p.op}" needs "value": an array of constants`;
      case 'one':
        return `"${p.op}" takes one constant; use "in" for a list`;
      default:
        return `"${p.op}" needs exactly one of "value" (a constant) or "other" (another field)`;
    }
  },
  incompatible_operands: (p) => `cannot compare a ${p.left} with a ${p.right}`,
  invalid_constant: (p) => `expected ${CONSTANTS[p.expected]}, got ${p.value}`,
  unknown_enum_value: (p) => {
    // Each value with the other spellings a file may write for it: `civil (民事)`.
    const allowed = list(
      p.allowed.map((value, i) => {
        const synonyms = p.synonyms?.[i] ?? '';
        return synonyms === '' ? value : `${value} (${synonyms})`;
      }),
    );
    const nearest = p.suggestion === undefined ? '' : `; did you mean "${p.suggestion}"?`;
    return p.field === undefined
      ? `${p.value} is not one of ${allowed}${nearest}`
      : `${p.value} is not a value of ${fieldNamed({ field: p.field, column: p.column })}; expected one of ${allowed}${nearest}`;
  },
  optional_key_field: (p) =>
    `key field "${p.field}" of dataset "${p.dataset}" must be required (a record without it could not be told apart)`,
  period_dependent_check: (p) =>
    `check "${p.check}" reads "age", which depends on the period; a record check must hold for the record alone`,
  invalid_date: (p) => {
    if (!('type' in p)) return notARealDayWords(p);
    const serial = p.serial
      ? `; it looks like an Excel date serial number: set the mapping's "formats": {"${p.field}": "excel-serial"}`
      : '';
    const missing = missingDay(p.value);
    const why = missing === null ? '' : `: ${missingDayInEnglish(missing)}`;
    return `${p.value} is not a valid ${p.type}${why} (expected ${expectedDate(p.format)})${serial}`;
  },
  missing_table: (p) =>
    `no table for dataset "${p.dataset}"; give one ingested with the catalog's "${p.dataset}" definition`,
  incompatible_table: (p) =>
    `field "${p.field}" of dataset "${p.dataset}" is ${p.type} in the catalog but ${p.got} in the table`,
  invalid_group: (p) =>
    `cannot group by the ${p.type} field "${p.field}"; group by string, enum, boolean or integer fields (dates are grouped by period)`,
  missing_range: (p) =>
    p.reason === 'sql'
      ? 'compiling to SQL needs "from" and "to" (YYYY-MM-DD)'
      : 'the tables hold no dated records to infer the period range from; give "from" and "to"',
  unexpected_result: (p) =>
    p.kind === 'not_a_number'
      ? `${p.column}: expected a number, got ${p.value}`
      : `the engine returned period position ${p.period}, outside 0…${p.last}`,
  unrepresentable_in_sql: (p) =>
    p.reason === 'nul'
      ? `${p.what} ${p.value} contains a NUL character, which SQL engines cannot hold`
      : `cannot write ${p.value} as a SQL number`,
  total_marker_value: (p) => {
    const holders = p.records === undefined ? 'records' : p.records === 1 ? '1 record' : `${p.records} records`;
    return `${holders} ${p.records === 1 ? 'has' : 'have'} the value "${TOTAL}", which Reports use for the total row; rename it before grouping by "${p.field}" (e.g. with a mapping's values)`;
  },
  invalid_compare_option: (p) => {
    if (p.option === 'chart') return `expected ${p.charts.map((chart) => `"${chart}"`).join(' or ')}, got ${p.value}`;
    if (p.option === 'baseline') return `expected a whole number of values ≥ ${p.minimum}, got ${p.value}`;
    return `expected a finite number${p.proportion ? ' in [0, 1]' : ''}, got ${p.value}`;
  },
  needs_rate: (p) =>
    `${p.comparison === 'pprime' ? 'a p′ chart' : 'a funnel plot'} needs a rate (${p.measures.join(' or ')} measure); indicator "${p.indicator}" has measure "${p.measure}"`,
  unknown_period: (p) =>
    `the Report has no period ${p.value}; it has ${p.known.length === 0 ? 'none' : p.known.join(', ')}`,
  invalid_argument: (p) => p.detail,
  missing_report: (p) => `no Report for ${list(p.ids)}; evaluate these indicators first`,
  mixed_grouping: (p) =>
    `grouped by [${list(p.by)}] but "${p.first}" by [${list(p.first_by)}]; evaluate all with the same "by"`,
  constant_values: (p) =>
    `${compositePlace(p)}the target equals the lowest value (${p.value}), so the distance to target is undefined`,
  non_positive_value: (p) => `${compositePlace(p)}the geometric mean needs values > 0, got ${p.value}`,
  zero_value: (p) =>
    `${compositePlace(p)}the ${p.p === -1 ? 'harmonic' : 'generalised'} mean is undefined for a value of 0`,
  negative_value: (p) => `${compositePlace(p)}the generalised mean with p = ${p.p} needs values ≥ 0, got ${p.value}`,
  due_before_start: (p) => `task "${p.task}": due ${p.due} is before its start ${p.start}`,
  verified_not_completed: (p) => `task "${p.task}": verified on ${p.verified} but never completed`,
  verified_before_completed: (p) => `task "${p.task}": verified ${p.verified} before it was completed ${p.completed}`,
  required: (p) => `${fieldNamed(p)} is required but empty`,
  invalid_number: (p) => unreadableNumber(p, 'is not a number'),
  invalid_integer: (p) => unreadableNumber(p, 'is not a whole number'),
  invalid_boolean: (p) => `${p.value} is not a yes/no value (expected ${BOOLEAN_HINT})`,
  invalid_string: (p) => `expected text, got ${p.got}`,
  out_of_range: (p) => {
    switch (p.bound) {
      case 'min':
        return `${p.value} is below the minimum ${p.limit}`;
      case 'max':
        return `${p.value} is above the maximum ${p.limit}`;
      default:
        return `${p.value} is outside the integer range ±2^31`;
    }
  },
  wrong_field_count: (p) =>
    `line ${p.line} has ${p.fields} field${p.fields === 1 ? '' : 's'}; the header has ${p.header}`,
  unterminated_quote: (p) =>
    p.header
      ? `line ${p.line}: the header has a quote that is never closed`
      : p.last_line === undefined
        ? `a quoted field opened on line ${p.line} is never closed`
        : `a quoted field opened on line ${p.line} is never closed: it runs to the end of the file (line ${p.last_line}), taking ${p.last_line - p.line + 1} lines into one field; fix the quote`,
  invalid_encoding: (p) => {
    switch (p.where) {
      case 'header':
        if (p.encoding === 'gb18030')
          return `line ${p.line} (the header): the bytes at ${byteAt(p.offset, p.byte)} are not valid GB18030; fix them, or give --encoding utf-8 if the file is UTF-8`;
        return `line ${p.line} (the header): the bytes at ${byteAt(p.offset, p.byte)} are not valid UTF-8; fix them, or give --encoding gb18030 if the file is GBK`;
      case 'file':
        return `the bytes at ${byteAt(p.offset, p.byte)} are not valid UTF-8; give --encoding gb18030 (or auto) — ${p.count} invalid sequences in the first ${p.bytes} bytes, too many to set aside as stray bytes`;
      case 'records':
        return `the bytes at ${byteAt(p.offset, p.byte)}${p.count > 1 ? ` (and ${p.count - 1} more place${p.count > 2 ? 's' : ''})` : ''} are not valid ${p.encoding === 'gb18030' ? 'GB18030; fix them, or give --encoding utf-8 if the file is UTF-8' : 'UTF-8; fix them, or give --encoding gb18030 if the file is GBK'}`;
      case 'stdin':
        return `the input is not UTF-8 (not UTF-8 from byte ${p.offset}, after rows were read as UTF-8) and stdin cannot be read twice; give --encoding gb18030`;
      case 'row':
        return `the bytes at ${byteAt(p.offset, p.byte)} are not valid ${p.encoding === 'gb18030' ? 'GB18030' : 'UTF-8'}${p.count > 1 ? ` (${p.count} such sequences in the row)` : ''}; the row is not read`;
    }
  },
  invalid_record: (p) =>
    `the record is ${p.kind === 'array' ? 'an array' : p.kind === 'null' ? 'null' : `a ${p.kind}`}, not an object`,
  invalid_json: (p) =>
    p.line === undefined ? `not valid JSON: ${p.detail}` : `line ${p.line} is not JSON: ${p.detail}`,
  duplicate_key: (p) =>
    `duplicate ${p.key} "${p.value}": first read at row ${p.first_row}${p.first_line === undefined ? '' : ` (line ${p.first_line})`}`,
  unknown_parent: (p) =>
    p.orphan
      ? `task "${p.task}": no usable row has its parent task id "${p.parent}", so it cannot be rolled up`
      : `task "${p.task}": its parent task "${p.parent}" is quarantined (under an unknown parent)`,
  unknown_task: (p) =>
    `milestone "${p.title}": its task "${p.task}" ${
      p.state === 'quarantined'
        ? 'was quarantined in the tasks ledger'
        : p.state === 'absent'
          ? 'is not in the tasks ledger'
          : 'has no usable row in the tasks ledger (absent, or in a quarantined row)'
    }`,
  check_failed: (p) => `breaks check "${p.check}"${p.label_en === undefined ? '' : ` (${p.label_en})`}: ${p.values}`,
  record_too_long: (p) =>
    `the record starting on line ${p.line} is longer than ${p.limit} ${p.units}; is a quote left open?`,
  key_texts_too_large: (p) =>
    `dataset "${p.dataset}": after ${p.rows} rows read, the distinct texts of its key field "${p.field}" passed ${p.limit} bytes, more than one read can hold to tell duplicates apart; split the file (by year or court) and read the parts one by one, or check that the key's column holds case numbers, not long text`,
  utf16_file: (p) =>
    `the file is UTF-16 text (${p.order === 'le' ? 'little-endian, as Excel\'s "Unicode Text" writes it' : 'big-endian'}), which is read neither as UTF-8 nor as GBK; in Excel save it as "CSV UTF-8 (Comma delimited)" or as a workbook (.xlsx)`,
  header_below: (p) =>
    `the header seems to be on line ${p.line} (the rows above it look like a title): set "headerRow": ${p.row} in the dataset's mapping`,
  no_header: (p) => (p.in === 'sheet' ? 'the sheet is empty: no header row' : 'the file is empty: no header line'),
  blank_header: (p) => `line ${p.line}, column ${p.column}: the header is blank`,
  duplicate_header: (p) => `line ${p.line}, column ${p.column}: "${p.name}" appears twice (first in column ${p.first})`,
  missing_column: (p) => {
    const nearest = p.suggestion === undefined ? '' : `did you mean "${p.suggestion}"?`;
    if ('wanted' in p)
      return `the file has no column "${p.wanted}" for field "${p.field}"${nearest === '' ? '' : ` (${nearest})`}; its columns: ${list(p.columns)}`;
    const looked = `no column for field "${p.field}" (looked for ${quoted(p.candidates)}${nearest === '' ? '' : `; ${nearest}`}); its columns: ${list(p.columns)}`;
    return p.key === true
      ? `${looked}; it is the dataset's key, which finds duplicate records: name its column in the mapping's "columns"${p.absent_allowed === true ? ', or map it to null to read without the duplicate check' : ''}`
      : `${looked}; name it in the mapping's "columns"`;
  },
  ambiguous_column: (p) =>
    `line ${p.line}, columns ${p.first} and ${p.column}: both "${p.first_name}" and "${p.name}" match field "${p.field}"; name the one to read in the mapping's "columns" (for example "${p.field}": "${p.first_name}")`,
  column_used_twice: (p) => `column "${p.column}" would feed both "${p.first}" and "${p.field}"`,
  required_field_absent: (p) =>
    `field "${p.field}" is required and has no default, so the mapping cannot mark it absent (null)`,
  other_sheets: (p) =>
    `read the first sheet, "${p.sheets[0] ?? ''}"; the workbook's sheets: ${quoted(p.sheets)} — choose one with --sheet`,
  workbook_on_stdin: () =>
    'this is an Excel workbook (or an old .xls): give it as a file (--data <dataset>=<file.xlsx>), not on stdin',
  tab_separated: () =>
    'tab-separated (.tsv) files are not read: save it as CSV (comma-separated) or as an Excel workbook (.xlsx)',
  unreadable_file: (p) => `cannot read the file: ${EN_ERRNO_WORDS[p.errno] ?? p.detail}`,
  xls_not_supported: () =>
    'this is an old binary Excel file (.xls) or a password-protected workbook, which cannot be read; open it in Excel or WPS and save it as .xlsx (without a password) or as CSV',
  not_xlsx: (p) => p.detail,
  encrypted: (p) => p.detail,
  corrupt_zip: (p) => p.detail,
  unsupported_zip: (p) => p.detail,
  corrupt_xlsx: (p) => p.detail,
  no_sheet: () => 'the workbook has no sheets',
  unknown_sheet: (p) =>
    'count' in p
      ? `the workbook has ${p.count} sheet${p.count === 1 ? '' : 's'}, so there is no sheet ${p.sheet}; its sheets: ${quoted(p.sheets)}`
      : `the workbook has no sheet "${p.sheet}"; its sheets: ${quoted(p.sheets)}`,
  not_a_worksheet: (p) => `sheet "${p.sheet}" is a ${p.kind}, not a worksheet with cells`,
};

/** A data file's rows, as the CLI's summary and the dashboard's data-quality line say them. */
export const EN_QUALITY_WORDS: QualityWords = {
  rowPlace: (row, line) => `row ${row}${line === null ? '' : `, line ${line}`}`,
  rowCounts: ({ read, used, rejected, rejectedNote, skipped, skippedNote }) =>
    `read ${read}, used ${used}, quarantined ${rejected}${rejectedNote === undefined ? '' : ` (${rejectedNote})`}, skipped ${skipped}${skippedNote === undefined ? '' : ` (${skippedNote})`}`,
  fieldShown: (field, header) => `${header} (${field})`,
  excludedNote: (dataset, records, field, indicator) =>
    `note: ${dataset}: ${records} record${records === 1 ? '' : 's'} without ${field} ${records === 1 ? 'is' : 'are'} not counted in ${indicator} (its Report's quality.${dataset}.excluded)`,
};
