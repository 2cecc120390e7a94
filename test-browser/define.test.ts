import { expect, fixture, html } from '@open-wc/testing';
import { defineWidgets, IndicatorCard } from '../widgets/define.js';
import { defineWidget } from '../widgets/base/define-widget.js';
import { visibilityReport } from './support/reports.js';

function warnings(run: () => void): string[] {
  const seen: string[] = [];
  const original = console.warn;
  console.warn = (message: string) => seen.push(message);
  try {
    run();
  } finally {
    console.warn = original;
  }
  return seen;
}

describe('registration', () => {
  it('lawgauge/widgets registers every tag', () => {
    for (const tag of [
      'indicator-card',
      'indicator-trend',
      'indicator-bars',
      'indicator-table',
      'indicator-map',
      'indicator-funnel',
      'indicator-spc',
    ])
      expect(customElements.get(tag), tag).not.to.equal(undefined);
  });

  it('defineWidgets({prefix}) adds prefixed tags that work like the default ones', async () => {
    defineWidgets({ prefix: 'x' });
    const element = await fixture<HTMLElement>(
      html`<x-indicator-card .report=${visibilityReport()}></x-indicator-card>`,
    );
    expect(element).to.be.instanceOf(IndicatorCard);
    expect(element.shadowRoot!.querySelector('[part="value"]')!.textContent).to.equal('85.4%');
  });

  it('defining the same tags again with the same version is a silent no-op', () => {
    expect(warnings(() => defineWidgets())).to.deep.equal([]);
    expect(warnings(() => defineWidgets({ prefix: 'x' }))).to.deep.equal([]);
  });

  it('a tag taken by something else gets a console warning, never an exception', () => {
    customElements.define('taken-indicator-card', class extends HTMLElement {});
    let result = true;
    const seen = warnings(() => (result = defineWidget('taken-indicator-card', IndicatorCard)));
    expect(result).to.equal(false);
    expect(seen).to.deep.equal([
      'lawgauge: <taken-indicator-card> is already defined by another library; this copy (0.1.0) was not registered',
    ]);
  });

  it('rejects a prefix that cannot start a custom element name', () => {
    expect(() => defineWidgets({ prefix: 'X Y' })).to.throw('defineWidgets: invalid prefix "X Y"');
  });
});
