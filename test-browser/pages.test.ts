import { expect } from '@open-wc/testing';
import { visibilityReport } from './support/reports.js';

/** Loads a page in an iframe and waits until `ready` holds in it. */
async function page(url: string, ready: (win: Window & typeof globalThis) => boolean): Promise<Window & typeof globalThis> {
  const frame = document.createElement('iframe');
  frame.src = url;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as Window & typeof globalThis;
  for (let tries = 0; tries < 100 && !ready(win); tries++) await new Promise((resolve) => setTimeout(resolve, 20));
  return win;
}

const shadowText = (element: Element | null): string => (element?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

describe('pages', () => {
  it('dist/lawgauge.iife.min.js works in a plain HTML page with no build step', async () => {
    const win = await page('/test-browser/pages/iife.html', (w) => (w.document.querySelector('indicator-card')?.shadowRoot?.textContent ?? '').includes('%'));
    const card = win.document.querySelector('indicator-card');
    expect(shadowText(card)).to.contain('Clearance rate');
    expect(shadowText(card)).to.contain('72.7%');
    expect((win as unknown as { LawGauge: Record<string, unknown> }).LawGauge['defineWidgets']).to.be.a('function');
  });

  it('renders under a strict CSP with Trusted Types: no violation, and an XSS corpus stays text', async () => {
    const attack = '<img src=x onerror="window.xssRan=true"></script><script>window.xssRan=true</script>javascript:alert(1)';
    const report = visibilityReport();
    const hostile = {
      ...report,
      indicator: { ...report.indicator, label: { 'zh-CN': `见警率${attack}`, en: `Visibility${attack}` }, source: attack },
    };
    const win = await page(`/test-browser/pages/strict-csp.html?report=${encodeURIComponent(JSON.stringify(hostile))}`, (w) =>
      [...w.document.querySelectorAll('indicator-card')].every((card) => (card.shadowRoot?.textContent ?? '').includes('%')),
    );
    const state = win as unknown as { cspViolations: string[]; xssRan: boolean };
    const cards = [...win.document.querySelectorAll('indicator-card')];
    expect(cards).to.have.length(2);
    for (const card of cards) {
      expect(shadowText(card)).to.contain('<img src=x onerror=');
      expect(card.shadowRoot!.querySelector('img, script')).to.equal(null);
    }
    expect(state.cspViolations).to.deep.equal([]);
    expect(state.xssRan).to.equal(false);
  });
});
