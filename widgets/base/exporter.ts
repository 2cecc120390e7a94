import type * as ExportKit from './export-kit.js';

/** The image export (export-kit.ts), loaded on first use: a chunk of its own. */
export const exportKit = (): Promise<typeof ExportKit> => import('./export-kit.js');
