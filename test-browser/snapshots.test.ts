import { fixture, html } from '@open-wc/testing';
import { compareSnapshot } from '@web/test-runner-commands';
import '../widgets/define.js';
import { districtReport, visibilityReport } from './support/reports.js';
import { svgSnapshot } from './support/svg-snapshot.js';

// Fixed width so the layout does not depend on the test window.
const sized = 'width: 480px';

/** Two frames, so the ResizeObserver has reported the width and the widget has laid out to it. */
async function settled(element: Element & { updateComplete: Promise<boolean> }): Promise<void> {
  for (let frame = 0; frame < 2; frame++) await new Promise((resolve) => requestAnimationFrame(resolve));
  await element.updateComplete;
}

describe('SVG snapshots (numbers rounded)', () => {
  it('<indicator-bars> by district', async () => {
    const host = await fixture<HTMLElement>(
      html`<div style=${sized}><indicator-bars .report=${districtReport()}></indicator-bars></div>`,
    );
    const element = host.querySelector('indicator-bars')!;
    await settled(element);
    await compareSnapshot({ name: 'indicator-bars', content: svgSnapshot(element.shadowRoot!) });
  });

  it('<indicator-trend> for two groups', async () => {
    const host = await fixture<HTMLElement>(
      html`<div style=${sized}><indicator-trend groups="黄浦区,徐汇区" .report=${visibilityReport()}></indicator-trend></div>`,
    );
    const element = host.querySelector('indicator-trend')!;
    await settled(element);
    await compareSnapshot({ name: 'indicator-trend', content: svgSnapshot(element.shadowRoot!) });
  });

  it('<indicator-card> sparkline', async () => {
    const host = await fixture<HTMLElement>(
      html`<div style=${sized}><indicator-card .report=${visibilityReport()}></indicator-card></div>`,
    );
    const element = host.querySelector<HTMLElement & { updateComplete: Promise<boolean> }>('indicator-card')!;
    await settled(element);
    await compareSnapshot({ name: 'indicator-card-sparkline', content: svgSnapshot(element.shadowRoot!) });
  });
});
