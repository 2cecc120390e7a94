import type { IssueParams } from '../../errors/issue.js';
import type { Messages, ProblemCode, ProblemText } from './messages.js';

type Params = IssueParams | undefined;

/** A param as text (a list joined with 、), or `fallback` when the problem does not carry it. */
function param(params: Params, key: string, fallback = ''): string {
  const value = params?.[key];
  if (value === undefined) return fallback;
  return typeof value === 'object' ? value.join('、') : String(value);
}

function listParam(params: Params, key: string): readonly string[] {
  const value = params?.[key];
  return typeof value === 'object' ? value : [];
}

const quoted = (names: readonly string[]): string => names.map((name) => `"${name}"`).join('、');
const SKIP_REASONS = { blank: '空行', footer: '合计行' } as const;
/** JavaScript type names a value can have, as a reader knows them. */
const KINDS: Readonly<Record<string, string>> = {
  number: '数字',
  int: '整数',
  boolean: '布尔值',
  object: '对象',
  record: '对象',
  string: '文本',
  array: '数组',
  tuple: '数组',
  null: 'null',
  undefined: '空',
  nothing: '空（未给出）',
  bigint: '整数',
};
const kindOf = (name: string): string => KINDS[name] ?? name;
/** Why a file could not be opened, from Node's code. */
const ERRNO: Readonly<Record<string, string>> = {
  ENOENT: '文件不存在',
  EACCES: '没有读取权限',
  EPERM: '没有权限',
  EISDIR: '这是一个目录，不是文件',
  ENOTDIR: '路径中有一段不是目录',
  EMFILE: '打开的文件过多',
};
const errnoText = (errno: string): string => (errno === '' ? '' : `：${ERRNO[errno] ?? `系统错误 ${errno}`}`);

/** `第 1234 字节（0xFF）`: offsets count from 0 at the file's first byte, as in every language. */
function byteAt(params: Params): string {
  const byte = params?.['byte'];
  const hex = typeof byte === 'number' ? `（0x${byte.toString(16).toUpperCase().padStart(2, '0')}）` : '';
  return `第 ${param(params, 'offset', '?')} 字节${hex}`;
}

/** Where a JSON parser stopped, from its (English) message: `（第 1 行第 3 列）`. */
function jsonPlace(detail: string): string {
  const lineColumn = /line (\d+) column (\d+)/.exec(detail);
  if (lineColumn !== null) return `（第 ${lineColumn[1]} 行第 ${lineColumn[2]} 列）`;
  const position = /position (\d+)/.exec(detail);
  return position === null ? '' : `（第 ${position[1]} 个字符处）`;
}

/** What a definition's value is (`got`, and `value` for text, numbers and booleans), as zod-issues.ts describes it. */
function gotText(p: Params): string {
  const got = param(p, 'got');
  const value = param(p, 'value');
  if (got === 'string') return ` ${value}`;
  if (got === 'number' || got === 'boolean' || got === 'bigint') return `${kindOf(got)} ${value}`;
  return kindOf(got);
}

/** The kinds zod expects (`string`, `int`, …), joined with 或. */
const expectedKinds = (p: Params): string => listParam(p, 'expected').map(kindOf).join('或');

/** The checks the schemas word themselves (zod-issues.ts names them `rule`). */
const RULES: Readonly<Record<string, string>> = {
  identifier: '应为标识符（字母、数字和 _，不以数字开头）',
  reserved_name: '是保留名称，不能使用',
  catalog_id: '应为指标目录 id（小写字母、数字、- 和 _）',
  iso_date: '应为 YYYY-MM-DD 格式的日期',
  finite_number: '应为有限数',
  lower_id: '应为 id（小写字母、数字、- 和 _）',
  not_blank: '应为文本，不能只有空格',
  src_or_compute: '面板应给出 "src" 或 "compute"，二者选一',
  total_marker: '不能是 "合计"：Report 用它表示合计行',
};

/** Operand kinds (check-predicate.ts), as a filter's problems name them. */
const OPERAND_KINDS: Readonly<Record<string, string>> = {
  number: '数值',
  date: '日期',
  string: '文本',
  enum: '枚举值',
  boolean: '布尔值',
};
const operandKind = (name: string): string => OPERAND_KINDS[name] ?? name;

/** `too_small` and `too_big`: at least / at most so many items or characters, or a bound on a number. */
function sizeLimit(p: Params, least: boolean): string {
  const limit = param(p, 'limit');
  const inclusive = p?.['inclusive'] === true;
  switch (param(p, 'origin')) {
    case 'array':
      return `${least ? '至少' : '至多'}应有 ${limit} 项`;
    case 'string':
      return `${least ? '至少' : '至多'}应有 ${limit} 个字符`;
    default:
      return `应 ${least ? (inclusive ? '≥' : '>') : inclusive ? '≤' : '<'} ${limit}，实为${gotText(p)}`;
  }
}

/** The kinds of definition items `duplicate_id` and `unknown_id` name. */
const ITEMS: Readonly<Record<string, string>> = {
  dataset: '数据集',
  indicator: '指标',
  composite: '综合指数',
  field: '字段',
  check: '校验',
  area: '领域',
  task: '任务',
};

