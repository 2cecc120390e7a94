/**
 * Script URLs under Trusted Types. A page whose CSP says `require-trusted-types-for 'script'`
 * refuses a plain string for `new Worker(url)` and `script.src`; the widgets then pass a
 * TrustedScriptURL made by their own policy, named `lawgauge` (the page allows it with
 * `trusted-types lit-html lawgauge`). Pages without Trusted Types get the string back unchanged.
 *
 * The policy stays inside this module and blesses only http(s) URLs of `.js` files: the
 * dashboard's compute worker (which the browser requires to be same-origin) and the scripts the
 * <script> bundles load beside themselves (`as-of`, map geometry, the explanation of invalid data). A second copy of lawgauge on the same page cannot create the
 * policy again unless the CSP adds `'allow-duplicates'`; that copy then passes plain URLs.
 */

/** The name a page's `trusted-types` directive must list for the dashboard's worker and `as-of`'s script. */
export const TRUSTED_TYPES_POLICY = 'lawgauge';

interface ScriptUrlPolicy {
  createScriptURL(url: string): unknown;
}
interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScriptURL(url: string): string }): ScriptUrlPolicy;
}

let created: ScriptUrlPolicy | null | undefined;

function checkScriptUrl(url: string): string {
  const parsed = new URL(url, document.baseURI);
  if ((parsed.protocol !== 'https:' && parsed.protocol !== 'http:') || !parsed.pathname.endsWith('.js')) {
    throw new TypeError(`lawgauge: refusing script URL ${url}: only http(s) .js files`);
  }
  return parsed.href;
}

function policy(): ScriptUrlPolicy | null {
  if (created !== undefined) return created;
  created = null;
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  if (factory !== undefined) {
    try {
      created = factory.createPolicy(TRUSTED_TYPES_POLICY, { createScriptURL: checkScriptUrl });
    } catch {
      // The page's CSP does not allow the name: the plain URL goes through, and an enforcing page
      // refuses it with an error the widget shows (it names the policy to allow).
    }
  }
  return created;
}

/**
 * `url` as the page's Trusted Types enforcement accepts it for a worker or a script element. The
 * result is for `new Worker(…)` or `script.src` only (typed as a string, which both accept).
 */
export function trustedScriptUrl(url: string): string {
  const made = policy();
  return made === null ? url : (made.createScriptURL(url) as string);
}
