import type { GotParams } from '../described.js';
import type { CompositePlace, FormatRule, RealDayParams, ReferenceKind, UnreadableNumberParams } from '../issues.js';
import type { IssueMessages } from './issue-messages.js';
import type { QualityWords } from './quality-words.js';
import { missingDay, type MissingDay } from './missing-day.js';
import { zhAmid, zhBefore } from './zh-spacing.js';

/** JavaScript and zod type names, as a reader knows them. */
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
const list = (values: readonly string[]): string => values.join('、');
const quoted = (values: readonly string[]): string => values.map((value) => `"${value}"`).join('、');

/** What a definition's value is (`got`, and `value` for text, numbers and booleans). */
function gotText(p: GotParams): string {
  if (p.got === 'string') return ` ${p.value ?? ''}`;
  if (p.got === 'number' || p.got === 'boolean' || p.got === 'bigint') return `${kindOf(p.got)} ${p.value ?? ''}`;
  return kindOf(p.got);
}

/** The checks the schemas word themselves (see FORMAT_RULE_WORDS in en.ts). */
export const ZH_CN_FORMAT_RULE_WORDS: Readonly<Record<FormatRule, string>> = {
  identifier: '应为标识符（字母、数字和 _，不以数字开头）',
  reserved_name: '是保留名称，不能使用',
  catalog_id: '应为指标目录 id（小写字母、数字、- 和 _）',
  iso_date: '应为 YYYY-MM-DD 格式的日期',
  finite_number: '应为有限数',
  lower_id: '应为 id（小写字母、数字、- 和 _）',
  not_blank: '应为文本，不能只有空格',
  src_or_compute: '面板应给出 "src" 或 "compute"，二者选一',
  table_name: '应为表名（以 "." 连接的各段，不能为空）',
  total_marker: '不能是 "*"：Report 用它表示合计行',
  panel_options: '设置了其组件不接受的选项（各组件接受哪些选项，见 docs/dashboard.md）',
  panel_phases: '选项 "phases" 应为以空格分隔的期间，如 "2019-04"',
  panel_drill: '下钻模板应含 "{group}"，且 "drill-geometry-src" 须与 "drill-src" 同时给出',
  period_key: '应为存在的期间，如 2019、2019-Q1、2019-03、2019-W10 或 2019-03-05',
  spc_rules_order: '判异规则应按 outside、shift、trend、two-of-three 的顺序列出，每条至多一次',
  spc_variation: '仅当未触发任何判异规则时，变异类型才为 "common"（普通原因变异）',
  spc_lines_order:
    '应满足 lower ≤ centre ≤ upper 且 twoSigmaLower ≤ centre ≤ twoSigmaUpper，每对上下线同时给出或同为 null',
  funnel_limits_order: '应满足 lower998 ≤ lower95 ≤ target ≤ upper95 ≤ upper998',
  compared_row: '没有值或已抑制的行不参与比较，不能带有 spc 或 funnel',
  funnel_unit: 'funnel 只属于分子齐全、分母 > 0 的分组行，不属于合计行',
  comparison_summary: '行带有 spc 或 funnel 结果，但 Report 没有说明其算法的 "spc" 或 "funnel"',
  comparison_of_rate: 'p′ 控制图和漏斗图只适用于比率指标（口径为 rate 或 complement）',
  comparison_periods: '"spc" 或 "funnel" 提到了 Report 中没有的期间',
  value_of_parts: '比率的值应等于分子 ÷ 分母',
};
const RULES = ZH_CN_FORMAT_RULE_WORDS;

/** Operand kinds (check-predicate.ts), as a filter's problems name them. */
const OPERAND_KINDS: Readonly<Record<string, string>> = {
  number: '数值',
  date: '日期',
  string: '文本',
  enum: '枚举值',
  boolean: '布尔值',
};
const operandKind = (name: string): string => OPERAND_KINDS[name] ?? name;

