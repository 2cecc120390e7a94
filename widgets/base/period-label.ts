import { parsePeriodKey, type PeriodUnit } from '../../src/index.js';
import type { WidgetLang } from './messages.js';

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A period key as people read it: 2019年3月 / Mar 2019, 2019年第1季度 / Q1 2019, 2019年第10周 / week 10, 2019. */
export function periodLabel(key: string, lang: WidgetLang): string {
  const parsed = parsePeriodKey(key);
  if (parsed === undefined) return key;
  const [year, rest] = [key.slice(0, 4), key.slice(5)];
  const unit: PeriodUnit = parsed.unit;
  switch (unit) {
    case 'year':
      return lang === 'zh-CN' ? `${year}年` : year;
    case 'quarter':
      return lang === 'zh-CN' ? `${year}年第${rest.slice(1)}季度` : `${rest} ${year}`;
    case 'month':
      return lang === 'zh-CN' ? `${year}年${Number(rest)}月` : `${MONTHS_EN[Number(rest) - 1]} ${year}`;
    case 'week':
      return lang === 'zh-CN' ? `${year}年第${Number(rest.slice(1))}周` : `week ${Number(rest.slice(1))}, ${year}`;
    case 'day': {
      const [, m, d] = key.split('-').map(Number);
      return lang === 'zh-CN' ? `${year}年${m}月${d}日` : `${d} ${MONTHS_EN[m! - 1]} ${year}`;
    }
  }
}
