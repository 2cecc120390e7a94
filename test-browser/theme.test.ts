import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../widgets/indicator-card/define.js';
import { visibilityReport } from './support/reports.js';

/** Emulates CSS media features (test-browser/support/media-features-plugin.mjs); [] restores them. */
const emulate = (features: { name: string; value: string }[]): Promise<unknown> =>
  executeServerCommand('emulate-media-features', features);
const card = (theme?: string): Promise<HTMLElement> =>
  fixture<HTMLElement>(html`<indicator-card theme=${theme ?? ''} .report=${visibilityReport()}></indicator-card>`);
const token = (element: Element, name: string): string => getComputedStyle(element).getPropertyValue(name).trim();
const part = (element: Element, name: string): Element => element.shadowRoot!.querySelector(`[part~="${name}"]`)!;

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const channels = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * channels[0]! + 0.7152 * channels[1]! + 0.0722 * channels[2]!;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('theme', () => {
  for (const theme of ['light', 'dark']) {
    it(`${theme}: text colours reach 4.5:1 and mark colours 3:1 against the background`, async () => {
      const element = await fixture<HTMLElement>(
        html`<indicator-card theme=${theme} .report=${visibilityReport()}></indicator-card>`,
      );
      const style = getComputedStyle(element);
      const token = (name: string): string => style.getPropertyValue(name).trim();
      const bg = token('--lg-bg');
      for (const name of ['--lg-fg', '--lg-muted', '--lg-good', '--lg-warning', '--lg-bad', '--lg-accent']) {
        expect(contrast(token(name), bg), `${name} on ${bg}`).to.be.at.least(4.5);
      }
      for (const name of ['--lg-series-1', '--lg-series-2', '--lg-series-3', '--lg-series-4', '--lg-neutral']) {
        expect(contrast(token(name), bg), `${name} on ${bg}`).to.be.at.least(3);
      }
    });
  }

  afterEach(() => emulate([]));

  it('follows the system colour scheme unless the theme attribute overrides it', async () => {
    // `theme=""` is no override: the system decides.
    const light = token(await card('light'), '--lg-bg');
    const dark = token(await card('dark'), '--lg-bg');
    expect(light).not.to.equal(dark);
    for (const scheme of ['light', 'dark']) {
      await emulate([{ name: 'prefers-color-scheme', value: scheme }]);
      expect(token(await card(), '--lg-bg'), `system ${scheme}, no theme`).to.equal(scheme === 'dark' ? dark : light);
      expect(token(await card('light'), '--lg-bg'), `system ${scheme}, theme=light`).to.equal(light);
      expect(token(await card('dark'), '--lg-bg'), `system ${scheme}, theme=dark`).to.equal(dark);
    }
  });

  it('forced colours: status colours become system colours, the status is still said in words, and axe passes', async () => {
    await emulate([{ name: 'forced-colors', value: 'active' }]);
    expect(matchMedia('(forced-colors: active)').matches, 'emulation').to.equal(true);
    const element = await card();
    for (const name of ['--lg-good', '--lg-warning', '--lg-bad', '--lg-series-1'])
      expect(token(element, name), name).to.equal('CanvasText');
    expect(token(element, '--lg-accent')).to.equal('Highlight');
    expect(part(element, 'status').textContent!.trim()).not.to.equal('');
    await expect(element).to.be.accessible();
  });

  it('reduced motion: no transition or animation inside the widget, even one a host page adds through ::part', async () => {
    const style = document.createElement('style');
    style.textContent =
      '@keyframes lg-test-pulse { to { opacity: 0.5; } } indicator-card::part(value) { transition: color 2s; animation: lg-test-pulse 2s infinite; }';
    document.head.append(style);
    try {
      const motion = (element: Element): string[] => {
        const value = getComputedStyle(part(element, 'value'));
        return [value.transitionDuration, value.animationName];
      };
      expect(motion(await card()), 'motion allowed').to.deep.equal(['2s', 'lg-test-pulse']);
      await emulate([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
      expect(motion(await card()), 'reduced motion').to.deep.equal(['0s', 'none']);
    } finally {
      style.remove();
    }
  });
});
