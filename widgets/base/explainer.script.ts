import type * as ExplainKit from './explain-kit.js';
import { trustedScriptUrl } from './trusted-script-url.js';

/** The explanation script's file: beside the bundle in dist/. */
export const EXPLAIN_SCRIPT = 'lawgauge-explain.iife.min.js';

/** Where this bundle was loaded from. */
const base = (document.currentScript as HTMLScriptElement | null)?.src ?? document.baseURI;
let loading: Promise<typeof ExplainKit> | undefined;

/**
 * Stands in for `explainer.ts` in the `<script>` bundles, which cannot import a second module: the
 * first document that fails its validity test loads `lawgauge-explain.iife.min.js` from the same
 * folder, through the `lawgauge` Trusted Types policy. A script that does not load leaves the
 * widget's short message (the place of the first failure); the next failure tries again. A page
 * may load that script itself, before the widgets.
 */
export function explainKit(): Promise<typeof ExplainKit> {
  const loaded = (globalThis as unknown as { LawGaugeExplain?: typeof ExplainKit }).LawGaugeExplain;
  if (loaded !== undefined) return Promise.resolve(loaded);
  loading ??= new Promise<typeof ExplainKit>((resolve, reject) => {
    const url = new URL(EXPLAIN_SCRIPT, base).href;
    const script = document.createElement('script');
    script.src = trustedScriptUrl(url);
    script.onload = () => resolve((globalThis as unknown as { LawGaugeExplain: typeof ExplainKit }).LawGaugeExplain);
    script.onerror = () => {
      loading = undefined;
      reject(new Error(`${url} did not load`));
    };
    document.head.append(script);
  });
  return loading;
}
