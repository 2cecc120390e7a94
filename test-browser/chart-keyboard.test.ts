import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../widgets/indicator-bars/define.js';
import '../widgets/indicator-funnel/define.js';
import '../widgets/indicator-map/define.js';
import '../widgets/indicator-spc/define.js';
import '../widgets/indicator-trend/define.js';
import { ALL_WITHIN, funnelReport, OUTLIERS } from './support/funnel-reports.js';
import { shanghaiReport } from './support/map-data.js';
import { districtReport, visibilityReport } from './support/reports.js';
import { seriesReport, STEADY } from './support/spc-reports.js';
import { waitFor } from './support/wait-for.js';

/** The focused element, through shadow roots, as `tag[part][role]`. */
function focusedDeep(): Element | null {
  let node: Element | null = document.activeElement;
  while (node?.shadowRoot?.activeElement) node = node.shadowRoot.activeElement;
  return node;
}
const named = (node: Element | null): string =>
  node === null
    ? 'none'
    : `${node.localName}${node.hasAttribute('part') ? `[part=${node.getAttribute('part')}]` : ''}${node.hasAttribute('role') ? `[role=${node.getAttribute('role')}]` : ''}${node.id ? `#${node.id}` : ''}`;

const charts: [string, () => ReturnType<typeof html>][] = [
  ['indicator-bars', () => html`<indicator-bars lang="en" .report=${districtReport()}></indicator-bars>`],
  ['indicator-map', () => html`<indicator-map lang="en" .report=${shanghaiReport()}></indicator-map>`],
  ['indicator-trend', () => html`<indicator-trend lang="en" .report=${visibilityReport()}></indicator-trend>`],
  [
    'indicator-funnel',
    () =>
      html`<indicator-funnel lang="en" .report=${funnelReport({ '2019-05': ALL_WITHIN, '2019-06': OUTLIERS })}></indicator-funnel>`,
  ],
  ['indicator-spc', () => html`<indicator-spc lang="en" .report=${seriesReport(STEADY)}></indicator-spc>`],
];

async function mount(template: () => ReturnType<typeof html>): Promise<{ page: HTMLElement; element: HTMLElement }> {
  const page = await fixture<HTMLElement>(
    html`<div><button id="before">before</button>${template()}<button id="after">after</button></div>`,
  );
  const element = page.children[1] as HTMLElement;
  await waitFor(() => element.shadowRoot?.querySelector('svg[part="chart"] [role="button"]'), 'the chart did not draw');
  await (element as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return { page, element };
}

async function tabStops(page: HTMLElement): Promise<string[]> {
  page.querySelector<HTMLElement>('#before')!.focus();
  const stops: string[] = [];
  for (let step = 0; step < 10 && focusedDeep()?.id !== 'after'; step++) {
    await sendKeys({ press: 'Tab' });
    stops.push(named(focusedDeep()));
  }
  return stops;
}

for (const [tag, template] of charts)
  describe(`<${tag}> from the keyboard`, () => {
    it('has one tab stop in its chart, after "Show as table" and then Download, as they are drawn', async () => {
      const { page, element } = await mount(template);
      const root = element.shadowRoot!;
      expect(await tabStops(page)).to.deep.equal([
        'button[part=toggle]',
        'summary[part=export-button]',
        'g[role=button]',
        'button#after',
      ]);
      // Left to right on the screen too: the toggle, then the download button to its right.
      const toggle = root.querySelector('[part="toggle"]')!.getBoundingClientRect();
      const download = root.querySelector('[part="export-button"]')!.getBoundingClientRect();
      expect(download.left).to.be.at.least(toggle.right);
      // The chart is still a group named for screen readers, focusable by script only.
      const chart = root.querySelector('svg[part="chart"]')!;
      expect(chart.getAttribute('role')).to.equal('group');
      expect(chart.getAttribute('aria-label') ?? '').to.not.equal('');
      expect(chart.getAttribute('tabindex')).to.equal('-1');
    });

    it('Escape leaves the marks for the chart as a whole, focused and outlined; Tab goes back to the mark', async () => {
      const { page, element } = await mount(template);
      const root = element.shadowRoot!;
      page.querySelector<HTMLElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'Escape' });
      const chart = root.querySelector('svg[part="chart"]')!;
      expect(named(document.activeElement), 'not the body').to.equal(element.localName);
      expect(named(focusedDeep())).to.equal('svg[part=chart][role=group]');
      expect(root.activeElement === chart, 'the chart itself').to.equal(true);
      expect(chart.matches(':focus-visible')).to.equal(true);
      expect(getComputedStyle(chart).outlineStyle).to.equal('solid');
      await expect(element).to.be.accessible();
      await sendKeys({ press: 'Tab' });
      expect(named(focusedDeep())).to.equal('g[role=button]');
      await sendKeys({ press: 'Escape' });
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(named(focusedDeep())).to.equal('summary[part=export-button]');
    });

    it('the help a screen reader hears says where Escape takes the focus: the chart as a whole, in both languages', async () => {
      const { element } = await mount(template);
      const root = element.shadowRoot!;
      const help = (): string => {
        const ids = root.querySelector('svg[part="chart"]')!.getAttribute('aria-describedby') ?? '';
        return ids
          .split(/\s+/)
          .map((id) => root.getElementById(id)?.textContent ?? '')
          .join(' ');
      };
      const whole = tag === 'indicator-map' ? 'the map as a whole' : 'the chart as a whole';
      expect(help()).to.contain(`Escape to leave the ${tag === 'indicator-map' ? 'regions' : 'items'} for ${whole}`);
      element.setAttribute('lang', 'zh-CN');
      await (element as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      expect(help()).to.contain(
        tag === 'indicator-map' ? 'Esc 离开各地区、焦点移到整个地图' : 'Esc 离开各项、焦点移到整个图表',
      );
    });
  });
