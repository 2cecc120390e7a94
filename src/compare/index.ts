export {
  ASSURANCES,
  FUNNEL_POSITIONS,
  SPC_CHARTS,
  SPC_RULES,
  SPC_SERIES_FLAGS,
  VARIATIONS,
} from './compare-constants.js';
export type { Assurance, FunnelPosition, SpcChart, SpcRule, SpcSeriesFlag, Variation } from './compare-constants.js';
export { spc } from './spc-report.js';
export type { RowSpc, SpcOptions, SpcPhase, SpcResult, SpcSeries } from './spc-report.js';
export { funnel } from './funnel-report.js';
export type { FunnelOptions, FunnelPeriod, FunnelResult, RowFunnel } from './funnel-report.js';
export { withSpc, carriedSpc } from './carry-spc.js';
export { withFunnel, carriedFunnel } from './carry-funnel.js';
export { xmrLimits } from './xmr-limits.js';
export { pprimeLimits } from './pprime-limits.js';
export type { SpcLimits } from './spc-limits.js';
export type { Phase, PhaseLayout } from './phases.js';
export { spcSignals } from './spc-rules.js';
export { rulesOf } from './signal-bits.js';
export { variationOf } from './variation.js';
export { assuranceOf } from './assurance.js';
export { funnelLimits } from './funnel-limits.js';
export type { FunnelLimits } from './funnel-limits.js';
export { overdispersion } from './overdispersion.js';
export type { Overdispersion } from './overdispersion.js';
export { funnelPositionOf } from './funnel-position.js';
export { funnelOfPeriod } from './funnel-period.js';
export type { FunnelPeriodOptions, FunnelPeriodResult } from './funnel-period.js';
