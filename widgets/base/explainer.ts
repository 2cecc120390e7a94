import type * as ExplainKit from './explain-kit.js';

/** The explanation of failing documents (explain-kit.ts), loaded on the first failure: a chunk of its own. */
export const explainKit = (): Promise<typeof ExplainKit> => import('./explain-kit.js');
