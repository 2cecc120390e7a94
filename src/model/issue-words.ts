import type { IssueParams } from '../errors/issue.js';
import type { FormatRule } from '../errors/issues.js';
import { EN_ISSUES, FORMAT_RULE_WORDS } from '../errors/messages/en.js';
import { ZH_CN_FORMAT_RULE_WORDS } from '../errors/messages/zh-CN.js';

/*
 * The words of zod's issue codes, in each language the kit ships, from an issue's code and params
 * alone: the widgets word a Report's, a ReformReport's and a dashboard's problems with them in
 * their language. The English words are the messages `issuesFromZod` writes (EN_ISSUES): one table.
 */

/** The codes of the contracts' problems (Report, ReformReport, Dashboard): zod's, and `forbidden_key`. */
export type ShapeIssueCode =
  | 'invalid_type'
  | 'invalid_value'
  | 'too_small'
  | 'too_big'
  | 'invalid_format'
  | 'invalid_key'
  | 'custom'
  | 'unknown_key'
  | 'forbidden_key';

/** A language the words are written in. */
export type ShapeIssueLang = 'zh-CN' | 'en';

/** What the wording reads of an issue. */
export interface WordedIssue {
  readonly code: string;
  readonly message: string;
  readonly params?: IssueParams | undefined;
}

type Words = (params: IssueParams) => string | undefined;

const text = (params: IssueParams, key: string): string => {
  const value = params[key];
  return value === undefined ? '' : typeof value === 'object' ? value.join(', ') : String(value);
};
const list = (params: IssueParams, key: string): readonly string[] => {
  const value = params[key];
  return typeof value === 'object' ? value : [];
};

/**
 * The checks the schemas word themselves (a pattern's or a refinement's message), by rule: the
 * English words are the schemas' messages, by which `issuesFromZod` finds an issue's `rule`.
 */
export const RULE_WORDS: Readonly<Record<string, Readonly<Record<ShapeIssueLang, string>>>> = Object.fromEntries(
  (Object.keys(FORMAT_RULE_WORDS) as FormatRule[]).map((rule) => [
    rule,
    { 'zh-CN': ZH_CN_FORMAT_RULE_WORDS[rule], en: FORMAT_RULE_WORDS[rule] },
  ]),
);

/** Type names as zod gives them (`expected`, `got`), as a reader knows them. */
const ZH_KINDS: Readonly<Record<string, string>> = {
  number: '数字',
  int: '整数',
  boolean: '布尔值',
  object: '对象',
  record: '对象',
  string: '文本',
  array: '数组',
  tuple: '数组',
  nothing: '空（未给出）',
};
const zhKind = (name: string): string => ZH_KINDS[name] ?? name;

/** What the value was: `got` (its kind) and `value` (a string quoted, a number or boolean as written). */
const GOT: Readonly<Record<'zh-CN', (p: IssueParams) => string>> = {
  'zh-CN': (p) => {
    const got = text(p, 'got');
    if (got === 'string') return ` ${text(p, 'value')}`;
    return got === 'number' || got === 'boolean' || got === 'bigint'
      ? `${zhKind(got)} ${text(p, 'value')}`
      : zhKind(got);
  },
};

/** A bound's sign: `≥`, `>`, `≤` or `<`. */
const sign = (least: boolean, p: IssueParams): string =>
  least ? (p['inclusive'] === true ? '≥' : '>') : p['inclusive'] === true ? '≤' : '<';

/** A bound on a number, or on the length of a string or an array. */
const BOUND: Readonly<Record<'zh-CN', (least: boolean) => Words>> = {
  'zh-CN': (least) => (p) => {
    const origin = text(p, 'origin');
    if (origin === 'array' || origin === 'string')
      return `${least ? '至少' : '至多'}应有 ${text(p, 'limit')} ${origin === 'array' ? '项' : '个字符'}`;
    return `应 ${sign(least, p)} ${text(p, 'limit')}，实为${GOT['zh-CN'](p)}`;
  },
};

const rule = (p: IssueParams, lang: ShapeIssueLang): string | undefined => RULE_WORDS[text(p, 'rule')]?.[lang];

const WORDS: Readonly<Record<ShapeIssueLang, Readonly<Record<ShapeIssueCode | 'not_multiple_of', Words>>>> = {
  'zh-CN': {
    invalid_type: (p) =>
      p['required'] === true
        ? `缺少此项（应为${list(p, 'expected').map(zhKind).join('或')}）`
        : `应为${list(p, 'expected').map(zhKind).join('或')}，实为${GOT['zh-CN'](p)}`,
    invalid_value: (p) => {
      const allowed = list(p, 'allowed');
      return `应为 ${allowed.join('、')}${allowed.length === 1 ? '' : ' 之一'}，实为${GOT['zh-CN'](p)}`;
    },
    too_small: BOUND['zh-CN'](true),
    too_big: BOUND['zh-CN'](false),
    not_multiple_of: (p) => `应为 ${text(p, 'divisor')} 的倍数`,
    invalid_format: (p) =>
      rule(p, 'zh-CN') === undefined ? undefined : `${rule(p, 'zh-CN')!}，实为${GOT['zh-CN'](p)}`,
    invalid_key: (p) => `无效的键 "${text(p, 'key')}"${rule(p, 'zh-CN') === undefined ? '' : `：${rule(p, 'zh-CN')!}`}`,
    custom: (p) => rule(p, 'zh-CN'),
    unknown_key: (p) => `未知的键 "${text(p, 'key')}"`,
    forbidden_key: (p) => `不允许使用键 "${text(p, 'key')}"（它可能改变对象的原型）`,
  },
  // English: the messages themselves (src/errors/messages/en.ts), which `issuesFromZod` writes.
  en: {
    invalid_type: (p) => EN_ISSUES.invalid_type(p as never),
    invalid_value: (p) => EN_ISSUES.invalid_value(p as never),
    too_small: (p) => EN_ISSUES.too_small(p as never),
    too_big: (p) => EN_ISSUES.too_big(p as never),
    not_multiple_of: (p) => EN_ISSUES.not_multiple_of(p as never),
    invalid_format: (p) => EN_ISSUES.invalid_format(p as never),
    invalid_key: (p) => EN_ISSUES.invalid_key(p as never),
    custom: (p) => EN_ISSUES.custom(p as never),
    unknown_key: (p) => EN_ISSUES.unknown_key(p as never),
    forbidden_key: (p) => EN_ISSUES.forbidden_key(p as never),
  },
};

/**
 * An issue in `lang` from its code and params; undefined when these words do not know the code,
 * or the issue names no rule they know (a schema's own message, not written here).
 */
export function issueWords(lang: ShapeIssueLang, code: string, params: IssueParams): string | undefined {
  return Object.hasOwn(WORDS[lang], code) ? WORDS[lang][code as ShapeIssueCode](params) : undefined;
}

/** A contract problem in `lang`, from its code and params; its own (English) message when the words do not know it. */
export function shapeIssueText(issue: WordedIssue, lang: ShapeIssueLang): string {
  return (issue.params === undefined ? undefined : issueWords(lang, issue.code, issue.params)) ?? issue.message;
}
