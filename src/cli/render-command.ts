import { writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseOptions } from './parse-options.js';
import { errnoOf } from '../node/errno-of.js';
import { pngFonts } from './cjk-font.js';
import { dashboardInputs, type DashboardInputs } from './dashboard-inputs.js';
import type { CliRun } from './cli-io.js';
import { choice, positiveInt } from './option-values.js';
import { drawnCharacters, uncoveredCharacters } from './font-coverage.js';
import { fontFile, pictureFontFiles, rasterise, type PictureFonts } from './rasterise.js';
import { checkShown, renderData } from './render-report.js';
import { EXIT, UsageError } from './usage.js';

/** `--widget` names: the short ones, each the tag of the widget drawn. */
export const RENDER_WIDGETS = {
  card: 'indicator-card',
  trend: 'indicator-trend',
  bars: 'indicator-bars',
  table: 'indicator-table',
  spc: 'indicator-spc',
  funnel: 'indicator-funnel',
  map: 'indicator-map',
  'reform-progress': 'reform-progress',
} as const;
type RenderWidget = keyof typeof RENDER_WIDGETS;
const FORMATS = ['svg', 'png', 'html'] as const;
const THEMES = ['light', 'dark'] as const;
const DEFAULT_WIDTH = 800;
/** A dashboard's page width: four columns of the dashboard's grid. */
const DASHBOARD_WIDTH = 1200;

/** What the command needs of lawgauge/ssr (widgets/ssr), which it loads on use. */
interface SsrEntry {
  renderWidgetHtml(widget: string, data: unknown, options: SsrOptions): Promise<string>;
  renderWidgetSvg(widget: string, data: unknown, options: SsrOptions): Promise<string>;
  renderDashboardHtml(config: unknown, data: DashboardInputs['data'], options: DashboardOptions): Promise<string>;
  renderDashboardSvg(config: unknown, data: DashboardInputs['data'], options: DashboardOptions): Promise<string>;
}
interface DashboardOptions {
  readonly lang: 'zh-CN' | 'en';
  readonly theme?: 'light' | 'dark';
  readonly width: number;
  readonly notes: readonly string[];
  readonly geometry: Readonly<Record<string, unknown>>;
}
interface SsrOptions {
  readonly lang: 'zh-CN' | 'en';
  readonly theme?: 'light' | 'dark';
  readonly width: number;
  readonly attributes: Readonly<Record<string, string>>;
}

/**
 * lawgauge/ssr, loaded on use: Lit and the widgets are read only by `lawgauge render`. Through a
 * variable, so the core's typecheck (no DOM) does not follow it into the widgets.
 */
async function ssrEntry(): Promise<SsrEntry> {
  const entry = '../../widgets/ssr/index.js';
  return (await import(entry)) as SsrEntry;
}

/** The command's options, as parseOptions reads them (its --help lists each). */
export const OPTIONS = {
  report: { type: 'string' },
  dashboard: { type: 'string' },
  widget: { type: 'string' },
  indicator: { type: 'string' },
  group: { type: 'string' },
  groups: { type: 'string' },
  period: { type: 'string' },
  theme: { type: 'string' },
  width: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  font: { type: 'string' },
  scale: { type: 'string' },
} as const;

/**
 * The format: `--format`, else the `--out` file's extension, else SVG. An `--out` whose extension
 * is another (`x.gif`), or not the `--format` given (`--format png --out x.svg`), is refused:
 * the file would not be what its name says.
 */
function formatOf(format: string | undefined, out: string | undefined): (typeof FORMATS)[number] {
  const written = /\.([a-z0-9]{1,5})$/i.exec(basename(out ?? ''))?.[1]?.toLowerCase();
  const extension = written === 'htm' ? 'html' : written;
  const known = FORMATS.find((candidate) => candidate === extension);
  const chosen = choice('--format', format, FORMATS, known ?? 'svg');
  if (extension !== undefined && extension !== chosen)
    throw new UsageError((messages) => messages.renderOutExtension(out!, chosen, format !== undefined));
  return chosen;
}

