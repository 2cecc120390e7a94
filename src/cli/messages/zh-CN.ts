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
const KINDS: Readonly<Record<string, string>> = { number: '数字', boolean: '布尔值', object: '对象', string: '文本', array: '数组', null: 'null', undefined: '空' };
const kindOf = (name: string): string => KINDS[name] ?? name;
/** Why a file could not be opened, from Node's code. */
const ERRNO: Readonly<Record<string, string>> = { ENOENT: '文件不存在', EACCES: '没有读取权限', EPERM: '没有权限', EISDIR: '这是一个目录，不是文件', ENOTDIR: '路径中有一段不是目录', EMFILE: '打开的文件过多' };
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
 * date pattern's mistake) keeps that detail in parentheses.
 */
const PROBLEMS: Readonly<Record<ProblemCode, (p: Params, problem: ProblemText) => string>> = {
  required: (p, problem) => `必填字段 "${param(p, 'field', problem.field ?? '')}" 为空`,
  invalid_date: (p, problem) => {
    const field = param(p, 'field', problem.field ?? '');
    const serial = p?.['serial'] === true ? `；这像是 Excel 日期序号：请在映射文件的 "formats" 中写 {"${field}": "excel-serial"}` : '';
    return `${param(p, 'value', problem.value ?? '')} 不是有效的${param(p, 'type') === 'datetime' ? '日期时间' : '日期'}（应为 ${expectedDate(param(p, 'format'))}）${serial}`;
  },
  invalid_number: (p, problem) => unreadableNumber(p, param(p, 'value', problem.value ?? ''), '不是数字'),
  invalid_integer: (p, problem) => unreadableNumber(p, param(p, 'value', problem.value ?? ''), '不是整数'),
  invalid_boolean: (p, problem) => `${param(p, 'value', problem.value ?? '')} 不是是/否值（应为 true/false、1/0、是/否 或 Y/N）`,
  unknown_enum_value: (p, problem) => `${param(p, 'value', problem.value ?? '')} 不是可选值之一：${listParam(p, 'allowed').join('、')}`,
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
  wrong_field_count: (p) => `第 ${param(p, 'line', '?')} 行有 ${param(p, 'fields', '?')} 个字段，表头有 ${param(p, 'header', '?')} 个`,
  unterminated_quote: (p) => (p?.['header'] === true ? `第 ${param(p, 'line', '?')} 行：表头中有引号没有闭合` : `第 ${param(p, 'line', '?')} 行开始的带引号字段没有闭合`),
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
    return check === '' ? `未通过记录校验：${problem.value ?? ''}` : `未通过校验 "${check}"${label === '' ? '' : `（${label}）`}：${problem.value ?? ''}`;
  },
  record_too_long: (p) => `第 ${param(p, 'line', '?')} 行开始的记录超过 ${param(p, 'limit', '?')} ${param(p, 'units') === 'bytes' ? '字节' : '个字符'}；是否有引号没有闭合？`,
  no_header: () => '文件是空的：没有表头行',
  not_an_array: (p) => `应为记录数组，实为${kindOf(param(p, 'got', '?'))}`,
  blank_header: (p) => `第 ${param(p, 'line', '?')} 行第 ${param(p, 'column', '?')} 列：表头为空`,
  duplicate_header: (p) => `第 ${param(p, 'line', '?')} 行第 ${param(p, 'column', '?')} 列："${param(p, 'name')}" 出现了两次（第一次在第 ${param(p, 'first', '?')} 列）`,
  missing_column: (p) => {
    const columns = listParam(p, 'columns').join('、');
    const wanted = param(p, 'wanted');
    if (wanted !== '') return `文件中没有映射所写的列 "${wanted}"（字段 "${param(p, 'field')}"）；文件的列：${columns}`;
    return `字段 "${param(p, 'field')}" 没有对应的列（找过 ${quoted(listParam(p, 'candidates'))}）；文件的列：${columns}；请在映射文件的 "columns" 中写明`;
  },
  column_used_twice: (p) => `列 "${param(p, 'column')}" 会同时对应 "${param(p, 'first')}" 和 "${param(p, 'field')}"`,
  required_field_absent: (_p, problem) => `字段 "${String(problem.path?.at(-1) ?? '')}" 为必填且没有默认值，映射不能把它标为不存在（null）`,
  other_sheets: (p) => {
    const sheets = listParam(p, 'sheets');
    return `读取的是第一个工作表 "${sheets[0] ?? ''}"；工作簿中的工作表：${quoted(sheets)}——请用 --sheet 选择`;
  },
  workbook_on_stdin: () => '这是 Excel 工作簿（或旧的 .xls）：请以文件给出（--data <数据集>=<文件.xlsx>），不要从标准输入读入',
  unreadable_file: (p) => `无法读取该文件${errnoText(param(p, 'errno'))}`,
  unknown_dataset: (p) => `未知的数据集 "${param(p, 'dataset')}"；已知：${listParam(p, 'known').join('、')}`,
  unknown_field: (p) => `数据集 "${param(p, 'dataset')}" 中没有字段 "${param(p, 'field')}"；已有：${listParam(p, 'known').join('、')}`,
  invalid_format: (p, problem) => (p?.['type'] === undefined ? `日期格式有误（${problem.message}）` : `字段 "${param(p, 'field')}" 是 ${param(p, 'type')} 类型；formats 只适用于 date 和 datetime 字段`),
  duplicate_id: (p) => `${param(p, 'kind') === 'area' ? '领域' : '任务'}编号 "${param(p, 'id')}" 重复`,
  unknown_area: (p) => `任务 "${param(p, 'task')}"：未知的领域 "${param(p, 'area')}"；已有：${listParam(p, 'known').join('、')}`,
  unknown_parent: (p) => `任务 "${param(p, 'task')}"：上级任务 "${param(p, 'parent')}" 不存在`,
  unknown_task: (p) => `节点第 ${param(p, 'row')} 行（"${param(p, 'title')}"）所属的任务 "${param(p, 'task')}" 不存在`,
  cycle: (p) => `任务的上下级关系成环：${listParam(p, 'tasks').join(' → ')}`,
  due_before_start: (p) => `任务 "${param(p, 'task')}"：完成时限 ${param(p, 'due')} 早于开始日期 ${param(p, 'start')}`,
  verified_not_completed: (p) => `任务 "${param(p, 'task')}"：${param(p, 'verified')} 已销号，却没有完成日期`,
  verified_before_completed: (p) => `任务 "${param(p, 'task')}"：销号日期 ${param(p, 'verified')} 早于完成日期 ${param(p, 'completed')}`,
  xls_not_supported: () => '这是旧的二进制 Excel 文件（.xls）或设了密码的工作簿，无法读取；请在 Excel 或 WPS 中打开，另存为 .xlsx（不设密码）或 CSV',
  not_xlsx: () => '不是 Excel 工作簿（.xlsx）；请另存为 .xlsx 或 CSV',
  encrypted: () => '工作簿已加密；请另存为不设密码的 .xlsx 或 CSV',
  corrupt_zip: (_p, problem) => `工作簿的压缩包已损坏，无法读取（${problem.message}）`,
  corrupt_xlsx: (_p, problem) => `工作簿已损坏，无法读取（${problem.message}）`,
  unknown_sheet: (_p, problem) => `工作簿中没有这个工作表（${problem.message}）`,
  not_a_worksheet: (_p, problem) => `所选的不是含单元格的工作表（${problem.message}）`,
};

