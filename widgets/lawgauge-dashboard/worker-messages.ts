import { EN_ISSUES, ZH_CN_ISSUES, type IssueMessages } from '../../src/index.js';
import { EN_QUALITY_WORDS, ZH_CN_QUALITY_WORDS, type QualityWords } from '../../src/internal.js';
import type { WidgetLang } from '../base/messages.js';

/**
 * The compute worker's words: its own problems, the core's issue table it words data errors with,
 * and the core's words for a file's rows, which `lawgauge compute`'s summary says too.
 */
export interface WorkerMessages {
  readonly lang: WidgetLang;
  readonly issues: IssueMessages;
  readonly rows: QualityWords;
  /** A count as the panel writes it, grouped for its language (`2,000`). */
  readonly count: (count: number) => string;
  /** A computed panel's data-quality line: its file, the counts, and the first rejected value when there is one. */
  readonly quality: (source: string, counts: string, firstRejected: string | undefined) => string;
  /** A problem in a file or definition, named first: `cases.csv: …`. */
  readonly inFile: (source: string, problem: string) => string;
  readonly httpStatus: (source: string, status: number) => string;
  /** A file or URL the worker could not fetch at all (a blob: URL when the page's CSP has no `connect-src blob:`). */
  readonly notFetched: (source: string, detail: string) => string;
  readonly blobBlocked: (source: string) => string;
  readonly unknownFormat: (source: string, accepted: readonly string[]) => string;
  /** A file in a format the worker does not read (NDJSON, tab-separated), and what to give instead. */
  readonly notInBrowser: (source: string, format: 'ndjson' | 'tsv', accepted: readonly string[]) => string;
  readonly unknownCatalog: (catalog: string, builtIn: readonly string[]) => string;
  readonly noDataset: (catalog: string, dataset: string) => string;
  /** The first quarantined value after its place: `row 12, line 13, filed_on: …`. */
  readonly rowProblem: (place: string, field: string, reason: string) => string;
}

export const WORKER_MESSAGES: Record<WidgetLang, WorkerMessages> = {
  'zh-CN': {
    lang: 'zh-CN',
    issues: ZH_CN_ISSUES,
    rows: ZH_CN_QUALITY_WORDS,
    count: (count) => count.toLocaleString('zh-CN'),
    quality: (source, counts, first) =>
      `数据（${source}）：${counts}${first === undefined ? '' : `（首个剔除：${first}）`}`,
    inFile: (source, problem) => `${source}：${problem}`,
    httpStatus: (source, status) => `${source}：无法下载（HTTP ${status}）`,
    notFetched: (source, detail) => `${source}：无法读取（${detail}）`,
    blobBlocked: (source) =>
      `${source}：无法读取页面给出的文件。若页面设置了内容安全策略，请在 connect-src 中允许 blob:（例如 connect-src 'self' blob:）`,
    unknownFormat: (source, accepted) => `${source}：无法识别文件格式；请给出 ${accepted.join('、')} 文件`,
    notInBrowser: (source, format, accepted) =>
      format === 'ndjson'
        ? `${source}：NDJSON（.ndjson、.jsonl）文件只由 lawgauge compute 读取，浏览器中不读；请给出 ${accepted.join('、')} 文件（.json 为记录的数组）`
        : `${source}：不读制表符分隔（.tsv）的文件；请另存为 CSV（逗号分隔），或给出 ${accepted.join('、')} 文件`,
    unknownCatalog: (catalog, builtIn) =>
      `没有指标目录 "${catalog}"；内置的有 ${builtIn.join('、')}，或给出指标目录 .json 的网址`,
    noDataset: (catalog, dataset) => `指标目录 "${catalog}" 中没有数据集 "${dataset}"`,
    rowProblem: (place, field, reason) => `${place}${field}：${reason}`,
  },
  en: {
    lang: 'en',
    issues: EN_ISSUES,
    rows: EN_QUALITY_WORDS,
    count: (count) => count.toLocaleString('en'),
    quality: (source, counts, first) =>
      `Data (${source}): ${counts}${first === undefined ? '' : ` (first quarantined: ${first})`}`,
    inFile: (source, problem) => `${source}: ${problem}`,
    httpStatus: (source, status) => `${source}: could not be downloaded (HTTP ${status})`,
    notFetched: (source, detail) => `${source}: could not be read (${detail})`,
    blobBlocked: (source) =>
      `${source}: the file the page gave could not be read. If the page sets a Content-Security-Policy, allow blob: in connect-src (e.g. connect-src 'self' blob:)`,
    unknownFormat: (source, accepted) => `${source}: unknown file format; give a ${accepted.join(', ')} file`,
    notInBrowser: (source, format, accepted) =>
      format === 'ndjson'
        ? `${source}: NDJSON (.ndjson, .jsonl) is read by lawgauge compute, not in the browser; give a ${accepted.join(', ')} file (a .json holds an array of records)`
        : `${source}: tab-separated (.tsv) files are not read; save it as CSV (comma-separated), or give a ${accepted.join(', ')} file`,
    unknownCatalog: (catalog, builtIn) =>
      `unknown catalog "${catalog}"; built in: ${builtIn.join(', ')}, or the URL of a catalog .json`,
    noDataset: (catalog, dataset) => `catalog "${catalog}" has no dataset "${dataset}"`,
    rowProblem: (place, field, reason) => `${place}, ${field}: ${reason}`,
  },
};