/**
 * `lawgauge render --report R.json --widget trend [--group …] [--period …] [--theme dark] [--width 800]
 * [--format svg|png|html] [--out file]`: a widget drawn in Node from the templates the browser uses;
 * `--dashboard config.json` instead: a whole dashboard, with its data-quality lines.
 */
export async function render(args: readonly string[], run: CliRun): Promise<number> {
  const values = parseOptions(args, OPTIONS, run);
  if ((values.report === undefined) === (values.dashboard === undefined))
    throw new UsageError((messages) => messages.renderReportRequired);
  const format = formatOf(values.format, values.out);
  const scale = values.scale === undefined ? 2 : positiveInt('--scale', values.scale);
  if (format === 'png' && values.out === undefined) throw new UsageError((messages) => messages.pngNeedsOut);
  const theme = values.theme === undefined ? undefined : choice('--theme', values.theme, THEMES, 'light');
  // Before the renderer loads: a missing font or a bad file is said at once.
  const fonts = format === 'png' ? await pngFonts(values.font) : undefined;
  let svgOrHtml: string;
  if (values.dashboard !== undefined) {
    const width = values.width === undefined ? DASHBOARD_WIDTH : positiveInt('--width', values.width);
    const { config, data, notes, geometry } = await dashboardInputs(values.dashboard, run);
    const ssr = await ssrEntry();
    const options: DashboardOptions = {
      lang: run.lang,
      ...(theme === undefined ? {} : { theme }),
      width,
      notes,
      geometry,
    };
    svgOrHtml =
      format === 'html'
        ? await ssr.renderDashboardHtml(config, data, options)
        : await ssr.renderDashboardSvg(config, data, options);
  } else {
    if (values.widget === undefined)
      throw new UsageError((messages) => messages.renderWidgetRequired(Object.keys(RENDER_WIDGETS)));
    const widget = choice('--widget', values.widget, Object.keys(RENDER_WIDGETS) as RenderWidget[], 'card');
    const width = values.width === undefined ? DEFAULT_WIDTH : positiveInt('--width', values.width);
    const attributes: Record<string, string> = {};
    for (const name of ['group', 'groups', 'period'] as const)
      if (values[name] !== undefined) attributes[name] = values[name];
    const names = Object.keys(RENDER_WIDGETS) as RenderWidget[];
    const data = await renderData(values.report!, widget === 'reform-progress', values.indicator, {
      report: names.filter((name) => name !== 'reform-progress'),
      reform: ['reform-progress'],
    });
    if (!('programme' in data)) checkShown(data, attributes);
    const ssr = await ssrEntry();
    const options: SsrOptions = { lang: run.lang, ...(theme === undefined ? {} : { theme }), width, attributes };
    const tag = RENDER_WIDGETS[widget];
    svgOrHtml =
      format === 'html'
        ? standalonePage(await ssr.renderWidgetHtml(tag, data, options), run.lang, width)
        : await ssr.renderWidgetSvg(tag, data, options);
  }
  if (format === 'png') await warnUncovered(svgOrHtml, fonts!, run);
  const output = format === 'png' ? await rasterise(svgOrHtml, fonts!, scale) : svgOrHtml;
  if (values.out === undefined) run.io.out(output as string);
  else
    try {
      await writeFile(values.out, output);
    } catch (error) {
      const path = values.out;
      throw new UsageError((messages) => messages.cannotWrite(path, errnoOf(error), (error as Error).message));
    }
  return EXIT.ok;
}

/**
 * Says on stderr which characters of the picture `svg` none of `fonts` has: resvg would draw each
 * as a box without a word.
 */
async function warnUncovered(svg: string, fonts: PictureFonts, run: CliRun): Promise<void> {
  const files = pictureFontFiles(fonts);
  const missing = uncoveredCharacters(drawnCharacters(svg), await Promise.all(files.map(fontFile)));
  if (missing.length > 0) run.io.err(`${run.messages.pngUncovered(missing, files)}\n`);
}

/** A page holding the rendered widget alone, `width` pixels wide at most. */
function standalonePage(element: string, lang: string, width: number): string {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body { margin: 16px; } body > * { max-width: ${width}px; }</style>
</head>
<body>
${element}
</body>
</html>
`;
}
