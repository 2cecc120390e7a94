export { compositeReport } from './composite-report.js';
export type { CompositeOptions } from './composite-report.js';
export { compositeUncertainty } from './uncertainty.js';
export type { UncertaintyOptions, UnitRankInterval } from './uncertainty.js';
export { normalise } from './normalise.js';
export { aggregate, contributions } from './aggregate.js';
export { seededRandom } from './seeded-random.js';
