/** The words of lawgauge/ssr's own errors, by the render's language. */
export interface SsrMessages {
  /**
   * A map panel whose `geometry-src` has no entry in `options.geometry`: `panel` is its place in
   * the config (`sections[0].panels[1]`), `source` the `geometry-src` as the config writes it.
   */
  missingGeometry(panel: string, source: string): string;
}

const example = (source: string): string =>
  `{ geometry: { ${JSON.stringify(source)}: JSON.parse(readFileSync(…, 'utf8')) } }`;

export const SSR_MESSAGES: Readonly<Record<'zh-CN' | 'en', SsrMessages>> = {
  'zh-CN': {
    missingGeometry: (panel, source) =>
      `地图面板 ${panel} 的 "geometry-src" 为 ${JSON.stringify(source)}，但 options.geometry 中没有它的几何数据。` +
      `Node 中渲染不读取任何文件或网址：请读取该 GeoJSON 或 TopoJSON，并以面板的 geometry-src 为键传入 options.geometry，` +
      `例如 ${example(source)}`,
  },
  en: {
    missingGeometry: (panel, source) =>
      `the map panel ${panel} has "geometry-src": ${JSON.stringify(source)}, but options.geometry has no geometry for it. ` +
      `A render in Node reads no file or URL: read the GeoJSON or TopoJSON yourself and pass it in options.geometry, ` +
      `keyed by the panel's geometry-src, e.g. ${example(source)}`,
  },
};
