import type { FunnelPosition } from '../../src/index.js';
import type { WidgetLang } from '../base/messages.js';

/** Whether a position beyond the limits is good news, bad news, or neither (by the indicator's polarity). */
export type Judgement = 'better' | 'worse' | 'none';

/** The texts only `<indicator-funnel>` shows, in both languages (numbers and names come formatted). */
export interface FunnelMessages {
  /** Where a unit lies against its limits. */
  readonly position: Record<FunnelPosition, string>;
  /** After a position beyond the limits, by the indicator's polarity; nothing for `none`. */
  readonly judgement: Record<Exclude<Judgement, 'none'>, string>;
  /** The axes: unit size (the denominator) across, the rate up. */
  readonly sizeAxis: string;
  /** The legend's lines. */
  readonly limit95: string;
  readonly limit998: string;
  /** The target line: the units' pooled rate, or the one given (`target`). */
  readonly pooledTarget: (value: string) => string;
  readonly givenTarget: (value: string) => string;
  /** The summary's opening: how many units, which period. */
  readonly units: (count: string, period: string) => string;
  /** `count` units at a position, then the names of the outliers (already joined). */
  readonly atPosition: (count: string, position: string, names: string) => string;
  /** Units with no value (withheld, no data) that take no part. */
  readonly notCompared: (count: string) => string;
  /** Why there is no league table here. */
  readonly noRanking: string;
  /** The overdispersion note, φ and τ² formatted. */
  readonly widened: (k: string, phi: string, tau2: string) => string;
  readonly notWidened: (k: string, phi: string) => string;
  /** Overdispersion on, but not estimable (fewer than two units, a rate of 0 or 1). */
  readonly notEstimable: string;
  readonly off: string;
  /** A unit's accessible name: its size after its value. */
  readonly size: (n: string) => string;
  /** Table headings (group and value come from the shared table words). */
  readonly columns: {
    readonly lower95: string;
    readonly upper95: string;
    readonly lower998: string;
    readonly upper998: string;
    readonly position: string;
  };
  /** In place of a position: the unit takes no part. */
  readonly none: string;
  /** The headline of input the funnel cannot draw, and the details. */
  readonly cannot: string;
  readonly notRate: (indicator: string, measure: string) => string;
  readonly badTarget: (target: string) => string;
  readonly tooFew: (count: string, period: string) => string;
}

export const FUNNEL_MESSAGES: Record<WidgetLang, FunnelMessages> = {
  'zh-CN': {
    position: {
      'above-998': '高于 99.8% 控制限',
      'above-95': '高于 95% 控制限',
      within: '在控制限内',
      'below-95': '低于 95% 控制限',
      'below-998': '低于 99.8% 控制限',
    },
    judgement: { better: '优于预期', worse: '差于预期' },
    sizeAxis: '规模（分母 n）',
    limit95: '95% 控制限',
    limit998: '99.8% 控制限',
    pooledTarget: (value) => `基准 ${value}（全部单位合计）`,
    givenTarget: (value) => `基准 ${value}（指定）`,
    units: (count, period) => `${count} 个单位，${period}：`,
    atPosition: (count, position, names) => `${count} 个${position}${names === '' ? '' : `（${names}）`}`,
    notCompared: (count) => `${count} 个未参与比较（已隐去或无数据）`,
    noRanking: '各单位只与其规模对应的控制限比较，不代表排名。',
    widened: (k, phi, tau2) => `控制限已按过度离散放宽：φ = ${phi}，τ² = ${tau2}（k = ${k}）。`,
    notWidened: (k, phi) => `未发现过度离散（φ = ${phi}，k = ${k}），控制限未放宽。`,
    notEstimable: '无法估计过度离散，控制限未放宽。',
    off: '控制限未按过度离散调整。',
    size: (n) => `n = ${n}`,
    columns: {
      lower95: '95% 下限',
      upper95: '95% 上限',
      lower998: '99.8% 下限',
      upper998: '99.8% 上限',
      position: '位置',
    },
    none: '未参与比较',
    cannot: '无法绘制漏斗图',
    notRate: (indicator, measure) => `漏斗图需要比率指标（分子/分母）；指标“${indicator}”的度量是“${measure}”`,
    badTarget: (target) => `target 应为 0 到 1 之间的数，而不是“${target}”`,
    tooFew: (count, period) => `${period}只有 ${count} 个单位有数值，漏斗图至少需要 2 个`,
  },
  en: {
    position: {
      'above-998': 'above the 99.8% limit',
      'above-95': 'above the 95% limit',
      within: 'within the limits',
      'below-95': 'below the 95% limit',
      'below-998': 'below the 99.8% limit',
    },
    judgement: { better: 'better than expected', worse: 'worse than expected' },
    sizeAxis: 'Size (denominator n)',
    limit95: '95% limits',
    limit998: '99.8% limits',
    pooledTarget: (value) => `Target ${value} (all units pooled)`,
    givenTarget: (value) => `Target ${value} (given)`,
    units: (count, period) => `${count} units, ${period}: `,
    atPosition: (count, position, names) => `${count} ${position}${names === '' ? '' : ` (${names})`}`,
    notCompared: (count) => `${count} not compared (withheld or no data)`,
    noRanking: 'Each unit is compared only with the limits for its size; no ranking is implied.',
    widened: (k, phi, tau2) => `Limits widened for overdispersion: φ = ${phi}, τ² = ${tau2} (k = ${k}).`,
    notWidened: (k, phi) => `No overdispersion found (φ = ${phi}, k = ${k}); limits not widened.`,
    notEstimable: 'Overdispersion cannot be estimated; limits not widened.',
    off: 'Limits not adjusted for overdispersion.',
    size: (n) => `n = ${n}`,
    columns: {
      lower95: '95% lower',
      upper95: '95% upper',
      lower998: '99.8% lower',
      upper998: '99.8% upper',
      position: 'Position',
    },
    none: 'not compared',
    cannot: 'Cannot draw a funnel plot',
    notRate: (indicator, measure) =>
      `a funnel plot needs a rate (numerator over denominator); indicator “${indicator}” has measure “${measure}”`,
    badTarget: (target) => `target must be a number from 0 to 1, not “${target}”`,
    tooFew: (count, period) => `only ${count} units have a value in ${period}; a funnel plot needs at least 2`,
  },
};