/**
 * Codes worded from the problem alone (fixed texts, the path, the quarantined value). Every other
 * code is worded only when its producer gave params: the same code from a producer that gives none
 * (`unknown_field` of a catalog) keeps the core's wording rather than losing what it names.
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
]);

function wordProblem(problem: ProblemText): string {
  const { code, params } = problem;
  if (!Object.hasOwn(PROBLEMS, code) || (params === undefined && !WORDED_WITHOUT_PARAMS.has(code))) return problem.message;
  return PROBLEMS[code as ProblemCode](params, problem);
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
  lawgauge schema <catalog|dataset|indicator|report|mapping|programme|dashboard>
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
  notACatalog: (name, builtIns) => `--catalog："${name}" 既不是内置指标目录（${builtIns.join('、')}），也不是 .json 文件`,
  dataRequired: 'compute：请至少给出一个 --data <数据集>=<文件>',
  dataPair: (value) => `--data "${value}"：应写作 <数据集>=<文件>（标准输入写作 <数据集>=-）`,
  tablePair: (value) => `--table "${value}"：应写作 <数据集>=<表>`,
  givenTwice: (option, dataset) => `${option}：数据集 "${dataset}" 给了两次`,
  oneStdin: '--data：只能有一个数据集从标准输入（-）读取',
  noSuchDataset: (option, catalog, dataset, known) => `${option}：指标目录 "${catalog}" 中没有数据集 "${dataset}"${known === undefined ? '' : `；它的数据集：${known.join('、')}`}`,
  datasetNeeded: (dataset, indicators) => `${indicators.join('、')} 需要数据集 "${dataset}"：请给出 --data ${dataset}=<文件>，或用 --indicator 选择其他指标`,
  unknownIndicators: (ids, catalog, indicators, composites) =>
    `--indicator：指标目录 "${catalog}" 中没有 ${quoted(ids)}；指标：${indicators.join('、')}${composites.length > 0 ? `；综合指数：${composites.join('、')}` : ''}`,
  rankNeedsComposite: '--rank 给综合指数的各单位排名：请用 --indicator 指定一个综合指数（lawgauge catalogs 列出全部）',
  tableNeedsEngine: '--table 指定的是 --engine 中的表',
  rejectsNeedFiles: '--rejects：SQL 引擎只统计剔除的行数，不逐条列出；要列出请不加 --engine 运行',
  filesNeedDuckdb: '--data：文件由 --engine duckdb 读取（或不加 --engine）；数据库服务器读取 --table <数据集>=<表>',
  duckdbNoStdin: '--engine duckdb 读取文件，不能读标准输入',
  mapValuesForFiles: (dataset) => `--map：数据集 "${dataset}" 的 "values" 和 "formats" 只适用于文件；数据库表中的值已有类型`,
  mapAbsentForTable: (dataset, fields) => `--map：数据集 "${dataset}" 把 ${quoted(fields)} 标为不存在（null）；这只适用于文件，数据库表必须有该列`,

  dataNotRead: (dataset) => `注意：所选指标不读取 --data ${dataset}；已跳过`,
  defaultedNote: (dataset, field, label, value) =>
    `注意：${dataset}：没有 "${field}"（${label}）列；每行都取默认值 ${value}。如果文件中此列用了别的表头，请在 --map 中写明；写 "${field}": null 表示文件确实没有此列。`,
  ruleNotApplied: (dataset, rule, missing) =>
    `注意：${dataset}：文件没有 ${missing.map((name) => `"${name}"`).join('、')} 列，${rule === 'key' ? '未检查重复记录（键）' : `未执行校验 "${rule}"`}`,
  verboseRead: (dataset, source, format, encoding, bytes) => `${dataset}：${source} 按 ${format}${encoding === null ? '' : `（${encoding}）`}读取，${bytes} 字节；各字段所用的列：`,
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
  rejectRateExceeded: (dataset, percent, limit, rejectsWritten) => `错误：${dataset}：${percent}% 的行被剔除，超过 --max-reject-rate ${limit}${rejectsWritten ? '' : '；可用 --rejects <文件> 写出这些行'}`,
  progress: (rows, perSecond) => `${rows.toLocaleString('zh-CN')} 行  ${perSecond.toLocaleString('zh-CN')} 行/秒`,

  outputIsInput: (option, path, input) => `${option} ${path}：这是本次运行的输入文件（${input}）；写入会覆盖它——请换一个文件`,
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
    statuses: { verified: '已销号', completed: '已完成', overdue: '已逾期', not_started: '未开始', at_risk: '有风险', in_progress: '推进中' },
    lights: { green: '● 绿', yellow: '▲ 黄', red: '■ 红' },
  },
  catalogHeader: ['id', '指标', '单位', '数据集'],
  compositeUnit: '综合指数',

  reformSource: 'reform：请给出 --tasks <文件>（可加 --milestones <文件>）或 --programme <方案.json>，二者选一',
  titleEmpty: (option) => `reform：${option} 需要一个标题`,
  titleWithProgramme: 'reform：--title 和 --title-en 用于给台账命名；--programme 文件有自己的 "label"',

  sqlRangeRequired: 'sql：必须给出 --from 和 --to（查询按固定的期间范围生成）',
  sqlComposite: (composite) => `-- 综合指数 ${composite}：由 lawgauge 根据这些查询汇总出的各指标 Report 计算（lawgauge compute --engine …）`,
  sqlDataset: (catalog, dataset, dialect) => `-- lawgauge ${catalog}：数据集 ${dataset}（${dialect}）`,
  sqlParameters: '-- 参数：',

  validateOneFile: 'validate：应给出一个文件',
  notADefinition: (path) => `${path}：不是指标目录、映射、改革方案或仪表板文件（可把 "$schema" 设为 schema/{catalog,mapping,programme,dashboard}.schema.json 之一来说明类型）`,
  validCatalog: (path, id, datasets, indicators) => `${path}：有效的指标目录 "${id}"（${datasets} 个数据集，${indicators} 个指标）`,
  validMapping: (path, datasets) => `${path}：有效的映射，适用于 ${datasets.join('、')}`,
  validDashboard: (path, title, sections, panels) => `${path}：有效的仪表板 "${title}"（${sections} 个分区，${panels} 个面板）`,
  validProgramme: (path, id, areas, tasks) => `${path}：有效的改革方案 "${id}"（${areas} 个领域，${tasks} 项任务）`,
};
