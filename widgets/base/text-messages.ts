import type { WidgetLang } from './messages.js';

/** Punctuation between the parts of a sentence, as each language writes it (spaces included). */
export interface Punctuation {
  /** Before what something is: "2019年3月：…" / "Mar 2019: …". */
  readonly colon: string;
  readonly comma: string;
  readonly semicolon: string;
  /** The end of a sentence. */
  readonly stop: string;
  /** Between the items of a list of names (顿号 in Chinese). */
  readonly list: string;
  /** `text` with `aside` in brackets after it. */
  readonly aside: (text: string, aside: string) => string;
}

/** The words of a period label (`periodLabel`), by unit; numbers as in the period key. */
export interface PeriodWords {
  readonly year: (year: string) => string;
  readonly quarter: (year: string, quarter: number) => string;
  readonly month: (year: string, month: number) => string;
  readonly week: (year: string, week: number) => string;
  readonly day: (year: string, month: number, day: number) => string;
}

/**
 * How the widgets put texts together, in both languages: punctuation, period names, the names of
 * the total and of an empty group. Apart from BASE_MESSAGES, so a widget carries only what it uses.
 */
export interface TextMessages {
  readonly punctuation: Punctuation;
  readonly periods: PeriodWords;
  /** The group of a Report's totals, as its name. */
  readonly total: string;
  /** A group value that is empty (null), as its name. */
  readonly emptyGroup: string;
}

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export const TEXT_MESSAGES: Record<WidgetLang, TextMessages> = {
  'zh-CN': {
    punctuation: {
      colon: '：',
      comma: '，',
      semicolon: '；',
      stop: '。',
      list: '、',
      aside: (text, aside) => `${text}（${aside}）`,
    },
    periods: {
      year: (year) => `${year}年`,
      quarter: (year, quarter) => `${year}年第${quarter}季度`,
      month: (year, month) => `${year}年${month}月`,
      week: (year, week) => `${year}年第${week}周`,
      day: (year, month, day) => `${year}年${month}月${day}日`,
    },
    total: '合计',
    emptyGroup: '（空）',
  },
  en: {
    punctuation: {
      colon: ': ',
      comma: ', ',
      semicolon: '; ',
      stop: '.',
      list: ', ',
      aside: (text, aside) => `${text} (${aside})`,
    },
    periods: {
      year: (year) => year,
      quarter: (year, quarter) => `Q${quarter} ${year}`,
      month: (year, month) => `${MONTHS_EN[month - 1]} ${year}`,
      week: (year, week) => `week ${week}, ${year}`,
      day: (year, month, day) => `${day} ${MONTHS_EN[month - 1]} ${year}`,
    },
    total: 'Total',
    emptyGroup: '(none)',
  },
};
