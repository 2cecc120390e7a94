import type * as ExplainKit from './explain-kit.js';
import { scriptBeside } from './script-beside.js';

/** The explanation script's file: beside the bundle in dist/. */
export const EXPLAIN_SCRIPT = 'lawgauge-explain.iife.min.js';

/**
 * Stands in for `explainer.ts` in the `<script>` bundles: the first document that fails its
 * validity test loads `lawgauge-explain.iife.min.js` (global `LawGaugeExplain`) from the same
 * folder. A script that does not load leaves the widget's short message (the place of the first
 * failure); the next failure tries again. A page may load that script itself, before the widgets.
 */
export const explainKit = (): Promise<typeof ExplainKit> => scriptBeside(EXPLAIN_SCRIPT, 'LawGaugeExplain');
