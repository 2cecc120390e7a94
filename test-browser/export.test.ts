import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../widgets/define.js';
import { progress } from '../src/index.js';
import type { DataElement, LawGaugeElement } from '../widgets/base/lawgauge-element.js';
import { funnelReport, OUTLIERS } from './support/funnel-reports.js';
import { shanghaiReport } from './support/map-data.js';
import programme from './support/programme.json' with { type: 'json' };
import { districtReport, visibilityReport } from './support/reports.js';

type Widget = DataElement<object> & { report: unknown };

interface Exported {
  readonly tag: string;
  readonly data: () => object;
  /** Text the widget shows that the image must hold: its title and its period. */
  readonly title: string;
  readonly period: string;
  readonly csv: boolean;
}

const reform = progress(programme, { asOf: '2019-06-30' });
/** Every widget on the shared base; a new one is a line here. */
const WIDGETS: readonly Exported[] = [
  { tag: 'indicator-card', data: () => visibilityReport(), title: '街面见警率', period: '2019年6月', csv: false },
  { tag: 'indicator-trend', data: () => visibilityReport(), title: '街面见警率', period: '2019年', csv: true },
  {
    tag: 'indicator-bars',
    data: () => districtReport(),
    title: districtReport().indicator.label['zh-CN'],
    period: '2019',
    csv: true,
  },
  {
    tag: 'indicator-table',
    data: () => districtReport(),
    title: districtReport().indicator.label['zh-CN'],
    period: '2019',
    csv: true,
  },
  {
    tag: 'indicator-map',
    data: () => shanghaiReport(),
    title: shanghaiReport().indicator.label['zh-CN'],
    period: '20',
    csv: true,
  },
  {
    tag: 'indicator-funnel',
    data: () => funnelReport({ '2019-06': OUTLIERS }),
    title: funnelReport({ '2019-06': OUTLIERS }).indicator.label['zh-CN'],
    period: '2019年6月',
    csv: true,
  },
  { tag: 'indicator-spc', data: () => visibilityReport(), title: '街面见警率', period: '2019', csv: false },
  {
    tag: 'reform-progress',
    data: () => reform,
    title: reform.programme.label['zh-CN'],
    period: '2019年6月30日',
    csv: true,
  },
];

/** A theme a page sets: the export must carry these colours, resolved, without the page's CSS. */
const THEME = '--lg-bg: #fdf6e3; --lg-fg: #202a44; --lg-accent: #8a2be2; --lg-series-1: #8a2be2';
const THEME_COLOURS = ['rgb(253, 246, 227)', 'rgb(32, 42, 68)'];

async function mount(widget: Exported, attributes = ''): Promise<Widget> {
  const element = document.createElement(widget.tag) as Widget;
  element.setAttribute('style', `width: 480px; ${THEME}`);
  for (const name of attributes.split(' ').filter(Boolean)) element.setAttribute(name, '');
  element.report = widget.data();
  const host = await fixture<HTMLDivElement>(html`<div lang="zh-CN"></div>`);
  host.append(element);
  await element.updateComplete;
  return element;
}

const menu = (element: Widget): HTMLDetailsElement | null =>
  element.shadowRoot!.querySelector<HTMLDetailsElement>('[part~="export-menu"]');

function parse(svg: string): Document {
  const document = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(document.querySelector('parsererror'), svg.slice(0, 300)).to.equal(null);
  return document;
}

/** Pixels of a PNG that differ from its top-left (background) pixel. */
async function pixelsOffBackground(png: Blob): Promise<{ width: number; height: number; differing: number }> {
  const bitmap = await createImageBitmap(png);
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
  // Inside the rounded border: the background there.
  const at = (4 * (8 * bitmap.width + 8)) as number;
  let differing = 0;
  for (let index = 0; index < data.length; index += 4)
    if (
      Math.abs(data[index]! - data[at]!) +
        Math.abs(data[index + 1]! - data[at + 1]!) +
        Math.abs(data[index + 2]! - data[at + 2]!) >
      60
    )
      differing++;
  return { width: bitmap.width, height: bitmap.height, differing };
}

