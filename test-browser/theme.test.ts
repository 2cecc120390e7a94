import { expect, fixture, html } from '@open-wc/testing';
import '../widgets/indicator-card/define.js';
import { visibilityReport } from './support/reports.js';

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * channels[0]! + 0.7152 * channels[1]! + 0.0722 * channels[2]!;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('theme', () => {
  for (const theme of ['light', 'dark']) {
    it(`${theme}: text colours reach 4.5:1 and mark colours 3:1 against the background`, async () => {
      const element = await fixture<HTMLElement>(html`<indicator-card theme=${theme} .report=${visibilityReport()}></indicator-card>`);
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
});
