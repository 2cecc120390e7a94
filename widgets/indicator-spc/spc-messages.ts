import type { Assurance, SpcChart, SpcRule, Variation } from '../../src/index.js';
import type { WidgetLang } from '../base/messages.js';
import { VARIATION_MESSAGES, type Direction, type VariationMessages } from './variation-messages.js';

export type { Direction };

/** The period units of a Report, as the summary counts them. */
export type CountUnit = 'day' | 'week' | 'month' | 'quarter' | 'year';

/** The texts only <indicator-spc> needs, in both languages (kept apart so the other widgets do not carry them). */
export interface SpcMessages extends VariationMessages {
  readonly charts: Record<SpcChart, string>;
  /** A variation in a few words (table cells, the legend). */
  readonly variation: Record<Variation, string>;
  readonly rules: Record<SpcRule, string>;
  /** The letters inside the assurance icon. */
  readonly assuranceLetter: Record<Assurance, string>;
  /** Against the target: "target 95%: will reliably be met". */
  readonly assurance: (assurance: Assurance, target: string) => string;
  /** The icons' caption: the latest point's variation. */
  readonly latest: (period: string, words: string) => string;
  readonly centre: string;
  readonly limits: string;
  readonly twoSigma: string;
  readonly target: string;
  readonly values: string;
  readonly lower: string;
  readonly upper: string;
  /** No rule broken (a table cell). */
  readonly noRules: string;
  /** A phase's label on the chart: "2019年4月起" / "From Apr 2019". */
  readonly phaseFrom: (period: string) => string;
  /** The summary when no point breaks a rule. */
  readonly noSignal: string;
  /**
   * The latest run of signal points: `count` periods (worded with their unit; null for a lone
   * point, in `from`) where `rule` held on `side`, since `from` (still going on) or from `from` to
   * `to`, and what it means.
   */
  readonly signal: (
    count: string | null,
    rule: SpcRule,
    side: Direction,
    from: string,
    to: string | null,
    meaning: string,
  ) => string;
  /** `count` periods of `unit`: "7 months" / "7 个月". */
  readonly periods: (count: number, unit: CountUnit) => string;
  /** A later phase: its limits were set again from its own baseline. */
  readonly newLimits: (period: string, centre: string) => string;
  readonly shortBaseline: (points: number) => string;
  /** A point announced: its period, value, lines and what it shows. */
  readonly point: (period: string, value: string, lines: string, meaning: string) => string;
  /** The lines at a point: centre and limits. */
  readonly linesAt: (centre: string, lower: string, upper: string) => string;
  readonly noGroup: (group: string) => string;
  /** Table column headers. */
  readonly columns: {
    readonly period: string;
    readonly value: string;
    readonly centre: string;
    readonly lower: string;
    readonly upper: string;
    readonly rules: string;
    readonly variation: string;
  };
  /** The options' errors: spc() refused the chart asked for. */
  readonly errors: {
    readonly chart: (given: string) => string;
    readonly notRate: (indicator: string, measure: string) => string;
    readonly baseline: (given: string) => string;
    readonly phase: (given: string, known: string) => string;
    readonly target: (given: string) => string;
  };
}

const UNITS_EN: Record<CountUnit, readonly [string, string]> = {
  day: ['day', 'days'],
  week: ['week', 'weeks'],
  month: ['month', 'months'],
  quarter: ['quarter', 'quarters'],
  year: ['year', 'years'],
};
const UNITS_ZH: Record<CountUnit, string> = { day: '天', week: '周', month: '个月', quarter: '个季度', year: '年' };

const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

const RULES_ZH: Record<SpcRule, Record<Direction, string>> = {
  shift: { high: '高于中心线', low: '低于中心线' },
  trend: { high: '上升', low: '下降' },
  outside: { high: '高于上控制限', low: '低于下控制限' },
  'two-of-three': { high: '接近上控制限（超出 2σ 线）', low: '接近下控制限（超出 2σ 线）' },
};
const RULES_EN: Record<SpcRule, Record<Direction, string>> = {
  shift: { high: 'above the centre line', low: 'below the centre line' },
  trend: { high: 'rising', low: 'falling' },
  outside: { high: 'above the upper process limit', low: 'below the lower process limit' },
  'two-of-three': {
    high: 'close to the upper limit (beyond two sigma)',
    low: 'close to the lower limit (beyond two sigma)',
  },
};

