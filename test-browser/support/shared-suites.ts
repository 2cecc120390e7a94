import { expect, oneEvent } from '@open-wc/testing';
import { waitFor } from './wait-for.js';

let holds = 0;
/**
 * A URL whose answer the test server keeps back until `release()`: the loading state lasts until
 * the test has checked it, however slow the machine. `state()` asks the server what became of the
 * request: `waiting`, `answered`, `abandoned` by the browser, or `unknown` before it arrived.
 */
export function heldApiUrl(body: unknown): { url: string; release: () => Promise<void>; state: () => Promise<string> } {
  const key = `${Date.now()}-${++holds}`;
  return {
    url: apiUrl(body, { hold: key }),
    release: async () => void (await fetch(`/api/release?key=${key}`)),
    state: async () => ((await (await fetch(`/api/held?key=${key}`)).json()) as { state: string }).state,
  };
}

/** `/api/report` (test-browser/support/report-api.mjs): answers with `body` after `delay` ms. */
export const apiUrl = (body: unknown, query: Record<string, string | number> = {}): string =>
  `/api/report?${new URLSearchParams({ body: typeof body === 'string' ? body : JSON.stringify(body), ...Object.fromEntries(Object.entries(query).map(([key, value]) => [key, String(value)])) }).toString()}`;

type Widget = HTMLElement & { report: unknown; src: string | undefined; updateComplete: Promise<boolean> };

export interface WidgetUnderTest {
  readonly tag: string;
  /** Valid data for the widget. */
  readonly data: () => object;
  /** Data that fails the widget's validation. */
  readonly invalid: () => object;
  /** `::part`s present in the default view with data. */
  readonly parts: readonly string[];
}

async function mount(tag: string, setup: (element: Widget) => void): Promise<Widget> {
  const element = document.createElement(tag) as Widget;
  setup(element);
  document.body.append(element);
  await element.updateComplete;
  return element;
}

const role = (element: Widget, name: string): Element | null => element.shadowRoot!.querySelector(`[role="${name}"]`);

/**
 * The states every widget shares (loading, data, error, no source), each checked with axe.
 * Widget-specific states (suppressed cells, empty groups, …) are tested in the widget's file.
 */
export function sharedStates(widget: WidgetUnderTest): void {
  it('loading: a polite status while src loads, then the data; axe-clean in both', async () => {
    const answer = heldApiUrl(widget.data());
    const element = await mount(widget.tag, (el) => (el.src = answer.url));
    const status = role(element, 'status');
    expect(status?.getAttribute('aria-live')).to.equal('polite');
    await expect(element).to.be.accessible();
    expect(role(element, 'status'), 'still loading while axe ran').to.equal(status);
    await answer.release();
    await waitFor(() => role(element, 'status') === null, 'the data did not load');
    expect(role(element, 'alert'), element.shadowRoot!.textContent ?? '').to.equal(null);
    expect(element.shadowRoot!.querySelector(`[part="${widget.parts[0]}"]`)).not.to.equal(null);
    await expect(element).to.be.accessible();
    element.remove();
  });

  it('error: data failing validation is an alert inside the widget naming the problem, and fires lg-error; axe-clean', async () => {
    const element = document.createElement(widget.tag) as Widget;
    const event = oneEvent(element, 'lg-error');
    element.report = widget.invalid();
    document.body.append(element);
    const { detail } = await event;
    expect(detail.code).to.equal('invalid_report');
    expect(detail.source).to.equal('property');
    await element.updateComplete;
    expect(role(element, 'alert')!.textContent).to.contain(detail.message.split(': ')[0]);
    await expect(element).to.be.accessible();
    element.remove();
  });

  it('no source: says so as a status, not an error; axe-clean', async () => {
    const element = await mount(widget.tag, () => undefined);
    expect(role(element, 'status')).not.to.equal(null);
    expect(role(element, 'alert')).to.equal(null);
    await expect(element).to.be.accessible();
    element.remove();
  });
}

/** The `::part`s a host can style: present with data, and `error` in the error state. */
export function sharedParts(widget: WidgetUnderTest): void {
  it(`exposes ${widget.parts.join(', ')} with data`, async () => {
    const element = await mount(widget.tag, (el) => (el.report = widget.data()));
    for (const name of widget.parts) expect(element.shadowRoot!.querySelector(`[part~="${name}"]`), `part ${name}`).not.to.equal(null);
    element.remove();
  });

  it('exposes error in the error state', async () => {
    const element = await mount(widget.tag, (el) => (el.report = widget.invalid()));
    expect(element.shadowRoot!.querySelector('[part="error"]')).not.to.equal(null);
    element.remove();
  });
}
