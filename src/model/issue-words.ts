import type { IssueParams } from '../errors/issue.js';
import type { FormatRule } from '../errors/issues.js';
import { EN_ISSUES, FORMAT_RULE_WORDS } from '../errors/messages/en.js';
import { ZH_CN_FORMAT_RULE_WORDS, ZH_CN_ISSUES } from '../errors/messages/zh-CN.js';

/*
 * The words of zod's issue codes, in each language the kit ships, from an issue's code and params
 * alone: the widgets word a Report's, a ReformReport's and a dashboard's problems with them in
 * their language, from the tables the CLI words every issue with (EN_ISSUES, ZH_CN_ISSUES): the
 * English words are the messages `issuesFromZod` writes. One table per language.
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

const WORDS: Readonly<Record<ShapeIssueLang, Readonly<Record<ShapeIssueCode | 'not_multiple_of', Words>>>> = {
  'zh-CN': {
    invalid_type: (p) => ZH_CN_ISSUES.invalid_type(p as never),
    invalid_value: (p) => ZH_CN_ISSUES.invalid_value(p as never),
    too_small: (p) => ZH_CN_ISSUES.too_small(p as never),
    too_big: (p) => ZH_CN_ISSUES.too_big(p as never),
    not_multiple_of: (p) => ZH_CN_ISSUES.not_multiple_of(p as never),
    invalid_format: (p) => ZH_CN_ISSUES.invalid_format(p as never),
    invalid_key: (p) => ZH_CN_ISSUES.invalid_key(p as never),
    custom: (p) => ZH_CN_ISSUES.custom(p as never),
    unknown_key: (p) => ZH_CN_ISSUES.unknown_key(p as never),
    forbidden_key: (p) => ZH_CN_ISSUES.forbidden_key(p as never),
  },
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