export const SPC_MESSAGES: Record<WidgetLang, SpcMessages> = {
  'zh-CN': {
    // p' with the ASCII apostrophe: the prime U+2032 is drawn as an acute accent ("p´") by common
    // fonts (DejaVu Sans, WenQuanYi, the PNG's), the apostrophe as an upright tick in every font.
    charts: { xmr: 'XmR 控制图（单值）', pprime: "p' 控制图（Laney）" },
    variation: { common: '常见原因', improvement: '改善', concern: '需关注', special: '特殊原因' },
    ...VARIATION_MESSAGES['zh-CN'],
    rules: {
      outside: '超出控制限',
      shift: '连续 7 点以上在中心线同侧',
      trend: '连续 7 点以上上升或下降',
      'two-of-three': '3 点中 2 点超出同侧 2σ 线',
    },
    assuranceLetter: { pass: 'P', fail: 'F', inconsistent: '?' },
    assurance: (assurance, target) =>
      `目标 ${target}：${assurance === 'pass' ? '可稳定达到' : assurance === 'fail' ? '无法稳定达到' : '时达时不达'}`,
    latest: (period, words) => `最新（${period}）：${words}`,
    centre: '中心线',
    limits: '控制限',
    twoSigma: '2σ 线',
    target: '目标',
    values: '数值',
    lower: '下控制限',
    upper: '上控制限',
    noRules: '无',
    phaseFrom: (period) => `${period}起`,
    noSignal: '无信号：仅有常见原因变异',
    signal: (count, rule, side, from, to, meaning) =>
      count === null
        ? `${from}${RULES_ZH[rule][side]}：${meaning}`
        : `${to === null ? `自${from}起` : `${from}至${to}`}连续${count}${RULES_ZH[rule][side]}：${meaning}`,
    periods: (count, unit) => `${count}${UNITS_ZH[unit]}`,
    newLimits: (period, centre) => `${period}起重新计算控制限，中心线 ${centre}`,
    shortBaseline: (points) => `基线仅 ${points} 个点：控制限为暂定`,
    point: (period, value, lines, meaning) => `${period}：${value}${lines}；${meaning}`,
    linesAt: (centre, lower, upper) => `（中心线 ${centre}，控制限 ${lower}～${upper}）`,
    noGroup: (group) => `报告中没有“${group}”的数据`,
    columns: {
      period: '时期',
      value: '数值',
      centre: '中心线',
      lower: '下控制限',
      upper: '上控制限',
      rules: '规则',
      variation: '变异',
    },
    errors: {
      chart: (given) => `chart 应为 xmr 或 pprime，得到 ${given}`,
      notRate: (indicator, measure) =>
        `chart：p′ 控制图只适用于比率指标（rate 或 complement），指标“${indicator}”的度量为“${measure}”；请改用 xmr`,
      baseline: (given) => `baseline 应为不小于 2 的整数，得到 ${given}`,
      phase: (given, known) => `phases：报告中没有时期 ${given}；报告的时期为 ${known}`,
      target: (given) => `target 应为有限数值（比率在 0 到 1 之间），得到 ${given}`,
    },
  },
  en: {
    charts: { xmr: 'XmR chart (individuals)', pprime: "p' chart (Laney)" },
    variation: { common: 'common cause', improvement: 'improvement', concern: 'concern', special: 'special cause' },
    ...VARIATION_MESSAGES.en,
    rules: {
      outside: 'outside the process limits',
      shift: '7 or more on one side of the centre',
      trend: '7 or more rising or falling',
      'two-of-three': '2 of 3 beyond a two-sigma line',
    },
    assuranceLetter: { pass: 'P', fail: 'F', inconsistent: '?' },
    assurance: (assurance, target) =>
      `target ${target}: ${assurance === 'pass' ? 'will reliably be met' : assurance === 'fail' ? 'will not reliably be met' : 'will be met some of the time (hit and miss)'}`,
    latest: (period, words) => `Latest (${period}): ${words}`,
    centre: 'Centre line',
    limits: 'Process limits',
    twoSigma: 'Two-sigma lines',
    target: 'Target',
    values: 'Values',
    lower: 'Lower limit',
    upper: 'Upper limit',
    noRules: 'none',
    phaseFrom: (period) => `From ${period}`,
    noSignal: 'No signal: common-cause variation only',
    signal: (count, rule, side, from, to, meaning) =>
      count === null
        ? `${capitalised(RULES_EN[rule][side])} in ${from}: ${meaning}`
        : `${count} ${RULES_EN[rule][side]} ${to === null ? `since ${from}` : `from ${from} to ${to}`}: ${meaning}`,
    periods: (count, unit) => `${count} ${UNITS_EN[unit][count === 1 ? 0 : 1]}`,
    newLimits: (period, centre) => `limits set again from ${period}, centre ${centre}`,
    shortBaseline: (points) => `baseline of ${points} points: limits are provisional`,
    point: (period, value, lines, meaning) => `${period}: ${value}${lines}; ${meaning}`,
    linesAt: (centre, lower, upper) => ` (centre ${centre}, limits ${lower} to ${upper})`,
    noGroup: (group) => `The Report has no rows for "${group}"`,
    columns: {
      period: 'Period',
      value: 'Value',
      centre: 'Centre',
      lower: 'Lower limit',
      upper: 'Upper limit',
      rules: 'Rules',
      variation: 'Variation',
    },
    errors: {
      chart: (given) => `chart: expected xmr or pprime, got ${given}`,
      notRate: (indicator, measure) =>
        `chart: a p′ chart needs a rate (rate or complement measure); indicator "${indicator}" has measure "${measure}"; use xmr`,
      baseline: (given) => `baseline: expected a whole number of values ≥ 2, got ${given}`,
      phase: (given, known) => `phases: the Report has no period ${given}; it has ${known}`,
      target: (given) => `target: expected a finite number (for a rate, within 0 to 1), got ${given}`,
    },
  },
};
