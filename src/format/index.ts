export { formatValue } from './format-value.js';
export type { Lang } from './format-value.js';
