import { trustedScriptUrl } from '../base/trusted-script-url.js';
import type { GeometryKit } from './geometry-kit.js';

/** The geometry script's file: beside the bundle in dist/. */
export const GEOMETRY_SCRIPT = 'lawgauge-map-geometry.iife.min.js';

/** Where this bundle was loaded from. */
const base = (document.currentScript as HTMLScriptElement | null)?.src ?? document.baseURI;
let loading: Promise<GeometryKit> | undefined;

/** The geometry code when it is there without waiting: once its script has run. */
export function loadedGeometryKit(): GeometryKit | undefined {
  return (globalThis as unknown as { LawGaugeMapGeometry?: GeometryKit }).LawGaugeMapGeometry;
}

/**
 * Stands in for `geometry-kit.ts` in the `<script>` bundles (`lawgauge.iife.min.js`,
 * `lawgauge-indicator-map.iife.min.js`), which cannot import a second module: the first map given
 * host geometry loads `lawgauge-map-geometry.iife.min.js` from the same folder, through the
 * `lawgauge` Trusted Types policy; the tile grid needs none of it. A script that does not load is
 * an error the map shows, naming the file. A page may load that script itself, before the widgets.
 */
export function geometryKit(): Promise<GeometryKit> {
  // A page that loaded the script itself (a <script> tag, so the first map waits for nothing).
  const loaded = (globalThis as unknown as { LawGaugeMapGeometry?: GeometryKit }).LawGaugeMapGeometry;
  if (loaded !== undefined) return Promise.resolve(loaded);
  loading ??= new Promise<GeometryKit>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = trustedScriptUrl(new URL(GEOMETRY_SCRIPT, base).href);
    script.onload = () => resolve((globalThis as unknown as { LawGaugeMapGeometry: GeometryKit }).LawGaugeMapGeometry);
    script.onerror = () => {
      loading = undefined;
      reject(new Error(`${new URL(GEOMETRY_SCRIPT, base).href} did not load`));
    };
    document.head.append(script);
  });
  return loading;
}
