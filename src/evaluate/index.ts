export { evaluate } from './evaluate.js';
export type { EvaluateOptions } from './options.js';
export { EVALUATE_DEFAULTS } from './options.js';
export { wilsonInterval, Z_95 } from './statistics/wilson.js';
export { quantileSorted } from './statistics/quantile.js';
export { statusOf } from './status.js';