function duplicateId(p: Params): string {
  const id = param(p, 'id');
  const dataset = param(p, 'dataset');
  switch (param(p, 'kind')) {
    case 'composite_indicator':
      return `"${id}" 已是指标的编号`;
    case 'field':
      return `数据集 "${dataset}" 中的字段 "${id}" 重复`;
    case 'key_field':
      return `字段 "${id}" 在数据集 "${dataset}" 的键中出现了两次`;
    case 'check':
      return `数据集 "${dataset}" 中的校验 "${id}" 重复`;
    case 'spelling':
      return `"${id}" 会同时表示 "${param(p, 'first')}" 和 "${param(p, 'second')}"`;
    default:
      return `${ITEMS[param(p, 'kind')] ?? '任务'}编号 "${id}" 重复`;
  }
}

function invalidRange(p: Params): string | undefined {
  switch (param(p, 'kind')) {
    case 'band':
      return `区间 [${param(p, 'low')}, ${param(p, 'high')}] 的两端颠倒了`;
    case 'min_max':
      return `最小值 ${param(p, 'min')} 大于最大值 ${param(p, 'max')}`;
    case 'empty_from':
      return '"from" 区间不能为空（两端不能相同）';
    case 'from_after_to':
      return `开始日期 ${param(p, 'from')} 晚于结束日期 ${param(p, 'to')}`;
    default:
      return undefined;
  }
}

function invalidThresholds(p: Params): string | undefined {
  switch (param(p, 'kind')) {
    case 'higher_better':
      return `越高越好（higher-better）的指标，"good"（${param(p, 'good')}）应 ≥ "warning"（${param(p, 'warning')}）`;
    case 'lower_better':
      return `越低越好（lower-better）的指标，"good"（${param(p, 'good')}）应 ≤ "warning"（${param(p, 'warning')}）`;
    case 'needs_direction':
      return '{good, warning} 阈值需要 higher-better 或 lower-better 的 polarity';
    case 'needs_band':
      return '{warning: [lo, hi]} 区间阈值需要区间型（band）的 polarity';
    case 'band_outside':
      return `警示区间 [${param(p, 'warning_low')}, ${param(p, 'warning_high')}] 必须包含 polarity 的区间 [${param(p, 'low')}, ${param(p, 'high')}]`;
    default:
      return undefined;
  }
}

function invalidFieldType(p: Params): string | undefined {
  const field = param(p, 'field');
  switch (param(p, 'expected')) {
    case 'date':
      return `字段 "${field}" 是 ${param(p, 'type')} 类型；应为 date 或 datetime 字段`;
    case 'number':
      return `字段 "${field}" 是 ${param(p, 'type')} 类型；应为 integer 或 number 字段`;
    case 'numeric_operand':
      return `应为数值操作数（integer 或 number 字段、days 或 age），实为 ${param(p, 'type')} 字段`;
    case 'exact_key':
      return `数据集 "${param(p, 'dataset')}" 的键字段 "${field}" 是 datetime 类型，按日存储；键必须能准确区分记录`;
    default:
      return undefined;
  }
}

/** What a filter's constant should have been (check-predicate.ts). */
const CONSTANTS: Readonly<Record<string, string>> = {
  number: '数字',
  boolean: ' true 或 false',
  date: ' "YYYY-MM-DD" 格式的日期',
  string: '文本',
};

function unknownId(p: Params): string {
  const id = param(p, 'id');
  const kind = param(p, 'kind');
  if (p?.['remove'] === true) return `没有可删除的指标 "${id}"`;
  if (kind === 'field') return `数据集 "${param(p, 'dataset')}" 中没有字段 "${id}"`;
  const known = p?.['known'] === undefined ? '' : `；已有：${listParam(p, 'known').join('、')}`;
  return `基础指标目录中没有${ITEMS[kind] ?? kind} "${id}"${known}`;
}

/** Where in a composite a calculation failed: an indicator or a unit, and the period. */
const compositePlace = (p: Params): string =>
  `${p?.['indicator'] === undefined ? `单位 ${param(p, 'unit')}` : `指标 "${param(p, 'indicator')}"`}，期间 ${param(p, 'period')}：`;

/** What a dashboard check expected (check-dashboard-shape.ts). */
const DASHBOARD: Readonly<Record<string, (p: Params) => string>> = {
  known_key: (p) => `未知的键 "${param(p, 'key')}"；可用：${listParam(p, 'known').join('、')}`,
  one_of: (p) => `应为 ${listParam(p, 'allowed').join('、')} 之一`,
  localized: () => '应为 {"zh-CN": "…", "en": "…"}',
  object: () => '应为对象',
  date: () => '应为 YYYY-MM-DD 格式的日期',
  field_name: () => '应为字段名',
  non_empty_array: () => '应为非空数组',
  id: () => '应为 id（小写字母、数字和 _）',
  src_or_compute: () => '面板应给出 "src" 或 "compute"，二者选一',
  text: () => '应为文本',
  data_urls: () => '应为 {"<数据集>": "<URL>"}',
  array: () => '应为数组',
  url: () => '应为 URL',
  span: () => '应为 1、2 或 3',
  boolean: () => '应为 true 或 false',
};

const DATE_SPELLINGS = 'YYYY-MM-DD、YYYY/M/D、YYYY.M.D、YYYY年M月D日 或 YYYYMMDD，可带时间和时区';

function expectedDate(format: string): string {
  if (format === '') return DATE_SPELLINGS;
  if (format === 'excel-serial') return 'Excel 日期序号（1900 日期系统）';
  return `日期格式 "${format}"`;
}

