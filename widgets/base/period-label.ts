import { periodKeyParts } from '../../src/internal.js';
import type { WidgetLang } from './messages.js';

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A period key as people read it: 2019年3月 / Mar 2019, 2019年第1季度 / Q1 2019, 2019年第10周 / week 10, 2019. */
export function periodLabel(key: string, lang: WidgetLang): string {
  const parts = periodKeyParts(key);
  if (parts === undefined) return key;
  const zh = lang === 'zh-CN';
  const year = key.slice(0, 4);
  switch (parts.unit) {
    case 'year':
      return zh ? `${year}年` : year;
    case 'quarter':
      return zh ? `${year}年第${parts.quarter}季度` : `Q${parts.quarter} ${year}`;
    case 'month':
      return zh ? `${year}年${parts.month}月` : `${MONTHS_EN[parts.month - 1]} ${year}`;
    case 'week':
      return zh ? `${year}年第${parts.week}周` : `week ${parts.week}, ${year}`;
    case 'day':
      return zh ? `${year}年${parts.month}月${parts.day}日` : `${parts.day} ${MONTHS_EN[parts.month - 1]} ${year}`;
  }
}
