import { trustedScriptUrl } from './trusted-script-url.js';

/** Where this bundle was loaded from: the scripts it loads on use sit beside it in dist/. */
const base = (document.currentScript as HTMLScriptElement | null)?.src ?? document.baseURI;
const loading = new Map<string, Promise<unknown>>();

/**
 * For the `<script>` bundles, which cannot import a second module: the global `name` that the
 * script `file` defines, loading that file from the bundle's folder on first use through the
 * `lawgauge` Trusted Types policy. A page that loaded the script itself (its own `<script>` tag)
 * waits for nothing. A script that does not load rejects with its URL, and the next call tries again.
 */
export function scriptBeside<T>(file: string, name: string): Promise<T> {
  const loaded = (globalThis as Record<string, unknown>)[name];
  if (loaded !== undefined) return Promise.resolve(loaded as T);
  let promise = loading.get(file);
  if (promise === undefined) {
    const url = new URL(file, base).href;
    promise = new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = trustedScriptUrl(url);
      script.onload = () => resolve((globalThis as Record<string, unknown>)[name]);
      script.onerror = () => {
        loading.delete(file);
        reject(new Error(`${url} did not load`));
      };
      document.head.append(script);
    });
    loading.set(file, promise);
  }
  return promise as Promise<T>;
}