/** A number too large or too small for a double, worded alike for number and integer fields. */
function unreadableNumber(p: Params, value: string, otherwise: string): string {
  const field = param(p, 'field');
  switch (param(p, 'kind')) {
    case 'not_finite':
      return `"${field}" 中的 ${value} 不是有限数（超出 ±1.8e308，双精度数的范围）`;
    case 'underflow':
      return `"${field}" 中的 ${value} 太小，会舍入为 0，无法保存`;
    default:
      return `${value} ${otherwise}`;
  }
}

/**
 * Each problem code in Chinese, from its params (and the quarantined value and field when a
 * producer gives no params). A code whose params carry English text (a workbook's damage, a
 * date pattern's mistake) keeps that detail in parentheses. A wording that returns undefined (a
 * params shape it does not know) leaves the core's English.
 */
const PROBLEMS: Readonly<Record<ProblemCode, (p: Params, problem: ProblemText) => string | undefined>> = {
  required: (p, problem) => `必填字段 "${param(p, 'field', problem.field ?? '')}" 为空`,
  invalid_date: (p, problem) => {
    // A definition's or an option's date (a programme task's, --from): the pattern fits, the day does not exist.
    const task = p?.['task'] === undefined ? '' : `任务 "${param(p, 'task')}"：`;
    if (param(p, 'format') === 'YYYY-MM-DD') return `${task}${param(p, 'value')} 不是存在的日期`;
    const field = param(p, 'field', problem.field ?? '');
    const serial =
      p?.['serial'] === true
        ? `；这像是 Excel 日期序号：请在映射文件的 "formats" 中写 {"${field}": "excel-serial"}`
        : '';
    return `${param(p, 'value', problem.value ?? '')} 不是有效的${param(p, 'type') === 'datetime' ? '日期时间' : '日期'}（应为 ${expectedDate(param(p, 'format'))}）${serial}`;
  },
  invalid_number: (p, problem) => unreadableNumber(p, param(p, 'value', problem.value ?? ''), '不是数字'),
  invalid_integer: (p, problem) => unreadableNumber(p, param(p, 'value', problem.value ?? ''), '不是整数'),
  invalid_boolean: (p, problem) =>
    `${param(p, 'value', problem.value ?? '')} 不是是/否值（应为 true/false、1/0、是/否 或 Y/N）`,
  unknown_enum_value: (p, problem) =>
    `${param(p, 'value', problem.value ?? '')} 不是${p?.['field'] === undefined || problem.field !== undefined ? '' : ` "${param(p, 'field')}" 的`}可选值之一：${listParam(p, 'allowed').join('、')}`,
  invalid_string: (p) => `应为文本，实为${kindOf(param(p, 'got'))}`,
  out_of_range: (p, problem) => {
    const value = param(p, 'value', problem.value ?? '');
    switch (param(p, 'bound')) {
      case 'min':
        return `${value} 小于最小值 ${param(p, 'limit')}`;
      case 'max':
        return `${value} 大于最大值 ${param(p, 'limit')}`;
      default:
        return `${value} 超出整数范围 ±2^31`;
    }
  },
  wrong_field_count: (p) =>
    `第 ${param(p, 'line', '?')} 行有 ${param(p, 'fields', '?')} 个字段，表头有 ${param(p, 'header', '?')} 个`,
  unterminated_quote: (p) =>
    p?.['header'] === true
      ? `第 ${param(p, 'line', '?')} 行：表头中有引号没有闭合`
      : `第 ${param(p, 'line', '?')} 行开始的带引号字段没有闭合`,
  invalid_encoding: (p) => {
    const at = byteAt(p);
    const count = Number(param(p, 'count', '1'));
    switch (param(p, 'where')) {
      case 'header':
        return `第 ${param(p, 'line', '?')} 行（表头）：${at} 起的字节不是有效的 UTF-8；请修正，若文件是 GBK 编码请加 --encoding gb18030`;
      case 'file':
        return `${at} 起的字节不是有效的 UTF-8；请加 --encoding gb18030（或 auto）——前 ${param(p, 'bytes', '?')} 字节中有 ${count} 处无效序列，多到不能当作个别错误字节处理`;
      case 'records':
        return `${at} 起的字节${count > 1 ? `（另有 ${count - 1} 处）` : ''}不是有效的 UTF-8；请修正，若文件是 GBK 编码请加 --encoding gb18030`;
      case 'stdin':
        return `输入从第 ${param(p, 'offset', '?')} 字节起不是 UTF-8，而前面的行已按 UTF-8 读取，标准输入又不能重读；请加 --encoding gb18030`;
      default:
        return `${at} 起的字节不是有效的 UTF-8${count > 1 ? `（该行共 ${count} 处）` : ''}；该行未读取`;
    }
  },
  invalid_record: (p) => (p?.['kind'] === undefined ? '记录不是对象' : `记录是${kindOf(param(p, 'kind'))}，不是对象`),
  invalid_json: (p) => {
    const place = jsonPlace(param(p, 'detail'));
    return p?.['line'] === undefined ? `不是有效的 JSON${place}` : `第 ${param(p, 'line')} 行不是 JSON${place}`;
  },
  // Record rules: worded from the quarantined value alone until their producer gives params
  // (`key`, `value`, `first_row`, `first_line`; `check`, `label_zh`).
  duplicate_key: (p, problem) => {
    if (p?.['first_row'] === undefined) return `键重复：${problem.value ?? ''}`;
    const line = p['first_line'];
    return `${param(p, 'key')} 重复："${param(p, 'value', problem.value ?? '')}"，首次出现在第 ${param(p, 'first_row')} 条记录${line === undefined ? '' : `（第 ${String(line)} 行）`}`;
  },
  check_failed: (p, problem) => {
    const check = param(p, 'check');
    const label = param(p, 'label_zh');
    return check === ''
      ? `未通过记录校验：${problem.value ?? ''}`
      : `未通过校验 "${check}"${label === '' ? '' : `（${label}）`}：${problem.value ?? ''}`;
  },
  record_too_long: (p) =>
    `第 ${param(p, 'line', '?')} 行开始的记录超过 ${param(p, 'limit', '?')} ${param(p, 'units') === 'bytes' ? '字节' : '个字符'}；是否有引号没有闭合？`,
  no_header: () => '文件是空的：没有表头行',
  not_an_array: (p) => `应为记录数组，实为${kindOf(param(p, 'got', '?'))}`,
  blank_header: (p) => `第 ${param(p, 'line', '?')} 行第 ${param(p, 'column', '?')} 列：表头为空`,
  duplicate_header: (p) =>
    `第 ${param(p, 'line', '?')} 行第 ${param(p, 'column', '?')} 列："${param(p, 'name')}" 出现了两次（第一次在第 ${param(p, 'first', '?')} 列）`,
  missing_column: (p) => {
    const columns = listParam(p, 'columns').join('、');
    const wanted = param(p, 'wanted');
    if (wanted !== '') return `文件中没有映射所写的列 "${wanted}"（字段 "${param(p, 'field')}"）；文件的列：${columns}`;
    return `字段 "${param(p, 'field')}" 没有对应的列（找过 ${quoted(listParam(p, 'candidates'))}）；文件的列：${columns}；请在映射文件的 "columns" 中写明`;
  },
  column_used_twice: (p) => `列 "${param(p, 'column')}" 会同时对应 "${param(p, 'first')}" 和 "${param(p, 'field')}"`,
  required_field_absent: (_p, problem) =>
    `字段 "${String(problem.path?.at(-1) ?? '')}" 为必填且没有默认值，映射不能把它标为不存在（null）`,
  other_sheets: (p) => {
    const sheets = listParam(p, 'sheets');
    return `读取的是第一个工作表 "${sheets[0] ?? ''}"；工作簿中的工作表：${quoted(sheets)}——请用 --sheet 选择`;
  },
  workbook_on_stdin: () =>
    '这是 Excel 工作簿（或旧的 .xls）：请以文件给出（--data <数据集>=<文件.xlsx>），不要从标准输入读入',
  unreadable_file: (p) => `无法读取该文件${errnoText(param(p, 'errno'))}`,
  unknown_dataset: (p) =>
    `未知的数据集 "${param(p, 'dataset')}"；已知：${listParam(p, 'known').join('、') || '（无）'}`,
  unknown_field: (p) =>
    `数据集 "${param(p, 'dataset')}" 中没有字段 "${param(p, 'field')}"；已有：${listParam(p, 'known').join('、')}`,
  invalid_format: (p, problem) => {
    if (p?.['type'] !== undefined)
      return `字段 "${param(p, 'field')}" 是 ${param(p, 'type')} 类型；formats 只适用于 date 和 datetime 字段`;
    // A definition's text that does not fit its pattern (zod-issues.ts).
    if (p?.['rule'] !== undefined)
      return RULES[param(p, 'rule')] === undefined ? undefined : `${RULES[param(p, 'rule')]!}，实为${gotText(p)}`;
    if (p?.['format'] !== undefined)
      return param(p, 'format') === 'regex' ? undefined : `应为 ${param(p, 'format')} 格式`;
    // A mapping's date pattern (date-pattern.ts).
    if (p?.['kind'] === 'repeated_part')
      return `日期格式 "${param(p, 'pattern')}" 中 ${param(p, 'part')} 部分出现了两次`;
    if (p?.['kind'] === 'incomplete')
      return `日期格式 "${param(p, 'pattern')}" 须含 YYYY、M 或 MM、D 或 DD（或写 "excel-serial"）`;
    return `日期格式有误（${problem.message}）`;
  },
  duplicate_id: duplicateId,
  unknown_area: (p) =>
    `任务 "${param(p, 'task')}"：未知的领域 "${param(p, 'area')}"；已有：${listParam(p, 'known').join('、')}`,
  unknown_parent: (p) => `任务 "${param(p, 'task')}"：上级任务 "${param(p, 'parent')}" 不存在`,
  unknown_task: (p) => `节点第 ${param(p, 'row')} 行（"${param(p, 'title')}"）所属的任务 "${param(p, 'task')}" 不存在`,
  cycle: (p) =>
    p?.['composites'] === undefined
      ? `任务的上下级关系成环：${listParam(p, 'tasks').join(' → ')}`
      : `综合指数相互包含，成环：${listParam(p, 'composites').join(' → ')}`,
  due_before_start: (p) => `任务 "${param(p, 'task')}"：完成时限 ${param(p, 'due')} 早于开始日期 ${param(p, 'start')}`,
  verified_not_completed: (p) => `任务 "${param(p, 'task')}"：${param(p, 'verified')} 已销号，却没有完成日期`,
  verified_before_completed: (p) =>
    `任务 "${param(p, 'task')}"：销号日期 ${param(p, 'verified')} 早于完成日期 ${param(p, 'completed')}`,
  xls_not_supported: () =>
    '这是旧的二进制 Excel 文件（.xls）或设了密码的工作簿，无法读取；请在 Excel 或 WPS 中打开，另存为 .xlsx（不设密码）或 CSV',
  not_xlsx: () => '不是 Excel 工作簿（.xlsx）；请另存为 .xlsx 或 CSV',
  encrypted: () => '工作簿已加密；请另存为不设密码的 .xlsx 或 CSV',
  corrupt_zip: (_p, problem) => `工作簿的压缩包已损坏，无法读取（${problem.message}）`,
  corrupt_xlsx: (_p, problem) => `工作簿已损坏，无法读取（${problem.message}）`,
  unknown_sheet: (p, problem) => {
    if (p?.['sheet'] === undefined) return `工作簿中没有这个工作表（${problem.message}）`;
    const sheets = quoted(listParam(p, 'sheets'));
    return p['count'] === undefined
      ? `工作簿中没有工作表 "${param(p, 'sheet')}"；工作簿中的工作表：${sheets}`
      : `工作簿只有 ${param(p, 'count')} 个工作表，没有第 ${param(p, 'sheet')} 个；工作簿中的工作表：${sheets}`;
  },
  not_a_worksheet: (p, problem) =>
    p?.['kind'] === undefined
      ? `所选的不是含单元格的工作表（${problem.message}）`
      : `工作表 "${param(p, 'sheet')}" 是 ${param(p, 'kind')}，不是含单元格的工作表`,
  invalid_type: (p) => {
    if (p?.['op'] !== undefined)
      return p['needs'] === 'list'
        ? `"${param(p, 'op')}" 需要 "value"：一个常量数组`
        : `"${param(p, 'op')}" 只接受一个常量；列表请用 "in"`;
    return p?.['required'] === true
      ? `缺少此项（应为${expectedKinds(p)}）`
      : `应为${expectedKinds(p)}，实为${gotText(p)}`;
  },
  invalid_value: (p) => {
    const allowed = listParam(p, 'allowed');
    return `应为 ${allowed.join('、')}${allowed.length === 1 ? '' : ' 之一'}，实为${gotText(p)}`;
  },
  too_small: (p) => sizeLimit(p, true),
  too_big: (p) => sizeLimit(p, false),
  not_multiple_of: (p) => `应为 ${param(p, 'divisor')} 的倍数`,
  unknown_key: (p) => `未知的键 "${param(p, 'key')}"`,
  custom: (p) => RULES[param(p, 'rule')],
  forbidden_key: (p) => `不允许使用键 "${param(p, 'key')}"（它可能改变对象的原型）`,
  invalid_range: invalidRange,
  invalid_thresholds: invalidThresholds,
  invalid_child: () => '子项应给出 "indicator" 或 "composite"，且只能给出其一',
  unknown_indicator: (p) =>
    `未知的指标 "${param(p, 'id')}"${p?.['known'] === undefined ? '' : `；已有：${listParam(p, 'known').join('、')}`}`,
  no_direction: (p) => `"${param(p, 'id')}" 的 polarity 为 neutral：综合指数需要知道它是越高越好还是越低越好`,
  unexpected_key: (p) => {
    if (p?.['owner'] === 'composite_child') return '只有指标子项可以有 normalisation；综合指数子项已经归一化';
    const op = param(p, 'op');
    return `${op === '' ? '不带 "op" 的筛选条件' : `"${op}" `}不接受 "${param(p, 'key')}"`;
  },
  unknown_composite: (p) => `未知的综合指数 "${param(p, 'id')}"`,
  invalid_field_type: invalidFieldType,
  non_boolean_filter: (p) =>
    `不带 "op" 的筛选条件检验布尔字段是否为真，但${p?.['field'] === undefined ? '该操作数是数值' : ` "${param(p, 'field')}" 是 ${param(p, 'type')} 类型`}；请加上 "op"`,
  invalid_operator: (p) => `"${param(p, 'op')}" 只能比较数字或日期；"${param(p, 'field')}" 是 ${param(p, 'type')} 类型`,
  invalid_comparison: (p) => `"${param(p, 'op')}" 需要 "value"（常量）或 "other"（另一字段），且只能给出其一`,
  incompatible_operands: (p) => `不能比较${operandKind(param(p, 'left'))}与${operandKind(param(p, 'right'))}`,
  invalid_constant: (p) => `应为${CONSTANTS[param(p, 'expected')] ?? param(p, 'expected')}，实为 ${param(p, 'value')}`,
  optional_key_field: (p) =>
    `数据集 "${param(p, 'dataset')}" 的键字段 "${param(p, 'field')}" 必须是必填字段（缺少它的记录无法区分）`,
  period_dependent_check: (p) => `校验 "${param(p, 'check')}" 读取了 "age"，它随期间而变；记录校验只能取决于记录本身`,
  invalid_reference: (p) =>
    p?.['kind'] === undefined
      ? `"${param(p, 'id')}" 读取数据集 "${param(p, 'dataset')}"，而不是 "${param(p, 'expected')}"`
      : `"${param(p, 'id')}" 是 ${param(p, 'kind')} 指标；complement 需要 rate 指标`,
  unknown_id: unknownId,
  missing_table: (p) =>
    `没有数据集 "${param(p, 'dataset')}" 的表；请给出按指标目录中 "${param(p, 'dataset')}" 的定义读入的表`,
  incompatible_table: (p) =>
    `数据集 "${param(p, 'dataset')}" 的字段 "${param(p, 'field')}" 在指标目录中是 ${param(p, 'type')}，在表中${param(p, 'got') === 'missing' ? '不存在' : `是 ${param(p, 'got')}`}`,
  invalid_group: (p) =>
    `不能按 ${param(p, 'type')} 字段 "${param(p, 'field')}" 分组；请按 string、enum、boolean 或 integer 字段分组（日期按期间分组）`,
  missing_report: (p) => `缺少 ${listParam(p, 'ids').join('、')} 的 Report；请先计算这些指标`,
  mixed_grouping: (p) =>
    `分组为 [${listParam(p, 'by').join(', ')}]，而 "${param(p, 'first')}" 的分组为 [${listParam(p, 'first_by').join(', ')}]；请用同样的 "by" 计算全部指标`,
  constant_values: (p) => `${compositePlace(p)}目标值等于最低值（${param(p, 'value')}），与目标的距离无定义`,
  non_positive_value: (p) => `${compositePlace(p)}几何平均要求各值 > 0，实为 ${param(p, 'value')}`,
  zero_value: (p) => `${compositePlace(p)}${param(p, 'p') === '-1' ? '调和' : '广义'}平均在值为 0 时无定义`,
  negative_value: (p) => `${compositePlace(p)}p = ${param(p, 'p')} 的广义平均要求各值 ≥ 0，实为 ${param(p, 'value')}`,
  invalid_dashboard: (p) => DASHBOARD[param(p, 'expected')]?.(p),
};