describe('export', () => {
  for (const widget of WIDGETS) {
    describe(`<${widget.tag}>`, () => {
      it('exportSvg: a parseable SVG with the title, period, notes, the summary as <desc>, the theme colours, CJK fonts', async () => {
        const element = await mount(widget);
        const svg = await element.exportSvg();
        const document = parse(svg);
        const root = document.documentElement;
        expect(root.localName).to.equal('svg');
        expect(document.querySelector('title')!.textContent).to.equal(widget.title);
        const text = Array.from(document.querySelectorAll('text'), (node) => node.textContent).join(' ');
        expect(text).to.contain(widget.title.split(' ')[0]);
        expect(text).to.contain(widget.period);
        const summary = element.shadowRoot!.querySelector('[part~="summary"]')?.textContent?.trim();
        const desc = document.querySelector('desc')!.textContent!;
        if (summary !== undefined && summary !== '') expect(desc).to.contain(summary);
        else expect(desc).not.to.equal('');
        for (const colour of THEME_COLOURS) expect(svg, colour).to.contain(colour);
        expect(root.getAttribute('font-family')).to.contain('Noto Sans CJK SC').and.contain('WenQuanYi Zen Hei');
        // Controls are not in the image; the styles are written in, never referenced.
        expect(svg).not.to.contain('下载');
        expect(svg).not.to.contain('class=');
        expect(svg).not.to.contain('var(');
        element.parentElement!.remove();
      });

      it('exportPng: decodes at the SVG size × scale and is not blank', async () => {
        const element = await mount(widget);
        const svg = parse(await element.exportSvg()).documentElement;
        const png = await element.exportPng({ scale: 2 });
        expect(png.type).to.equal('image/png');
        const { width, height, differing } = await pixelsOffBackground(png);
        expect(width).to.equal(Math.round(Number(svg.getAttribute('width')) * 2));
        expect(height).to.equal(Math.round(Number(svg.getAttribute('height')) * 2));
        expect(differing, 'pixels off the background').to.be.greaterThan(500);
        element.parentElement!.remove();
      });

      it('the download menu: by keyboard, the formats the widget offers, Escape closes; axe-clean open and closed', async () => {
        const element = await mount(widget);
        const details = menu(element)!;
        const summary = details.querySelector('summary')!;
        summary.focus();
        await expect(element).to.be.accessible();
        await sendKeys({ press: 'Enter' });
        expect(details.open).to.equal(true);
        const buttons = Array.from(details.querySelectorAll('button'), (button) => button.textContent);
        expect(buttons).to.deep.equal(['SVG 图片', 'PNG 图片', ...(widget.csv ? ['CSV 数据'] : [])]);
        await expect(element).to.be.accessible();
        await sendKeys({ press: 'Tab' });
        expect(element.shadowRoot!.activeElement?.textContent).to.equal('SVG 图片');
        await sendKeys({ press: 'Escape' });
        expect(details.open).to.equal(false);
        expect(element.shadowRoot!.activeElement).to.equal(summary);
        element.parentElement!.remove();
      });

      it('no-export hides the menu; the methods still work', async () => {
        const element = await mount(widget, 'no-export');
        expect(menu(element)).to.equal(null);
        expect(await element.exportSvg()).to.contain('<svg');
        element.parentElement!.remove();
      });
    });
  }

  it('the menu saves the chosen format as a file named after the indicator', async () => {
    const saved: { name: string; href: string }[] = [];
    const click = HTMLAnchorElement.prototype.click;
    const revoke = URL.revokeObjectURL;
    // Catch the download instead of letting the browser save it; keep its blob: URL readable.
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      saved.push({ name: this.download, href: this.href });
    };
    URL.revokeObjectURL = () => undefined;
    try {
      const element = await mount(WIDGETS[1]!);
      const details = menu(element)!;
      for (const [index, format] of ['svg', 'png', 'csv'].entries()) {
        details.querySelector('summary')!.focus();
        await sendKeys({ press: 'Enter' });
        for (let step = 0; step <= index; step++) await sendKeys({ press: 'Tab' });
        expect(element.shadowRoot!.activeElement?.getAttribute('value')).to.equal(format);
        await sendKeys({ press: 'Enter' });
        for (let wait = 0; saved.length <= index && wait < 200; wait++)
          await new Promise((resolve) => setTimeout(resolve, 20));
        expect(details.open, 'closed on choosing').to.equal(false);
      }
      expect(saved.map((file) => file.name)).to.deep.equal([
        'street_visibility_rate.svg',
        'street_visibility_rate.png',
        'street_visibility_rate.csv',
      ]);
      const [svg, png, csv] = await Promise.all(saved.map(async (file) => (await fetch(file.href)).blob()));
      parse(await svg!.text());
      expect((await createImageBitmap(png!)).width).to.be.greaterThan(100);
      expect(await csv!.text()).to.contain('2019年6月');
      element.parentElement!.remove();
    } finally {
      HTMLAnchorElement.prototype.click = click;
      URL.revokeObjectURL = revoke;
    }
  });

  it('the image is in the widget language, with its notes: unit, source, method, suppression', async () => {
    const report = { ...visibilityReport({ suppressBelow: 10 }) };
    const indicator = {
      ...report.indicator,
      source: { 'zh-CN': '市公安局勤务指挥系统', en: 'Municipal Public Security Bureau duty command system' },
      methodology: { 'zh-CN': '巡查见警次数 / 巡查次数', en: 'Sightings / patrols' },
    };
    const element = await mount({ ...WIDGETS[1]!, data: () => ({ ...report, indicator }) });
    const texts = async (): Promise<string> =>
      Array.from(parse(await element.exportSvg()).querySelectorAll('text'), (node) => node.textContent).join(' ');
    expect(await texts()).to.contain('数据来源：市公安局勤务指挥系统');
    element.setAttribute('lang', 'en');
    await element.updateComplete;
    const text = await texts();
    expect(text).to.contain('Unit: percent');
    expect(text).to.contain('Source: Municipal Public Security Bureau duty command system');
    expect(text).not.to.contain('市公安局');
    expect(text).to.contain('Method: Sightings / patrols');
    expect(text).to.contain('Values from fewer than 10 records are withheld');
    element.parentElement!.remove();
  });

  it('a source given as one string (a Report written before sources were localized) is shown in both languages', async () => {
    const report = visibilityReport();
    const element = await mount({
      ...WIDGETS[0]!,
      data: () => ({ ...report, indicator: { ...report.indicator, source: '市公安局勤务指挥系统' } }),
    });
    const texts = async (): Promise<string> =>
      Array.from(parse(await element.exportSvg()).querySelectorAll('text'), (node) => node.textContent).join(' ');
    expect(await texts()).to.contain('数据来源：市公安局勤务指挥系统');
    element.setAttribute('lang', 'en');
    await element.updateComplete;
    expect(await texts()).to.contain('Source: 市公安局勤务指挥系统');
    element.parentElement!.remove();
  });

  describe("the notes name the periods the picture shows, not the Report's range", () => {
    // visibilityReport: January to June 2019 by district; the Report's range is the half year.
    const CASES: readonly { tag: string; period?: string; shown: [string, string]; zh: string; en: string }[] = [
      { tag: 'indicator-card', shown: ['2019-06', '2019-06'], zh: '统计期：2019年6月', en: 'Period: Jun 2019' },
      ...['indicator-card', 'indicator-bars', 'indicator-table', 'indicator-map', 'indicator-funnel'].map((tag) => ({
        tag,
        period: '2019-04',
        shown: ['2019-04', '2019-04'] as [string, string],
        zh: '统计期：2019年4月',
        en: 'Period: Apr 2019',
      })),
      ...['indicator-trend', 'indicator-spc'].map((tag) => ({
        tag,
        shown: ['2019-01', '2019-06'] as [string, string],
        zh: '统计期：2019年1月 至 2019年6月',
        en: 'Period: Jan 2019 to Jun 2019',
      })),
    ];
    for (const { tag, period, shown, zh, en } of CASES)
      it(`<${tag}>${period === undefined ? '' : ` period="${period}"`}: ${en}`, async () => {
        const element = document.createElement(tag) as LawGaugeElement;
        element.setAttribute('style', 'width: 480px');
        if (period !== undefined) element.setAttribute('period', period);
        element.report = visibilityReport();
        const host = await fixture<HTMLDivElement>(html`<div lang="zh-CN"></div>`);
        host.append(element);
        await element.updateComplete;
        expect(element.periodsShown()).to.deep.equal({ first: shown[0], last: shown[1] });
        // The notes are the image's last group of text.
        const notes = async (): Promise<string[]> =>
          Array.from(
            parse(await element.exportSvg()).documentElement.lastElementChild!.querySelectorAll('text'),
            (node) => node.textContent!,
          );
        expect((await notes())[0]).to.equal(zh);
        element.setAttribute('lang', 'en');
        await element.updateComplete;
        const english = await notes();
        expect(english[0]).to.equal(en);
        expect(english.join(' ')).not.to.contain('January 1, 2019');
        host.remove();
      });

    it('a widget showing no period (one the Report lacks) names none', async () => {
      const element = document.createElement('indicator-bars') as LawGaugeElement;
      element.setAttribute('period', '2020-01');
      element.report = visibilityReport();
      const host = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
      host.append(element);
      await element.updateComplete;
      expect(element.periodsShown()).to.equal(undefined);
      const text = parse(await element.exportSvg()).documentElement.lastElementChild!.textContent!;
      expect(text).not.to.contain('Period');
      expect(text).to.contain('Unit: percent');
      host.remove();
    });
  });

  it('forced colours: the menu button keeps an edge and its icon the text colour; axe passes with the menu open', async () => {
    await executeServerCommand('emulate-media-features', [{ name: 'forced-colors', value: 'active' }]);
    try {
      expect(matchMedia('(forced-colors: active)').matches, 'emulation').to.equal(true);
      const element = await mount(WIDGETS[1]!);
      const summary = menu(element)!.querySelector('summary')!;
      const style = getComputedStyle(summary);
      expect(style.borderTopWidth).to.equal('1px');
      expect(style.borderTopColor).not.to.match(/rgba\(.*, 0\)|transparent/);
      expect(getComputedStyle(summary.querySelector('path')!).stroke).to.equal(style.color);
      menu(element)!.open = true;
      await expect(element).to.be.accessible();
      element.parentElement!.remove();
    } finally {
      await executeServerCommand('emulate-media-features', []);
    }
  });

  it('rejects while the widget shows no data, saying so beside the menu', async () => {
    const element = document.createElement('indicator-card') as Widget;
    document.body.append(element);
    await element.updateComplete;
    let message = '';
    await element.exportSvg().catch((error: Error) => (message = error.message));
    expect(message).to.contain('没有可导出的数据');
    element.remove();
  });
});
