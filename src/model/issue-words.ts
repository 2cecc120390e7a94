import type { IssueParams } from '../errors/issue.js';
import type { InvalidDateIssue, RealDayParams } from '../errors/issues.js';
import { EN_ISSUES, notARealDayWords } from '../errors/messages/en.js';
import type { IssueMessages } from '../errors/messages/issue-messages.js';
import { ZH_CN_ISSUES, zhNotARealDayWords } from '../errors/messages/zh-CN.js';

/*
 * The words of zod's issue codes, in each language the kit ships, from an issue's code and params
 * alone: the widgets word a Report's, a ReformReport's and a dashboard's problems with them in
 * their language, from the tables the CLI words every issue with (EN_ISSUES, ZH_CN_ISSUES): the
 * English words are the messages `issuesFromZod` writes. One table per language.
 */

/** The codes of the contracts' problems (Report, ReformReport, Dashboard): zod's, `forbidden_key`, and `invalid_date` for a date the calendar lacks. */
export type ShapeIssueCode =
  | 'invalid_type'
  | 'invalid_value'
  | 'too_small'
  | 'too_big'
  | 'invalid_format'
  | 'invalid_date'
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

/** A date's params as a contract's checks give them (never a record's, which name a field and format). */
const realDay = (p: InvalidDateIssue['params']): RealDayParams =>
  'type' in p ? { value: p.value, format: 'YYYY-MM-DD' } : p;

type ShapeWords = Pick<IssueMessages, ShapeIssueCode | 'not_multiple_of'>;

/**
 * The contracts' codes, each called through its table rather than taken from it: a function value
 * read off the table keeps the whole table in the explanation script (measured 14.5 KiB gz against
 * 10.8), a call keeps only the words of these codes.
 */
const WORDS: Readonly<Record<ShapeIssueLang, ShapeWords>> = {
  'zh-CN': {
    invalid_type: (p) => ZH_CN_ISSUES.invalid_type(p),
    invalid_value: (p) => ZH_CN_ISSUES.invalid_value(p),
    too_small: (p) => ZH_CN_ISSUES.too_small(p),
    too_big: (p) => ZH_CN_ISSUES.too_big(p),
    not_multiple_of: (p) => ZH_CN_ISSUES.not_multiple_of(p),
    invalid_format: (p) => ZH_CN_ISSUES.invalid_format(p),
    // A contract's dates are YYYY-MM-DD: only that variant's words, not the record readers'.
    invalid_date: (p) => zhNotARealDayWords(realDay(p)),
    invalid_key: (p) => ZH_CN_ISSUES.invalid_key(p),
    custom: (p) => ZH_CN_ISSUES.custom(p),
    unknown_key: (p) => ZH_CN_ISSUES.unknown_key(p),
    forbidden_key: (p) => ZH_CN_ISSUES.forbidden_key(p),
  },
  en: {
    invalid_type: (p) => EN_ISSUES.invalid_type(p),
    invalid_value: (p) => EN_ISSUES.invalid_value(p),
    too_small: (p) => EN_ISSUES.too_small(p),
    too_big: (p) => EN_ISSUES.too_big(p),
    not_multiple_of: (p) => EN_ISSUES.not_multiple_of(p),
    invalid_format: (p) => EN_ISSUES.invalid_format(p),
    invalid_date: (p) => notARealDayWords(realDay(p)),
    invalid_key: (p) => EN_ISSUES.invalid_key(p),
    custom: (p) => EN_ISSUES.custom(p),
    unknown_key: (p) => EN_ISSUES.unknown_key(p),
    forbidden_key: (p) => EN_ISSUES.forbidden_key(p),
  },
};

/** A contract problem in `lang`, from its code and params; its own (English) message when the words do not know it. */
export function shapeIssueText(issue: WordedIssue, lang: ShapeIssueLang): string {
  const words = WORDS[lang];
  if (issue.params === undefined || !Object.hasOwn(words, issue.code)) return issue.message;
  return (words[issue.code as keyof ShapeWords] as (params: IssueParams) => string)(issue.params);
}