/**
 * Codes worded from the problem alone (fixed texts, the path, the quarantined value). Every other
 * code is worded only when its producer gave params: the same code from a producer that gives none
 * (`unknown_key` of a Report's shape) keeps the core's wording rather than losing what it names.
 */
const WORDED_WITHOUT_PARAMS: ReadonlySet<string> = new Set<ProblemCode>([
  'no_header',
  'invalid_record',
  'duplicate_key',
  'check_failed',
  'required_field_absent',
  'workbook_on_stdin',
  'xls_not_supported',
  'not_xlsx',
  'encrypted',
  'corrupt_zip',
  'corrupt_xlsx',
  'unknown_sheet',
  'not_a_worksheet',
  'invalid_child',
]);

function wordProblem(problem: ProblemText): string {
  const { code, params } = problem;
  if (!Object.hasOwn(PROBLEMS, code) || (params === undefined && !WORDED_WITHOUT_PARAMS.has(code)))
    return problem.message;
  return PROBLEMS[code as ProblemCode](params, problem) ?? problem.message;
}

/** The CLI in Chinese. */
export const ZH_CN: Messages = {
  usage: `用法：
  lawgauge compute --catalog <名称|文件.json> --data <数据集>=<文件.csv|.xlsx|.json|.ndjson|-> [--data …]
                   [--map <映射.json>] [--by <字段>[,<字段>]] [--period day|week|month|quarter|year]
                   [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--ytd] [--indicator <指标|综合指数>[,…]] [--rank]
                   [--format table|csv|json] [--out <文件>] [--rejects <文件>] [--max-reject-rate <0..1>]
                   [--encoding auto|utf-8|gb18030] [--sheet <名称|序号>] [--suppress <k>]
                   [--verbose] [--quiet] [--engine duckdb[:<文件.duckdb>]|postgres://…|clickhouse://…] [--table <数据集>=<表>]
  lawgauge sql     --catalog <名称|文件.json> --from YYYY-MM-DD --to YYYY-MM-DD
                   [--dialect duckdb|postgres|clickhouse] [--table <数据集>=<表>] [--map <映射.json>]
                   [--by …] [--period …] [--ytd] [--indicator …] [--bind] [--out <文件>]
  lawgauge reform  --tasks <文件> [--milestones <文件>] [--sheet <名称|序号>] [--milestones-sheet <名称|序号>]
                   [--title <标题>] [--title-en <英文标题>]
                   | --programme <方案.json>
                   [--as-of YYYY-MM-DD] [--format table|csv|json] [--out <文件>] [--rejects <文件>] [--encoding …]
  lawgauge validate <指标目录、映射、改革方案或仪表板文件>     有效时退出码 0，无效时 1（列出全部问题）
  lawgauge schema <catalog|dataset|indicator|report|mapping|programme|reform-report|dashboard>
  lawgauge catalogs                                    内置指标目录及其指标
  lawgauge help | --help | --version

每个命令都接受 --lang zh-CN|en：本次输出的一切（表格、汇总、原因、错误、本帮助）都用该语言。
不给时按区域设置：取 LC_ALL、LC_MESSAGES、LANG 中第一个有值的（zh_CN.UTF-8 或任何 zh 开头的为
zh-CN；C、POSIX 及其他为 en）；都没有时按系统的区域设置。

数据文件：CSV（UTF-8，带或不带 BOM，或 GBK/GB18030）、Excel 工作簿（.xlsx）、JSON 记录数组或
NDJSON（.ndjson/.jsonl）；"-" 表示标准输入。表头按字段名或中英文标签对应到字段，也可用 --map
指定。加 --engine 时在数据库中汇总，只取回汇总结果：DuckDB 自行读取 --data 的 CSV（UTF-8）或
Parquet 文件（可大于内存）；PostgreSQL 和 ClickHouse 读取 --table（默认为数据集 id）。
--indicator 也接受综合指数 id（见 lawgauge catalogs）：其下各指标按同样条件计算，随后给出综合
指数的 Report；--rank 加上各单位的排名。--rejects 写出 dataset,row,line,field,value,code,reason。
退出码：0 成功；1 剔除的行超过 --max-reject-rate（默认 0.01；结果照常写出）；2 用法或定义错误、
文件无法读取、--out/--rejects 指向本次的输入文件，或引擎出错（一行说明出错之处；--debug 显示调用栈）。`,
  runHelp: '用法见 "lawgauge --help"。',
  debugHint: '（加 --debug 显示调用栈）',
  problemCount: (count) => `共 ${count} 个问题`,
  failure: (detail) => `出错：${detail}`,
  engineFailure: (engine, datasets, detail) =>
    `${engine}：${datasets === null ? '无法连接' : `处理${datasets.map(([dataset, source]) => `数据集 "${dataset}"（${source}）`).join('、')}时出错`}：${detail}`,
  unknownCommand: (command) => `未知的命令 "${command}"`,
  schemaExpected: (names, got) => `schema：应为 ${names.join('、')} 之一${got === undefined ? '' : `，实为 "${got}"`}`,
  argumentError: (kind, token) => {
    switch (kind) {
      case 'unknown_option':
        return `未知的选项 ${token}`;
      case 'missing_value':
        return `选项 ${token} 缺少值`;
      case 'takes_no_value':
        return `选项 ${token} 不带值`;
      case 'unexpected_argument':
        return `多余的参数 "${token}"：本命令不接受位置参数`;
      default:
        return `选项 ${token} 有误`;
    }
  },
  problem: wordProblem,

  expectedOneOf: (option, allowed, got) => `${option}：应为 ${allowed.join('、')} 之一，实为 "${got}"`,
  emptyListItem: (option, value) => `${option}："${value}" 中有空的名称；应写作 a,b,c`,
  expectedRate: (option, value) => `${option}：应为 0 到 1 之间的数，实为 "${value}"`,
  expectedWholeNumber: (option, value) => `${option}：应为不小于 1 的整数，实为 "${value}"`,
  expectedDate: (option, value) => `${option}：应为 YYYY-MM-DD 格式的日期，实为 "${value}"`,

  catalogRequired: (command) => `${command}：必须给出 --catalog`,
  notACatalog: (name, builtIns) =>
    `--catalog："${name}" 既不是内置指标目录（${builtIns.join('、')}），也不是 .json 文件`,
  dataRequired: 'compute：请至少给出一个 --data <数据集>=<文件>',
  dataPair: (value) => `--data "${value}"：应写作 <数据集>=<文件>（标准输入写作 <数据集>=-）`,
  tablePair: (value) => `--table "${value}"：应写作 <数据集>=<表>`,
  givenTwice: (option, dataset) => `${option}：数据集 "${dataset}" 给了两次`,
  oneStdin: '--data：只能有一个数据集从标准输入（-）读取',
  noSuchDataset: (option, catalog, dataset, known) =>
    `${option}：指标目录 "${catalog}" 中没有数据集 "${dataset}"${known === undefined ? '' : `；它的数据集：${known.join('、')}`}`,
  datasetNeeded: (dataset, indicators) =>
    `${indicators.join('、')} 需要数据集 "${dataset}"：请给出 --data ${dataset}=<文件>，或用 --indicator 选择其他指标`,
  unknownIndicators: (ids, catalog, indicators, composites) =>
    `--indicator：指标目录 "${catalog}" 中没有 ${quoted(ids)}；指标：${indicators.join('、')}${composites.length > 0 ? `；综合指数：${composites.join('、')}` : ''}`,
  rankNeedsComposite: '--rank 给综合指数的各单位排名：请用 --indicator 指定一个综合指数（lawgauge catalogs 列出全部）',
  tableNeedsEngine: '--table 指定的是 --engine 中的表',
  rejectsNeedFiles: '--rejects：SQL 引擎只统计剔除的行数，不逐条列出；要列出请不加 --engine 运行',
  filesNeedDuckdb: '--data：文件由 --engine duckdb 读取（或不加 --engine）；数据库服务器读取 --table <数据集>=<表>',
  duckdbNoStdin: '--engine duckdb 读取文件，不能读标准输入',
  mapValuesForFiles: (dataset) =>
    `--map：数据集 "${dataset}" 的 "values" 和 "formats" 只适用于文件；数据库表中的值已有类型`,
  mapAbsentForTable: (dataset, fields) =>
    `--map：数据集 "${dataset}" 把 ${quoted(fields)} 标为不存在（null）；这只适用于文件，数据库表必须有该列`,

  dataNotRead: (dataset) => `注意：所选指标不读取 --data ${dataset}；已跳过`,
  defaultedNote: (dataset, field, label, value) =>
    `注意：${dataset}：没有 "${field}"（${label}）列；每行都取默认值 ${value}。如果文件中此列用了别的表头，请在 --map 中写明；写 "${field}": null 表示文件确实没有此列。`,
  ruleWithoutColumn: (dataset, rule, missing) =>
    `注意：${dataset}：文件没有 ${missing.map((name) => `"${name}"`).join('、')} 列，${rule === 'key' ? '无法按键识别重复记录' : `校验 "${rule}" 按空值处理`}`,
  verboseRead: (dataset, source, format, encoding, bytes) =>
    `${dataset}：${source} 按 ${format}${encoding === null ? '' : `（${encoding}）`}读取，${bytes} 字节；各字段所用的列：`,
  columnRead: (field, header) => `  ${field} ← ${header}`,
  columnDefault: (field, value) => `  ${field} ← （无此列：取默认值 ${value}）`,
  columnEmpty: (field) => `  ${field} ← （无此列：为空）`,

  summaryLine: ({ dataset, source, format, encoding, read, used, rejected, percent, skipped, skippedBy }) =>
    `${dataset}：${source}（${format}${encoding === null ? '' : `，${encoding}`}）：读取 ${read} 行，可用 ${used}，剔除 ${rejected}（${percent}%），跳过 ${skipped}${skippedBy.length === 0 ? '' : `（${skippedBy.map(([reason, count]) => `${SKIP_REASONS[reason]} ${count}`).join('，')}）`}`,
  rowPlace: (row, line) => `第 ${row} 条记录${line === null ? '' : `（第 ${line} 行）`}`,
  reasonLine: (count, key, place, reason) => `  ${count} × ${key}（例：${place}：${reason}）`,
  moreKinds: (count) => `  … 另有 ${count} 类问题；见 --rejects`,
  skippedPlace: (row, line, reason) => `${line === null ? `第 ${row} 条` : `第 ${line} 行`}（${SKIP_REASONS[reason]}）`,
  skippedList: (places, more) => `  跳过：${places.join('、')}${more ? '、…' : ''}`,
  rejectRateExceeded: (dataset, percent, limit, rejectsWritten) =>
    `错误：${dataset}：${percent}% 的行被剔除，超过 --max-reject-rate ${limit}${rejectsWritten ? '' : '；可用 --rejects <文件> 写出这些行'}`,
  progress: (rows, perSecond) => `${rows.toLocaleString('zh-CN')} 行  ${perSecond.toLocaleString('zh-CN')} 行/秒`,

  outputIsInput: (option, path, input) =>
    `${option} ${path}：这是本次运行的输入文件（${input}）；写入会覆盖它——请换一个文件`,
  outputsClash: (option, path, other) => `${option} ${path}：${other} 也写这个文件；请各用各的文件`,
  cannotWrite: (path, errno) => `无法写入 ${path}${errnoText(errno)}`,

  reportWords: {
    indicator: '指标',
    period: '期间',
    value: '值',
    interval: '95%区间',
    status: '状态',
    n: '样本数',
    note: '说明',
    rank: '排名',
    total: '合计',
    good: '● 良好',
    warning: '▲ 关注',
    bad: '■ 预警',
    'no-data': '无数据',
    suppressed: '已抑制（样本过少）',
    unstable: '样本小，仅供参考',
    'indicator-excluded': '有指标各单位相同，本期未计入',
  },
  reformWords: {
    asOf: '截至',
    completion: '完成率（按任务数）',
    weighted: '完成率（按权重）',
    verification: '销号率',
    onTime: '按期完成率',
    projection: '预计全部完成',
    none: '近期无完成，无法预计',
    finished: '已全部完成',
    synthetic: '（合成数据）',
    task: '任务',
    owner: '责任单位',
    status: '状态',
    light: '信号',
    progress: '进度',
    due: '完成时限',
    late: '逾期天数',
    statuses: {
      verified: '已销号',
      completed: '已完成',
      overdue: '已逾期',
      not_started: '未开始',
      at_risk: '有风险',
      in_progress: '推进中',
    },
    lights: { green: '● 绿', yellow: '▲ 黄', red: '■ 红' },
  },
  catalogHeader: ['id', '指标', '单位', '数据集'],
  compositeUnit: '综合指数',

  reformSource: 'reform：请给出 --tasks <文件>（可加 --milestones <文件>）或 --programme <方案.json>，二者选一',
  titleEmpty: (option) => `reform：${option} 需要一个标题`,
  titleWithProgramme: 'reform：--title 和 --title-en 用于给台账命名；--programme 文件有自己的 "label"',

  sqlRangeRequired: 'sql：必须给出 --from 和 --to（查询按固定的期间范围生成）',
  sqlComposite: (composite) =>
    `-- 综合指数 ${composite}：由 lawgauge 根据这些查询汇总出的各指标 Report 计算（lawgauge compute --engine …）`,
  sqlDataset: (catalog, dataset, dialect) => `-- lawgauge ${catalog}：数据集 ${dataset}（${dialect}）`,
  sqlParameters: '-- 参数：',

  validateOneFile: 'validate：应给出一个文件',
  notADefinition: (path) =>
    `${path}：不是指标目录、映射、改革方案或仪表板文件（可把 "$schema" 设为 schema/{catalog,mapping,programme,dashboard}.schema.json 之一来说明类型）`,
  validCatalog: (path, id, datasets, indicators) =>
    `${path}：有效的指标目录 "${id}"（${datasets} 个数据集，${indicators} 个指标）`,
  validMapping: (path, datasets) => `${path}：有效的映射，适用于 ${datasets.join('、')}`,
  validDashboard: (path, title, sections, panels) =>
    `${path}：有效的仪表板 "${title}"（${sections} 个分区，${panels} 个面板）`,
  validProgramme: (path, id, areas, tasks) => `${path}：有效的改革方案 "${id}"（${areas} 个领域，${tasks} 项任务）`,
};
