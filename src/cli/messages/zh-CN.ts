import { wordIssue } from '../../errors/messages/issue-messages.js';
import { ZH_CN_ERRNO_WORDS, ZH_CN_ISSUES, ZH_CN_QUALITY_WORDS } from '../../errors/messages/zh-CN.js';
import { zhAmid } from '../../errors/messages/zh-spacing.js';
import { codePointText } from '../font-coverage.js';
import type { PeriodUnit } from '../../time/period-unit.js';
import { PERIOD_EXAMPLES } from './en.js';
import type { Messages } from './messages.js';

const PERIOD_WORDS: Readonly<Record<PeriodUnit, string>> = {
  day: '日期',
  week: 'ISO 周',
  month: '月份',
  quarter: '季度',
  year: '年份',
};

const quoted = (names: readonly string[]): string => names.map((name) => `"${name}"`).join('、');
const SKIP_REASONS = { blank: '空行', footer: '合计行', title: '标题行', note: '表尾说明' } as const;
/** Why a file could not be written, from Node's code. */
const errnoText = (errno: string): string =>
  errno === '' ? '' : `：${ZH_CN_ERRNO_WORDS[errno] ?? `系统错误 ${errno}`}`;

/** The CLI in Chinese. */
export const ZH_CN: Messages = {
  usage: `用法：
  lawgauge compute --catalog <名称|文件.json> --data <数据集>=<文件.csv|.xlsx|.json|.ndjson|-> [--data …]
                   [--map <映射.json>] [--by <字段>[,<字段>]] [--period day|week|month|quarter|year]
                   [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--ytd] [--indicator <指标|综合指数>[,…]] [--rank]
                   [--format table|csv|json] [--out <文件>] [--rejects <文件>] [--max-reject-rate <0..1>]
                   [--encoding auto|utf-8|gb18030] [--sheet <名称|序号>] [--header-row <n>] [--suppress <k>] [--min-sample <n>]
                   [--verbose] [--quiet] [--engine duckdb[:<文件.duckdb>]|postgres://…|clickhouse://…] [--table <数据集>=<表>]
                   [--spc xmr|pprime [--spc-baseline <n>] [--spc-phase <期间> …] [--spc-target <x>]]
                   [--funnel [--no-overdispersion] [--funnel-period <期间>] [--funnel-target <0..1>]]
  lawgauge sql     --catalog <名称|文件.json> --from YYYY-MM-DD --to YYYY-MM-DD
                   [--dialect duckdb|postgres|clickhouse] [--table <数据集>=<表>] [--map <映射.json>]
                   [--by …] [--period …] [--ytd] [--indicator …] [--bind] [--out <文件>]
  lawgauge reform  --tasks <文件> [--milestones <文件>] [--sheet <名称|序号>] [--milestones-sheet <名称|序号>]
                   [--map <映射.json>] [--title <标题>] [--title-en <英文标题>]
                   | --programme <方案.json>
                   [--as-of YYYY-MM-DD] [--format table|csv|json] [--out <文件>] [--rejects <文件>] [--encoding …]
  lawgauge render  --report <Report.json> --widget card|trend|bars|table|spc|funnel|map|reform-progress
                   [--indicator <指标>] [--group <分组值>] [--groups <a,b>] [--period <期间>]
                   | --dashboard <看板配置.json>
                   [--theme light|dark] [--width <像素>] [--format svg|png|html] [--out <文件>] [--font <字体文件>] [--scale <倍数>]
  lawgauge validate <指标目录、映射、改革方案或仪表板文件>     有效时退出码 0，无效时 1（列出全部问题）
  lawgauge schema <catalog|dataset|indicator|report|mapping|programme|reform-report|dashboard>
  lawgauge catalogs                                    内置指标目录及其指标
  lawgauge help [<命令>] | lawgauge <命令> --help          某个命令的选项及其默认值
  lawgauge --help | --version

每个命令都接受 --lang zh-CN|en：本次输出的一切（表格、汇总、原因、错误、本帮助）都用该语言。
不给时按区域设置：取 LC_ALL、LC_MESSAGES、LANG 中第一个有值的（zh_CN.UTF-8 或任何 zh 开头的为
zh-CN；C、POSIX 及其他为 en）；都没有时按系统的区域设置。

数据文件：CSV（UTF-8，带或不带 BOM，或 GBK/GB18030）、Excel 工作簿（.xlsx）、JSON 记录数组或
NDJSON（.ndjson/.jsonl）；"-" 表示标准输入。表头按字段名或中英文标签对应到字段，也可用 --map
指定。加 --engine 时在数据库中汇总，只取回汇总结果：DuckDB 自行读取 --data 的 CSV（UTF-8）或
Parquet 文件（可大于内存）；PostgreSQL 和 ClickHouse 读取 --table（默认为数据集 id）。
--indicator 也接受综合指数 id（见 lawgauge catalogs）：其下各指标按同样条件计算，随后给出综合
指数的 Report；--rank 加上各单位的排名。--rejects 写出 dataset,row,line,field,value,code,reason。
--suppress <k> 不公布记录数少于 k 的数值；--min-sample <n> 把记录数（比率为分母）少于 n 的数值对所有
指标标为不稳定（“样本小，仅供参考”）（默认按各指标自己的最小样本量；内置目录中的抽样指标为 30）。
--spc 为每个分组（及合计）按期间画过程行为图（控制图）：xmr 适用于任何指标，pprime（Laney p′）
适用于比率；--spc-baseline <n> 以每个阶段的前 n 个值定控制限，--spc-phase 在某期间开始新阶段（如一项
改革）。--funnel 在每个期间按各分组自身的样本量给出 95% 和 99.8% 控制限，比较各分组（不排名），
默认按过度离散放宽，--no-overdispersion 不放宽。CSV 增加 spc_centre,spc_lower,spc_upper,spc_rules,
spc_variation 及 funnel_target,funnel_lower95,funnel_upper95,funnel_lower998,funnel_upper998,
funnel_position 列；JSON 带有 "spc" 和 "funnel"（见 docs/comparing.md）。
退出码：0 成功；1 剔除的行超过 --max-reject-rate（默认 0.01；结果照常写出）；2 用法或定义错误、
文件无法读取、--out/--rejects 指向本次的输入文件，或引擎出错（一行说明出错之处；--debug 显示调用栈）。`,
  commandHelp: {
    compute: {
      synopsis: 'lawgauge compute --catalog <名称|文件.json> --data <数据集>=<文件> [--data …] [选项]',
      about:
        '按指标目录从数据文件（或加 --engine 在数据库中）计算指标，并说明每一条未能使用的行：在标准错误上按数据集给出读取 = 使用 + 剔除 + 跳过的行数。',
      options: [
        ['--catalog <名称|文件.json>', '内置指标目录（lawgauge catalogs 列出全部）或指标目录文件；必填'],
        [
          '--data <数据集>=<文件|->',
          '数据集的文件：CSV、.xlsx、JSON 数组或 NDJSON；"-" 表示标准输入；每个数据集一次；不加 --engine 时必填',
        ],
        ['--map <映射.json>', '文件的表头、取值写法和日期格式（默认：按字段名或标签对应表头）'],
        ['--by <字段>[,<字段>]', '按这些字段分组（默认：不分组，只有合计）'],
        ['--period day|week|month|quarter|year', '每个期间的长度（默认：month）'],
        ['--from YYYY-MM-DD', '统计的第一天（默认：数据中最早的可用日期）'],
        ['--to YYYY-MM-DD', '统计的最后一天（默认：数据中最晚的可用日期）'],
        ['--ytd', '每个期间的值从当年年初累计（默认：各期间单独计算）'],
        ['--indicator <指标|综合指数>[,…]', '要计算的指标或综合指数（默认：目录中的全部指标）'],
        ['--rank', '给综合指数的各单位排名（默认：不排名）'],
        ['--suppress <k>', '记录数少于 k 的值不公布（默认：各指标自己的门槛）'],
        ['--min-sample <n>', '记录数（比率为分母）少于 n 的值标为样本小（默认：各指标的 minSample）'],
        ['--format table|csv|json', '输出格式（默认：table）'],
        ['--out <文件>', '把结果写入该文件（默认：标准输出）'],
        ['--rejects <文件>', '把每个不可用的值写成 CSV：dataset,row,line,field,value,code,reason（默认：不写）'],
        ['--max-reject-rate <0..1>', '某数据集剔除的比例超过它时退出码为 1（默认：0.01）'],
        ['--encoding auto|utf-8|gb18030', 'CSV 文件的编码（默认：auto，除非字节表明是 GB18030，否则按 UTF-8）'],
        ['--sheet <名称|序号>', '读取工作簿的哪个工作表（默认：第一个）'],
        ['--header-row <n>', '表头在每个数据文件的第 n 行，其上方的行跳过（默认：1）'],
        ['--verbose', '列出每个字段所用的列（默认：不列出）'],
        ['--quiet', '标准错误上不显示进度条和汇总（默认：显示）'],
        [
          '--engine duckdb[:<文件.duckdb>]|postgres://…|clickhouse://…',
          '在数据库中汇总，只取回汇总结果（默认：不用，由 lawgauge 读取文件）',
        ],
        ['--table <数据集>=<表>', '数据集在 --engine 中的表；每个数据集一次（默认：数据集 id）'],
        ['--spc xmr|pprime', '为每个序列画过程行为图（控制图）（默认：不画）'],
        ['--spc-baseline <n>', '以每个阶段的前 n 个值定控制限（默认：该阶段的全部值）'],
        [
          '--spc-phase <期间>',
          '从该期间开始新阶段（如一项改革），期间单位同 --period（如 2019-04）；可重复（默认：只有一个阶段）',
        ],
        ['--spc-target <x>', '控制图判断能否达标所用的目标值（默认：指标自己的目标）'],
        ['--funnel', '为每个期间的各分组画漏斗图（默认：不画）'],
        ['--no-overdispersion', '漏斗图的控制限不按过度离散放宽（默认：放宽）'],
        ['--funnel-period <期间>', '只画该期间的漏斗图，期间单位同 --period（如 2019-04）（默认：每个期间）'],
        ['--funnel-target <0..1>', '漏斗图的目标比率（默认：全部分组合起来的比率）'],
      ],
    },
    sql: {
      synopsis: 'lawgauge sql --catalog <名称|文件.json> --from YYYY-MM-DD --to YYYY-MM-DD [选项]',
      about: '输出指标目录中各指标所读数据集的汇总查询，供数据库执行。',
      options: [
        ['--catalog <名称|文件.json>', '内置指标目录或指标目录文件；必填'],
        ['--from YYYY-MM-DD', '统计的第一天；必填'],
        ['--to YYYY-MM-DD', '统计的最后一天；必填'],
        ['--dialect duckdb|postgres|clickhouse', '数据库的 SQL 方言（默认：duckdb）'],
        ['--table <数据集>=<表>', '数据集所在的表；每个数据集一次（默认：数据集 id）'],
        ['--map <映射.json>', '表的列名（默认：字段名）'],
        ['--by <字段>[,<字段>]', '按这些字段分组（默认：不分组，只有合计）'],
        ['--period day|week|month|quarter|year', '每个期间的长度（默认：month）'],
        ['--ytd', '每个期间的值从当年年初累计（默认：各期间单独计算）'],
        ['--indicator <指标|综合指数>[,…]', '为哪些指标生成查询（默认：目录中的全部指标）'],
        ['--suppress <k>', '记录数少于 k 的值不公布（默认：各指标自己的门槛）'],
        ['--min-sample <n>', '记录数（比率为分母）少于 n 的值标为样本小（默认：各指标的 minSample）'],
        ['--bind', '取值写成 $n 参数，并在注释中列出（默认：转义后的字面量）'],
        ['--out <文件>', '把查询写入该文件（默认：标准输出）'],
      ],
    },
    reform: {
      synopsis:
        'lawgauge reform --tasks <文件> [--milestones <文件>] [选项]\nlawgauge reform --programme <方案.json> [选项]',
      about: '按任务台账（CSV、.xlsx 等）或改革方案文件，给出截至某日的改革进展。',
      options: [
        ['--tasks <文件>', '任务台账；与 --programme 二者必给其一'],
        ['--milestones <文件>', '任务的节点（默认：无）'],
        ['--programme <方案.json>', '用改革方案文件代替台账'],
        ['--sheet <名称|序号>', '任务所在的工作表（默认：第一个）'],
        ['--milestones-sheet <名称|序号>', '节点所在的工作表（默认：第一个）'],
        ['--header-row <n>', '表头在每个台账文件的第 n 行，其上方的行跳过（默认：1）'],
        ['--title <标题>', '台账所属改革方案的标题（默认：改革任务台账）'],
        ['--title-en <英文标题>', '其英文标题（默认：--title，否则 Reform task ledger）'],
        [
          '--map <映射.json>',
          '台账的表头、取值写法和日期格式，写在 reform_tasks 和 reform_milestones 下（默认：按字段名或标签对应表头）',
        ],
        ['--as-of YYYY-MM-DD', '计算进展的日期（默认：上海时间的今天）'],
        ['--format table|csv|json', '输出格式（默认：table）'],
        ['--out <文件>', '把结果写入该文件（默认：标准输出）'],
        ['--rejects <文件>', '把每个不可用的值写成 CSV（默认：不写）'],
        ['--max-reject-rate <0..1>', '某台账剔除的比例超过它时退出码为 1（默认：0.01）'],
        ['--encoding auto|utf-8|gb18030', 'CSV 文件的编码（默认：auto）'],
        ['--quiet', '标准错误上不显示汇总（默认：显示）'],
      ],
    },
    render: {
      synopsis:
        'lawgauge render --report <Report.json> --widget <组件> [选项]\nlawgauge render --dashboard <看板配置.json> [选项]',
      about: '不用浏览器，按 Report 画出一个组件，或画出整个看板，存为 SVG、PNG 或 HTML。',
      options: [
        ['--report <Report.json>', '一份 Report，或 compute --format json 写出的数组；与 --dashboard 二者必给其一'],
        ['--widget card|trend|bars|table|spc|funnel|map|reform-progress', '要画的组件；给 --report 时必填'],
        ['--dashboard <看板配置.json>', '画整个看板，而不是一个组件'],
        ['--indicator <指标>', '从数组中选哪份 Report（默认：唯一的一份）'],
        ['--group <分组值>', '组件的 group 属性（默认：组件自己的，即合计）'],
        ['--groups <a,b>', '趋势图的各分组（默认：组件自己的）'],
        ['--period <期间>', '组件的 period 属性（默认：组件自己的，即最新一期）'],
        ['--theme light|dark', '配色（默认：light）'],
        ['--width <像素>', '宽度，CSS 像素（默认：800；看板 1200）'],
        ['--format svg|png|html', '图片格式（默认：取 --out 的扩展名，否则 svg）'],
        ['--out <文件>', '把图片写入该文件（默认：标准输出；PNG 必须给 --out）'],
        ['--font <字体文件 .ttf|.otf|.ttc>', 'PNG 所用的中文字体（默认：fontconfig 或常见路径找到的第一个）'],
        ['--scale <倍数>', 'PNG 每个 CSS 像素的像素数（默认：2）'],
      ],
    },
    validate: {
      synopsis: 'lawgauge validate <文件>',
      about: '检查指标目录、映射、改革方案或看板文件：有效时退出码 0；无效时 1，并列出全部问题；无法读取或识别时 2。',
      options: [],
    },
    schema: {
      synopsis: 'lawgauge schema <catalog|dataset|indicator|report|mapping|programme|reform-report|dashboard>',
      about: '输出某种定义文件的 JSON Schema，供编辑器使用。',
      options: [],
    },
    catalogs: {
      synopsis: 'lawgauge catalogs',
      about: '列出内置指标目录及其指标和综合指数。',
      options: [],
    },
    help: {
      synopsis: 'lawgauge help [<命令>]',
      about: '输出全部命令的用法，或某个命令的选项。',
      options: [],
    },
  },
  helpWords: {
    usage: '用法：',
    options: '选项：',
    common: '每个命令都接受：',
    commonOptions: [
      ['--lang zh-CN|en', '输出所用的语言（默认：按 LC_ALL、LC_MESSAGES 或 LANG）'],
      ['--debug', '意外错误时显示调用栈（默认：不显示）'],
      ['--help, -h', '本帮助'],
    ],
    exitCodes:
      '退出码：0 成功；1 数据问题：剔除的行超过 --max-reject-rate（结果照常写出），或 validate 的文件无效；2 用法问题：命令行、定义文件或输入文件无法使用，--out/--rejects 指向输入文件，引擎或其他错误（一行说明出错之处）。',
  },
  runHelp: (command) =>
    command === undefined ? '用法见 "lawgauge --help"。' : `用法见 "lawgauge ${command} --help"。`,
  debugHint: '（加 --debug 显示调用栈）',
  problemCount: (count) => `共 ${count} 个问题`,
  failure: (detail) => `出错：${detail}`,
  engineFailure: (engine, datasets, detail) =>
    `${engine}：${datasets === null ? '无法连接' : `处理${datasets.map(([dataset, source]) => `数据集 "${dataset}"（${source}）`).join('、')}时出错`}：${detail}`,
  unknownCommand: (command, suggestion) =>
    `未知的命令 "${command}"${suggestion === undefined ? '' : `；是否要用 "${suggestion}"？`}`,
  schemaExpected: (names, got, suggestion) =>
    `应为 ${names.join('、')} 之一${got === undefined ? '' : `，实为 "${got}"`}${suggestion === undefined ? '' : `；是否要用 "${suggestion}"？`}`,
  argumentError: ({ kind, token, suggestion }) => {
    switch (kind) {
      case 'unknown_option':
        return `未知的选项 ${token}${suggestion === undefined ? '' : `；是否要用 ${suggestion}？`}`;
      case 'missing_value':
        return `选项 ${token} 缺少值`;
      case 'dash_value':
        return `选项 ${token} 后面是另一个选项或以 "-" 开头的值：这样的值请写成 ${token}=<值>`;
      case 'takes_no_value':
        return `选项 ${token} 不带值`;
      case 'unexpected_argument':
        return `多余的参数 "${token}"：本命令不再接受参数`;
    }
  },
  lastValueUsed: (option, first, last) => `注意：选项 ${option} 给了不止一次；用最后一个 "${last}"，不用 "${first}"`,
  problem: (problem) => wordIssue(ZH_CN_ISSUES, problem),

  expectedOneOf: (option, allowed, got) => `${option}：应为 ${allowed.join('、')} 之一，实为 "${got}"`,
  emptyListItem: (option, value) => `${option}："${value}" 中有空的名称；应写作 a,b,c`,
  expectedRate: (option, value) => `${option}：应为 0 到 1 之间的数，实为 "${value}"`,
  expectedNumber: (option, value) => `${option}：应为数，实为 "${value}"`,
  needsOption: (option, needed) => `${option} 是 ${needed} 的细项：请同时给出 ${needed}`,
  expectedWholeNumber: (option, value) => `${option}：应为不小于 1 的整数，实为 "${value}"`,
  optionProblem: (option, problem) => `${option}：${wordIssue(ZH_CN_ISSUES, problem)}`,
  expectedPeriod: (option, value, unit) =>
    `${option}：应为${PERIOD_WORDS[unit]}，如 ${PERIOD_EXAMPLES[unit]}（Report 的期间，--period ${unit}），实为 "${value}"`,

  catalogRequired: '必须给出 --catalog',
  notACatalog: (name, builtIns) =>
    `--catalog："${name}" 既不是内置指标目录（${builtIns.join('、')}），也不是 .json 文件`,
  dataRequired: '请至少给出一个 --data <数据集>=<文件>',
  dataPair: (value) => `--data "${value}"：应写作 <数据集>=<文件>（标准输入写作 <数据集>=-）`,
  tablePair: (value) => `--table "${value}"：应写作 <数据集>=<表>`,
  givenTwice: (option, dataset) => `${option}：数据集 "${dataset}" 给了两次`,
  oneStdin: '--data：只能有一个数据集从标准输入（-）读取',
  noSuchDataset: (option, catalog, dataset, known) =>
    `${option}：指标目录 "${catalog}" 中没有数据集 "${dataset}"${known === undefined ? '' : `；它的数据集：${known.join('、')}`}`,
  datasetNeeded: (dataset, indicators) =>
    `${indicators.join('、')} 需要数据集 "${dataset}"：请给出 --data ${dataset}=<文件>，或用 --indicator 选择其他指标`,
  unknownIndicators: (ids, catalog, indicators, composites, suggestions) =>
    `--indicator：指标目录 "${catalog}" 中没有 ${ids.map((id, i) => `"${id}"${suggestions[i] === undefined ? '' : `（是否要用 "${suggestions[i]}"？）`}`).join('、')}；指标：${indicators.join('、')}${composites.length > 0 ? `；综合指数：${composites.join('、')}` : ''}`,
  rankNeedsComposite: '--rank 给综合指数的各单位排名：请用 --indicator 指定一个综合指数（lawgauge catalogs 列出全部）',
  tableNeedsEngine: '--table 指定的是 --engine 中的表',
  rejectsNeedFiles: '--rejects：SQL 引擎只统计剔除的行数，不逐条列出；要列出请不加 --engine 运行',
  filesNeedDuckdb: '--data：文件由 --engine duckdb 读取（或不加 --engine）；数据库服务器读取 --table <数据集>=<表>',
  duckdbNoStdin: '--engine duckdb 读取文件，不能读标准输入',
  mapValuesForFiles: (dataset) =>
    `--map：数据集 "${dataset}" 的 "values" 和 "formats" 只适用于文件；数据库表中的值已有类型`,
  mapAbsentForTable: (dataset, fields) =>
    `--map：数据集 "${dataset}" 把 ${quoted(fields)} 标为不存在（null）；这只适用于文件，数据库表必须有该列`,

  noUsableTasks: (source, read, quarantined, skipped) =>
    `${source}：没有可用的任务（读取 ${read} 行，可用 0，剔除 ${quarantined}，跳过 ${skipped}）；各类问题的原因见上方摘要，--rejects <文件> 逐行列出`,
  gb18030Hint: (dataset, rows) =>
    `注意：${dataset}：${rows} 行因含非 UTF-8 字节被剔除，而整个文件按 GB18030 可以无误读取：如果文件是 GBK 或 GB18030 编码，请加 --encoding gb18030 重新运行`,
  noUsableDates: (rejected, noRecords) =>
    noRecords
      ? '数据中没有记录，无法推断统计期；如需按无数据输出各期，请用 --from YYYY-MM-DD 和 --to YYYY-MM-DD 指定'
      : `没有可用的带日期记录，无法推断统计期${rejected === undefined || rejected === 0 ? '' : `（${rejected} 行被剔除：见上方摘要，或用 --rejects <文件> 列出）`}；请用 --from YYYY-MM-DD 和 --to YYYY-MM-DD 指定`,
  sheetUnused: (option, sources) =>
    `注意：${option} 用于选择工作簿（.xlsx）中的工作表；${sources.join('、')} 不是工作簿，因此未使用该选项`,
  dataNotRead: (dataset) => `注意：所选指标不读取 --data ${dataset}；已跳过`,
  defaultedNote: (dataset, field, label, value) =>
    `注意：${dataset}：没有 "${field}"（${label}）列；每行都取默认值 ${value}。如果文件中此列用了别的表头，请在 --map 中写明；写 "${field}": null 表示文件确实没有此列。`,
  excludedNote: ZH_CN_QUALITY_WORDS.excludedNote,
  ruleWithoutColumn: (dataset, rule, missing) =>
    `注意：${dataset}：文件没有 ${missing.map((name) => `"${name}"`).join('、')} 列，${rule === 'key' ? '无法按键识别重复记录' : `校验 "${rule}" 按空值处理`}`,
  verboseRead: (dataset, source, format, encoding, bytes) =>
    `${dataset}：${source} 按 ${format}${encoding === null ? ' ' : `（${encoding}）`}读取，${bytes} 字节；各字段所用的列：`,
  columnRead: (field, header) => `  ${field} ← ${header}`,
  columnDefault: (field, value) => `  ${field} ← （无此列：取默认值 ${value}）`,
  columnEmpty: (field) => `  ${field} ← （无此列：为空）`,
  excludedNumeratorNote: (dataset, records, field, indicator) =>
    `注意：${dataset}：${records} 条记录的${zhAmid(field)}为空，计入 ${indicator} 的分母但未计入分子（见其报告的 quality.${dataset}.excluded）`,

  summaryLine: ({ dataset, source, format, encoding, read, used, rejected, percent, skipped, skippedBy }) =>
    `${dataset}：${source}（${format}${encoding === null ? '' : `，${encoding}`}）：${
      read === 0
        ? '读取 0 行：没有记录'
        : `${ZH_CN_QUALITY_WORDS.rowCounts({
            read: String(read),
            used: String(used),
            rejected: String(rejected),
            ...(percent === null ? {} : { rejectedNote: `${percent}%` }),
            skipped: String(skipped),
            ...(skippedBy.length === 0
              ? {}
              : { skippedNote: skippedBy.map(([reason, count]) => `${SKIP_REASONS[reason]} ${count}`).join('，') }),
          })}${percent === null ? '：没有记录，所有行都已跳过' : ''}`
    }`,
  fieldShown: ZH_CN_QUALITY_WORDS.fieldShown,
  rowPlace: ZH_CN_QUALITY_WORDS.rowPlace,
  reasonLine: (count, key, place, reason) => `  ${count} × ${key}（例：${place}：${reason}）`,
  moreKinds: (count) => `  … 另有 ${count} 类问题；见 --rejects`,
  skippedPlace: (row, line, reason) => `${line === null ? `第 ${row} 条` : `第 ${line} 行`}（${SKIP_REASONS[reason]}）`,
  skippedList: (places, more) => `  跳过：${places.join('、')}${more ? '、…' : ''}`,
  headerRowFlag: (row) => `，或加 --header-row ${row}`,
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
  comparisonWords: {
    spc: '变异',
    funnel: '漏斗图',
    variations: {
      common: '普通原因变异',
      improvement: '特殊原因：改善',
      concern: '特殊原因：需关注',
      special: '特殊原因变异',
    },
    positions: {
      'above-998': '高于 99.8% 控制限',
      'above-95': '高于 95% 控制限',
      within: '在 95% 控制限内',
      'below-95': '低于 95% 控制限',
      'below-998': '低于 99.8% 控制限',
    },
  },
  reformWords: {
    asOf: '截至',
    completion: '完成率（按任务数）',
    weighted: '完成率（按权重）',
    verification: '销号率',
    onTime: '按期完成率',
    projection: '预计全部完成',
    none: '近期无完成，无法预计',
    finished: '（已全部完成）',
    colon: '：',
    comma: '，',
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
    ofLeaves: (count) => `（按 ${count} 项末级任务计）`,
  },
  catalogHeader: ['id', '指标', '单位', '数据集'],
  compositeUnit: '综合指数',

  reformSource: '请给出 --tasks <文件>（可加 --milestones <文件>）或 --programme <方案.json>，二者选一',
  titleEmpty: (option) => `${option} 需要一个标题`,
  mapWithProgramme: '--map 用于说明台账（--tasks、--milestones）的表头；--programme 文件按原样读取',
  titleWithProgramme: '--title 和 --title-en 用于给台账命名；--programme 文件有自己的 "label"',

  sqlRangeRequired: '必须给出 --from 和 --to（查询按固定的期间范围生成）',
  sqlComposite: (composite) =>
    `-- 综合指数 ${composite}：由 lawgauge 根据这些查询汇总出的各指标 Report 计算（lawgauge compute --engine …）`,
  sqlDataset: (catalog, dataset, dialect) => `-- lawgauge ${catalog}：数据集 ${dataset}（${dialect}）`,
  sqlParameters: '-- 参数：',

  renderReportRequired: '应给出 --report <Report.json> 或 --dashboard <看板配置.json>',
  renderWidgetRequired: (widgets) => `应给出 --widget，可选 ${quoted(widgets)}`,
  renderNoIndicator: (path, indicator, ids) => `${path} 中没有指标 "${indicator}" 的报告；现有 ${quoted(ids)}`,
  renderWrongKind: (path, kind, widgets) =>
    kind === 'report'
      ? `${path} 是指标报告（lawgauge compute --format json 所写）：请用 --widget ${widgets.join('、')} 绘制`
      : `${path} 是改革报告（lawgauge reform --format json 所写）：请用 --widget ${widgets.join('、')} 绘制`,
  renderMoreProblems: (more, all) => `……另有 ${more} 个（共 ${all} 个问题）`,
  renderChooseIndicator: (path, ids) =>
    `${path} 含 ${ids.length} 份报告：请用 --indicator <指标> 选择一份，可选 ${quoted(ids)}`,
  renderUnknownValue: (option, value, known, suggestion) =>
    `${option} "${value}"：报告中没有它的数据${suggestion === undefined ? '' : `（是否要用 "${suggestion}"？）`}${known.length === 0 ? '' : `；现有 ${known.map((item) => (item === '…' ? item : `"${item}"`)).join('、')}`}`,
  renderOutExtension: (out, format, given) =>
    given
      ? `--out ${out}：写出的文件是 ${format.toUpperCase()}，请用 .${format} 作扩展名`
      : `--out ${out}：render 只写 .svg、.png 或 .html 文件（格式取自扩展名，或用 --format 指定）`,
  pngNeedsOut: '--format png 写入文件：应给出 --out <文件.png>',
  noCjkFont: (tried) =>
    `没有可用的中文字体，无法生成 PNG（no font with Chinese characters）。已查找：${tried.join('、')}。请安装中文字体（Debian：apt-get install fonts-noto-cjk 或 fonts-wqy-zenhei），或用 --font <字体文件 .ttf|.otf|.ttc> 指定`,
  dashboardValues: ({ reports, values, withheld, unstable, noData }) =>
    `数据质量：${reports} 份报告共 ${values} 个数值；${withheld} 个因记录数低于公布门槛未公布，${unstable} 个样本过小（不稳定），${noData} 个无数据。`,
  fontUnreadable: (path, errno) => `无法读取字体文件 ${path}${errnoText(errno)}`,
  notAFont: (path) => `--font ${path} 不是字体文件（应为 TrueType 或 OpenType 的 .ttf、.otf 或 .ttc）`,
  fontLacksCjk: (path, missing) =>
    `--font ${path} 没有中文字形（缺少 ${missing.join(' ')}）：PNG 中的中文会显示为方框。请指定中文字体，如 Noto Sans CJK（fonts-noto-cjk）或文泉驿正黑（fonts-wqy-zenhei）`,
  pngUncovered: (missing, fonts) =>
    `警告：PNG 中的 ${missing.map(codePointText).join('、')} 会显示为方框：已加载的字体（${fonts.join('、')}）都没有这些字形。请安装 DejaVu Sans（fonts-dejavu-core），或用 --font 指定包含这些字形的字体`,
  validateOneFile: '应给出一个文件',
  notADefinition: (path) =>
    `${path}：不是指标目录、映射、改革方案或仪表板文件（可把 "$schema" 设为 schema/{catalog,mapping,programme,dashboard}.schema.json 之一来说明类型）`,
  validCatalog: (path, id, datasets, indicators) =>
    `${path}：有效的指标目录 "${id}"（${datasets} 个数据集，${indicators} 个指标）`,
  validMapping: (path, datasets) => `${path}：有效的映射，适用于 ${datasets.join('、')}`,
  validDashboard: (path, title, sections, panels) =>
    `${path}：有效的仪表板 "${title}"（${sections} 个分区，${panels} 个面板）`,
  validProgramme: (path, id, areas, tasks) => `${path}：有效的改革方案 "${id}"（${areas} 个领域，${tasks} 项任务）`,
};