function sizeLimit(least: boolean, p: GotParams & { origin: string; limit: string; inclusive: boolean }): string {
  switch (p.origin) {
    case 'array':
      return `${least ? '至少' : '至多'}应有 ${p.limit} 项`;
    case 'string':
      return `${least ? '至少' : '至多'}应有 ${p.limit} 个字符`;
    default:
      return `应 ${least ? (p.inclusive ? '≥' : '>') : p.inclusive ? '≤' : '<'} ${p.limit}，实为${gotText(p)}`;
  }
}

/** The kinds of things ids name. */
const ITEMS: Readonly<Record<ReferenceKind, string>> = {
  dataset: '数据集',
  indicator: '指标',
  composite: '综合指数',
  field: '字段',
  check: '校验',
  area: '领域',
  task: '任务',
};

/** What a filter's constant should have been (check-predicate.ts). */
const CONSTANTS = { number: '数字', boolean: ' true 或 false', date: ' "YYYY-MM-DD" 格式的日期', string: '文本' };

const DATE_SPELLINGS = 'YYYY-MM-DD、YYYY/M/D、YYYY.M.D、YYYY年M月D日 或 YYYYMMDD，可带时间和时区';

/** Why a spelled day does not exist: `2019年2月只有 28 天` (ingest and the CLI's date options). */
export function missingDayWords(missing: MissingDay): string {
  return `${missing.year}年${missing.month}月只有 ${missing.days} 天`;
}

/** A `YYYY-MM-DD` naming no day: `"2019-02-30" 不是存在的日期：2019年2月只有 28 天`. */
export function zhNotARealDayWords(p: RealDayParams): string {
  const missing = missingDay(p.value);
  const why = missing === null ? '' : `：${missingDayWords(missing)}`;
  return `${p.task === undefined ? '' : `任务 "${p.task}"：`}${p.value} 不是存在的日期${why}`;
}

function expectedDate(format: string): string {
  if (format === '') return DATE_SPELLINGS;
  if (format === 'excel-serial') return 'Excel 日期序号（1900 日期系统）';
  return `日期格式 "${format}"`;
}

/** A record's field as its file names it: `"立案日期"（filed_on）`; `"filed_on"` when the header is the field's name or not known. */
const fieldNamed = (p: { readonly field: string; readonly column?: string | undefined }): string =>
  p.column === undefined || p.column === p.field ? `"${p.field}"` : `"${p.column}"（${p.field}）`;

/** A name before a Chinese word: a space after it, unless it ends in a full-width mark (`"立案日期"（filed_on）为空`). */
const spaced = zhBefore;

/** A number too large or too small for a double, worded alike for number and integer fields. */
function unreadableNumber(p: UnreadableNumberParams, otherwise: string): string {
  switch (p.kind) {
    case 'not_finite':
      return `${spaced(fieldNamed(p))}中的 ${p.value} 不是有限数（超出 ±1.8e308，双精度数的范围）`;
    case 'underflow':
      return `${spaced(fieldNamed(p))}中的 ${p.value} 太小，会舍入为 0，无法保存`;
    case 'not_whole':
      return `${p.value} 不是整数`;
    default:
      return `${p.value} ${otherwise}`;
  }
}

/** `第 1234 字节（0xFF）`: offsets count from 0 at the file's first byte, as in every language. */
const byteAt = (offset: number, byte: number): string =>
  `第 ${offset} 字节（0x${byte.toString(16).toUpperCase().padStart(2, '0')}）`;

/** Where a JSON parser stopped, from its (English) message: `（第 1 行第 3 列）`. */
function jsonPlace(detail: string): string {
  const lineColumn = /line (\d+) column (\d+)/.exec(detail);
  if (lineColumn !== null) return `（第 ${lineColumn[1]} 行第 ${lineColumn[2]} 列）`;
  const position = /position (\d+)/.exec(detail);
  return position === null ? '' : `（第 ${position[1]} 个字符处）`;
}

/** Why a file could not be opened or written, from Node's code (also the CLI's words). */
export const ZH_CN_ERRNO_WORDS: Readonly<Record<string, string>> = {
  ENOENT: '文件不存在',
  EACCES: '没有读取权限',
  EPERM: '没有权限',
  EISDIR: '这是一个目录，不是文件',
  ENOTDIR: '路径中有一段不是目录',
  EMFILE: '打开的文件过多',
};

/** Where in a composite a calculation failed: an indicator or a unit, and the period. */
const compositePlace = (p: CompositePlace): string =>
  `${'indicator' in p ? `指标 "${p.indicator}"` : `单位 ${p.unit}`}，期间 ${p.period}：`;

/**
 * Every issue in Chinese. A code whose params carry English text (a workbook's damage, a JSON
 * parser's position) keeps that detail in parentheses.
 */
export const ZH_CN_ISSUES: IssueMessages = {
  invalid_type: (p) =>
    p.required
      ? `缺少此项（应为${p.expected.map(kindOf).join('或')}）`
      : `应为${p.expected.map(kindOf).join('或')}，实为${gotText(p)}`,
  invalid_value: (p) => `应为 ${list(p.allowed)}${p.allowed.length === 1 ? '' : ' 之一'}，实为${gotText(p)}`,
  too_small: (p) => sizeLimit(true, p),
  too_big: (p) => sizeLimit(false, p),
  invalid_format: (p) => {
    if (p.format === 'date_pattern' && 'problem' in p)
      return p.problem === 'repeated_part'
        ? `日期格式 "${p.pattern}" 中 ${p.part ?? ''} 部分出现了两次`
        : `日期格式 "${p.pattern}" 须含 YYYY、M 或 MM、D 或 DD（或写 "excel-serial"）`;
    if ('got' in p && p.rule !== undefined) return `${RULES[p.rule]}，实为${gotText(p)}`;
    if ('got' in p && p.detail !== undefined) return `格式不符（${p.detail}），实为${gotText(p)}`;
    return `应为 ${p.format} 格式`;
  },
  not_multiple_of: (p) => `应为 ${p.divisor} 的倍数`,
  custom: (p) => ('rule' in p ? RULES[p.rule] : `不符合要求（${p.detail}）`),
  unknown_key: (p) => {
    if (!('owner' in p))
      return `未知的键 "${p.key}"${p.suggestion === undefined ? '' : `；是否要用 "${p.suggestion}"？`}`;
    if (p.owner === 'composite_child') return '只有指标子项可以有 normalisation；综合指数子项已经归一化';
    return `${p.op === '' ? '不带 "op" 的筛选条件' : `"${p.op}" `}不接受 "${p.key}"`;
  },
  invalid_key: (p) => {
    const words = p.rule !== undefined ? RULES[p.rule] : p.detail;
    return `无效的键 "${p.key}"${words === undefined ? '' : `：${words}`}`;
  },
  forbidden_key: (p) => `不允许使用键 "${p.key}"（它可能改变对象的原型）`,
  duplicate_id: (p) => {
    switch (p.kind) {
      case 'composite_indicator':
        return `"${p.id}" 已是指标的编号`;
      case 'field':
        return `数据集 "${p.dataset ?? ''}" 中的字段 "${p.id}" 重复`;
      case 'key_field':
        return `字段 "${p.id}" 在数据集 "${p.dataset ?? ''}" 的键中出现了两次`;
      case 'check':
        return `数据集 "${p.dataset ?? ''}" 中的校验 "${p.id}" 重复`;
      case 'spelling':
        return `"${p.id}" 会同时表示 "${p.first ?? ''}" 和 "${p.second ?? ''}"`;
      default:
        return `${ITEMS[p.kind]}编号 "${p.id}" 重复${p.also === undefined ? '' : `（另见第 ${p.also + 1} 项）`}`;
    }
  },
  unknown_reference: (p) => {
    const by =
      p.row !== undefined
        ? `节点第 ${p.row} 行（"${p.title ?? ''}"）：`
        : p.task !== undefined
          ? `任务 "${p.task}"：`
          : '';
    if (p.remove === true) return `${by}没有可删除的${ITEMS[p.kind]} "${p.id}"`;
    const scope =
      p.dataset !== undefined
        ? `数据集 "${p.dataset}" 中`
        : p.catalog !== undefined
          ? `指标目录 "${p.catalog}" 中`
          : p.base === true
            ? '基础指标目录中'
            : '';
    const known = p.known === undefined ? '' : `；已有：${list(p.known) || '（无）'}`;
    if (p.parent === true) return `${by}上级任务 "${p.id}" 不存在`;
    const what = ITEMS[p.kind];
    const nearest = p.suggestion === undefined ? '' : `（是否要用 "${p.suggestion}"？）`;
    return scope === ''
      ? `${by}未知的${what} "${p.id}"${nearest}${known}`
      : `${by}${scope}没有${what} "${p.id}"${nearest}${known}`;
  },
  invalid_reference: (p) =>
    'measure' in p
      ? `"${p.id}" 是 ${p.measure} 指标；complement 需要 rate 指标`
      : `"${p.id}" 读取数据集 "${p.dataset}"，而不是 "${p.expected}"`,
  invalid_time_rule: (p) =>
    p.expected === 'toDate'
      ? 'turnoverDays 的 flow 各时间规则的 "toDate" 必须一致：按其窗口计算天数'
      : `turnoverDays 的 ${p.side} 应使用${p.expected === 'flow' ? '流量规则（{flow: 字段}）' : '存量规则（{pending, from, to}）'}`,
  cycle: (p) =>
    'composites' in p
      ? `综合指数相互包含，成环：${p.composites.join(' → ')}`
      : `任务的上下级关系成环：${p.tasks.join(' → ')}`,
  invalid_range: (p) => {
    switch (p.kind) {
      case 'band':
        return `区间 [${p.low}, ${p.high}] 的两端颠倒了`;
      case 'min_max':
        return `最小值 ${p.min} 大于最大值 ${p.max}`;
      case 'empty_from':
        return '"from" 区间不能为空（两端不能相同）';
      case 'from_after_to':
        return `开始日期 ${p.from} 晚于结束日期 ${p.to}`;
    }
  },
  invalid_thresholds: (p) => {
    switch (p.kind) {
      case 'higher_better':
        return `越高越好（higher-better）的指标，"good"（${p.good}）应 ≥ "warning"（${p.warning}）`;
      case 'lower_better':
        return `越低越好（lower-better）的指标，"good"（${p.good}）应 ≤ "warning"（${p.warning}）`;
      case 'needs_direction':
        return '{good, warning} 阈值需要 higher-better 或 lower-better 的 polarity';
      case 'needs_band':
        return '{warning: [lo, hi]} 区间阈值需要区间型（band）的 polarity';
      case 'band_outside':
        return `警示区间 [${p.warning_low}, ${p.warning_high}] 必须包含 polarity 的区间 [${p.low}, ${p.high}]`;
    }
  },
  invalid_child: () => '子项应给出 "indicator" 或 "composite"，且只能给出其一',
  no_direction: (p) => `"${p.id}" 的 polarity 为 neutral：综合指数需要知道它是越高越好还是越低越好`,
  invalid_field_type: (p) => {
    const field = p.field ?? '';
    switch (p.expected) {
      case 'date':
        return `字段 "${field}" 是 ${p.type} 类型；应为 date 或 datetime 字段`;
      case 'number':
        return `字段 "${field}" 是 ${p.type} 类型；应为 integer 或 number 字段`;
      case 'numeric_operand':
        return `应为数值操作数（integer 或 number 字段、days 或 age），实为 ${p.type} 字段`;
      case 'exact_key':
        return `数据集 "${p.dataset ?? ''}" 的键字段 "${field}" 是 datetime 类型，按日存储；键必须能准确区分记录`;
      case 'date_format':
        return `字段 "${field}" 是 ${p.type} 类型；formats 只适用于 date 和 datetime 字段`;
    }
  },
  non_boolean_filter: (p) =>
    `不带 "op" 的筛选条件检验布尔字段是否为真，但${p.field === undefined ? '该操作数是数值' : ` "${p.field}" 是 ${p.type} 类型`}；请加上 "op"`,
  invalid_operator: (p) => `"${p.op}" 只能比较数字或日期；"${p.field}" 是 ${p.type} 类型`,
  invalid_comparison: (p) => {
    switch (p.needs) {
      case 'list':
        return `"${p.op}" 需要 "value"：一个常量数组`;
      case 'one':
        return `"${p.op}" 只接受一个常量；列表请用 "in"`;
      default:
        return `"${p.op}" 需要 "value"（常量）或 "other"（另一字段），且只能给出其一`;
    }
  },
  incompatible_operands: (p) => `不能比较${operandKind(p.left)}与${operandKind(p.right)}`,
  invalid_constant: (p) => `应为${CONSTANTS[p.expected]}，实为 ${p.value}`,
  unknown_enum_value: (p) => {
    // Each value as a Chinese file writes it, its synonyms first: `民事（civil）`.
    const allowed = list(
      p.allowed.map((value, i) => {
        const synonyms = p.synonyms?.[i] ?? '';
        return synonyms === '' ? value : `${synonyms}（${value}）`;
      }),
    );
    const nearest = p.suggestion === undefined ? '' : `；是否要用 "${p.suggestion}"？`;
    return `${p.value} 不是${p.field === undefined ? '' : ` ${spaced(fieldNamed({ field: p.field, column: p.column }))}的`}可选值之一：${allowed}${nearest}`;
  },
  optional_key_field: (p) => `数据集 "${p.dataset}" 的键字段 "${p.field}" 必须是必填字段（缺少它的记录无法区分）`,
  period_dependent_check: (p) => `校验 "${p.check}" 读取了 "age"，它随期间而变；记录校验只能取决于记录本身`,
  invalid_date: (p) => {
    if (!('type' in p)) return zhNotARealDayWords(p);
    const serial = p.serial
      ? `；这像是 Excel 日期序号：请在映射文件的 "formats" 中写 {"${p.field}": "excel-serial"}`
      : '';
    const missing = missingDay(p.value);
    const why = missing === null ? '' : `：${missingDayWords(missing)}`;
    return `${p.value} 不是有效的${p.type === 'datetime' ? '日期时间' : '日期'}${why}（应为 ${expectedDate(p.format)}）${serial}`;
  },
  missing_table: (p) => `没有数据集 "${p.dataset}" 的表；请给出按指标目录中 "${p.dataset}" 的定义读入的表`,
  incompatible_table: (p) =>
    `数据集 "${p.dataset}" 的字段 "${p.field}" 在指标目录中是 ${p.type}，在表中${p.got === 'missing' ? '不存在' : `是 ${p.got}`}`,
  invalid_group: (p) =>
    `不能按 ${p.type} 字段 "${p.field}" 分组；请按 string、enum、boolean 或 integer 字段分组（日期按期间分组）`,
  missing_range: (p) =>
    p.reason === 'sql'
      ? '生成 SQL 需要 "from" 和 "to"（YYYY-MM-DD）'
      : '表中没有带日期的记录，无法推断期间范围；请给出 "from" 和 "to"',
  unexpected_result: (p) =>
    p.kind === 'not_a_number'
      ? `${p.column}：应为数字，数据库返回了 ${p.value}`
      : `数据库返回的期间位置 ${p.period} 超出 0…${p.last}`,
  unrepresentable_in_sql: (p) =>
    p.reason === 'nul' ? `${p.what} ${p.value} 含有 NUL 字符，SQL 引擎无法保存` : `${p.value} 不能写成 SQL 数字`,
  total_marker_value: (p) =>
    `${p.records === undefined ? '有记录' : `${p.records} 条记录`}的值为 "*"，Report 用它表示合计行；按 "${p.field}" 分组前请改名（例如用映射文件的 values）`,
  invalid_compare_option: (p) => {
    if (p.option === 'chart') return `应为 ${p.charts.map((chart) => `"${chart}"`).join(' 或 ')}，实为 ${p.value}`;
    if (p.option === 'baseline') return `基线应为不少于 ${p.minimum} 个值的整数，实为 ${p.value}`;
    return `应为有限数${p.proportion ? '（0 到 1 之间）' : ''}，实为 ${p.value}`;
  },
  needs_rate: (p) =>
    `${p.comparison === 'pprime' ? 'p′ 控制图' : '漏斗图'}只适用于比率指标（${p.measures.join(' 或 ')} 口径）；指标 "${p.indicator}" 的口径为 "${p.measure}"`,
  unknown_period: (p) => `Report 中没有期间 ${p.value}；现有期间：${p.known.length === 0 ? '无' : p.known.join('、')}`,
  invalid_argument: (p) => p.detail,
  missing_report: (p) => `缺少 ${list(p.ids)} 的 Report；请先计算这些指标`,
  mixed_grouping: (p) =>
    `分组为 [${p.by.join(', ')}]，而 "${p.first}" 的分组为 [${p.first_by.join(', ')}]；请用同样的 "by" 计算全部指标`,
  constant_values: (p) => `${compositePlace(p)}目标值等于最低值（${p.value}），与目标的距离无定义`,
  non_positive_value: (p) => `${compositePlace(p)}几何平均要求各值 > 0，实为 ${p.value}`,
  zero_value: (p) => `${compositePlace(p)}${p.p === -1 ? '调和' : '广义'}平均在值为 0 时无定义`,
  negative_value: (p) => `${compositePlace(p)}p = ${p.p} 的广义平均要求各值 ≥ 0，实为 ${p.value}`,
  due_before_start: (p) => `任务 "${p.task}"：完成时限 ${p.due} 早于开始日期 ${p.start}`,
  verified_not_completed: (p) => `任务 "${p.task}"：${p.verified} 已销号，却没有完成日期`,
  verified_before_completed: (p) => `任务 "${p.task}"：销号日期 ${p.verified} 早于完成日期 ${p.completed}`,
  required: (p) => `必填字段 ${spaced(fieldNamed(p))}为空`,
  invalid_number: (p) => unreadableNumber(p, '不是数字'),
  invalid_integer: (p) => unreadableNumber(p, '不是整数'),
  invalid_boolean: (p) => `${p.value} 不是是/否值（应为 true/false、1/0、是/否 或 Y/N）`,
  invalid_string: (p) => `应为文本，实为${kindOf(p.got)}`,
  out_of_range: (p) => {
    switch (p.bound) {
      case 'min':
        return `${p.value} 小于最小值 ${p.limit}`;
      case 'max':
        return `${p.value} 大于最大值 ${p.limit}`;
      default:
        return `${p.value} 超出整数范围 ±2^31`;
    }
  },
  wrong_field_count: (p) => `第 ${p.line} 行有 ${p.fields} 个字段，表头有 ${p.header} 个`,
  unterminated_quote: (p) =>
    p.header
      ? `第 ${p.line} 行：表头中有引号没有闭合`
      : p.last_line === undefined
        ? `第 ${p.line} 行开始的带引号字段没有闭合`
        : `第 ${p.line} 行开始的带引号字段没有闭合：它一直延续到文件末尾（第 ${p.last_line} 行），把 ${p.last_line - p.line + 1} 行并成了一个字段；请修正引号`,
  invalid_encoding: (p) => {
    switch (p.where) {
      case 'header':
        if (p.encoding === 'gb18030')
          return `第 ${p.line} 行（表头）：${byteAt(p.offset, p.byte)}起的字节不是有效的 GB18030；请修正，若文件是 UTF-8 编码请加 --encoding utf-8`;
        return `第 ${p.line} 行（表头）：${byteAt(p.offset, p.byte)}起的字节不是有效的 UTF-8；请修正，若文件是 GBK 编码请加 --encoding gb18030`;
      case 'file':
        return `${byteAt(p.offset, p.byte)}起的字节不是有效的 UTF-8；请加 --encoding gb18030（或 auto）——前 ${p.bytes} 字节中有 ${p.count} 处无效序列，多到不能当作个别错误字节处理`;
      case 'records':
        return `${byteAt(p.offset, p.byte)}起的字节${p.count > 1 ? `（另有 ${p.count - 1} 处）` : ''}${p.encoding === 'gb18030' ? '不是有效的 GB18030；请修正，若文件是 UTF-8 编码请加 --encoding utf-8' : '不是有效的 UTF-8；请修正，若文件是 GBK 编码请加 --encoding gb18030'}`;
      case 'stdin':
        return `输入从第 ${p.offset} 字节起不是 UTF-8，而前面的行已按 UTF-8 读取，标准输入又不能重读；请加 --encoding gb18030`;
      case 'row':
        return `${byteAt(p.offset, p.byte)}起的字节不是有效的 ${p.encoding === 'gb18030' ? 'GB18030' : 'UTF-8'}${p.count > 1 ? `（该行共 ${p.count} 处）` : ''}；该行未读取`;
    }
  },
  invalid_record: (p) => `记录是${kindOf(p.kind)}，不是对象`,
  invalid_json: (p) =>
    p.line === undefined ? `不是有效的 JSON${jsonPlace(p.detail)}` : `第 ${p.line} 行不是 JSON${jsonPlace(p.detail)}`,
  duplicate_key: (p) =>
    `${spaced(p.key)}重复："${p.value}"，首次出现在第 ${p.first_row} 条记录${p.first_line === undefined ? '' : `（第 ${p.first_line} 行）`}`,
  unknown_parent: (p) =>
    p.orphan
      ? `任务 "${p.task}"：上级任务 "${p.parent}" 没有可用的行，无法汇总`
      : `任务 "${p.task}"：上级任务 "${p.parent}" 已剔除（其上级任务不存在）`,
  unknown_task: (p) =>
    `节点 "${p.title}"：所属任务 "${p.task}" ${
      p.state === 'quarantined'
        ? '在任务台账中已被剔除'
        : p.state === 'absent'
          ? '不在任务台账中'
          : '在任务台账中没有可用的行（不存在，或所在行已被剔除）'
    }`,
  check_failed: (p) => `未通过校验 "${p.check}"${p.label_zh === undefined ? '' : `（${p.label_zh}）`}：${p.values}`,
  record_too_long: (p) =>
    `第 ${p.line} 行开始的记录超过 ${p.limit} ${p.units === 'bytes' ? '字节' : '个字符'}；是否有引号没有闭合？`,
  key_texts_too_large: (p) =>
    `数据集 "${p.dataset}"：读取 ${p.rows} 行后，主键字段 "${p.field}" 的不同取值已超过 ${p.limit} 字节，超出一次读取用来判断重复所能容纳的上限；请把文件拆开（按年份或法院）逐个读取，或检查主键所在的列是否确为案号而非长文本`,
  utf16_file: (p) =>
    `文件是 UTF-16 编码的文本（${p.order === 'le' ? '小端序，Excel 另存为"Unicode 文本"时即是' : '大端序'}），既不能按 UTF-8 也不能按 GBK 读取；请在 Excel 中另存为"CSV UTF-8（逗号分隔）"或工作簿（.xlsx）`,
  header_below: (p) =>
    `表头似乎在第 ${p.line} 行（其上方的行像是标题）：请在映射文件中该数据集下写 "headerRow": ${p.row}`,
  no_header: (p) => (p.in === 'sheet' ? '工作表是空的：没有表头行' : '文件是空的：没有表头行'),
  blank_header: (p) => `第 ${p.line} 行第 ${p.column} 列：表头为空`,
  duplicate_header: (p) => `第 ${p.line} 行第 ${p.column} 列："${p.name}" 出现了两次（第一次在第 ${p.first} 列）`,
  missing_column: (p) => {
    const nearest = p.suggestion === undefined ? '' : `是否要用 "${p.suggestion}"？`;
    if ('wanted' in p)
      return `文件中没有映射所写的列 "${p.wanted}"（字段 "${p.field}"${nearest === '' ? '' : `；${nearest}`}）；文件的列：${list(p.columns)}`;
    const looked = `字段 "${p.field}" 没有对应的列（找过 ${quoted(p.candidates)}${nearest === '' ? '' : `；${nearest}`}）；文件的列：${list(p.columns)}`;
    return p.key === true
      ? `${looked}；它是数据集的主键，用来识别重复记录：请在映射文件的 "columns" 中写明它的列${p.absent_allowed === true ? '，或将其映射为 null，不做重复检查而读取' : ''}`
      : `${looked}；请在映射文件的 "columns" 中写明`;
  },
  ambiguous_column: (p) =>
    `第 ${p.line} 行第 ${p.first} 列和第 ${p.column} 列："${p.first_name}" 和 "${p.name}" 都对应字段 "${p.field}"；请在映射文件的 "columns" 中写明读哪一列（例如 "${p.field}": "${p.first_name}"）`,
  column_used_twice: (p) => `列 "${p.column}" 会同时对应 "${p.first}" 和 "${p.field}"`,
  required_field_absent: (p) => `字段 "${p.field}" 为必填且没有默认值，映射不能把它标为不存在（null）`,
  other_sheets: (p) =>
    `读取的是第一个工作表 "${p.sheets[0] ?? ''}"；工作簿中的工作表：${quoted(p.sheets)}——请用 --sheet 选择`,
  workbook_on_stdin: () =>
    '这是 Excel 工作簿（或旧的 .xls）：请以文件给出（--data <数据集>=<文件.xlsx>），不要从标准输入读入',
  tab_separated: () => '不读制表符分隔（.tsv）的文件：请另存为 CSV（逗号分隔）或 Excel 工作簿（.xlsx）',
  unreadable_file: (p) =>
    `无法读取该文件${p.errno === '' ? '' : `：${ZH_CN_ERRNO_WORDS[p.errno] ?? `系统错误 ${p.errno}`}`}`,
  xls_not_supported: () =>
    '这是旧的二进制 Excel 文件（.xls）或设了密码的工作簿，无法读取；请在 Excel 或 WPS 中打开，另存为 .xlsx（不设密码）或 CSV',
  not_xlsx: () => '不是 Excel 工作簿（.xlsx）；请另存为 .xlsx 或 CSV',
  encrypted: () => '工作簿已加密；请另存为不设密码的 .xlsx 或 CSV',
  corrupt_zip: (p) => `工作簿的压缩包已损坏，无法读取（${p.detail}）`,
  unsupported_zip: (p) => `无法读取这种工作簿，请在 Excel 或 WPS 中打开后重新另存为 .xlsx 或 CSV（${p.detail}）`,
  corrupt_xlsx: (p) => `工作簿已损坏，无法读取（${p.detail}）`,
  no_sheet: () => '工作簿中没有工作表',
  unknown_sheet: (p) =>
    'count' in p
      ? `工作簿只有 ${p.count} 个工作表，没有第 ${p.sheet} 个；工作簿中的工作表：${quoted(p.sheets)}`
      : `工作簿中没有工作表 "${p.sheet}"；工作簿中的工作表：${quoted(p.sheets)}`,
  not_a_worksheet: (p) => `工作表 "${p.sheet}" 是 ${p.kind}，不是含单元格的工作表`,
};

/** A data file's rows, as the CLI's summary and the dashboard's data-quality line say them. */
export const ZH_CN_QUALITY_WORDS: QualityWords = {
  rowPlace: (row, line) => `第 ${row} 条记录${line === null ? '' : `（第 ${line} 行）`}`,
  rowCounts: ({ read, used, rejected, rejectedNote, skipped, skippedNote }) =>
    `读取 ${read} 行，可用 ${used}，剔除 ${rejected}${rejectedNote === undefined ? '' : `（${rejectedNote}）`}，跳过 ${skipped}${skippedNote === undefined ? '' : `（${skippedNote}）`}`,
  fieldShown: (field, header) => `${header}（${field}）`,
  excludedNote: (dataset, records, field, indicator) =>
    `注意：${dataset}：${records} 条记录的${zhAmid(field)}为空，未计入 ${indicator}（见其报告的 quality.${dataset}.excluded）`,
};
