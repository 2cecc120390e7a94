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
    for (const name of widget.parts)
      expect(element.shadowRoot!.querySelector(`[part~="${name}"]`), `part ${name}`).not.to.equal(null);
    element.remove();
  });

  it('exposes error in the error state', async () => {
    const element = await mount(widget.tag, (el) => (el.report = widget.invalid()));
    expect(element.shadowRoot!.querySelector('[part="error"]')).not.to.equal(null);
    element.remove();
  });
}

/** Errors that reached the page while `run` ran: window `error` events and unhandled rejections. */
export async function pageErrors(run: () => Promise<void>): Promise<string[]> {
  const seen: string[] = [];
  const onError = (event: ErrorEvent): void => void seen.push(`error: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent): void =>
    void seen.push(`unhandledrejection: ${String(event.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await run();
    // An unhandled rejection is reported a task after it happens.
    await new Promise((resolve) => setTimeout(resolve, 50));
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return seen;
}

/** An object nested `depth` deep, `{a: {a: …}}`, built by code (no JSON involved). */
export function deepObject(depth: number, top: Record<string, unknown> = {}): Record<string, unknown> {
  let node = top;
  for (let level = 0; level < depth; level++) node = node['a'] = {} as Record<string, unknown>;
  return top;
}

/**
 * Data no JSON makes, as a property: a cyclic document, a Proxy whose every trap throws, a
 * throwing getter, a document nested 20,000 deep. Each ends in the widget's error state, in its
 * language, and nothing reaches the page (no window error, no unhandled rejection) or
 * `updateComplete`. The same deep document as JSON through `src` is invalid data, not a network
 * failure.
 */
export function inputFailures(widget: WidgetUnderTest & { readonly schema: string }): void {
  const trap = (): never => {
    throw new Error('trap sprung');
  };
  const inputs: [string, () => unknown][] = [
    [
      'a cyclic document',
      () => {
        // The document in place of a field the data check reads.
        const data = widget.data() as Record<string, unknown>;
        data[Object.keys(data).find((key) => key !== 'schema')!] = data;
        return data;
      },
    ],
    [
      'a Proxy that throws from every trap',
      () =>
        new Proxy({}, { get: trap, has: trap, ownKeys: trap, getOwnPropertyDescriptor: trap, getPrototypeOf: trap }),
    ],
    [
      'a throwing getter',
      () => {
        // On a field the data check reads after `schema`: the check itself meets the getter.
        const data = { ...widget.data() } as Record<string, unknown>;
        return Object.defineProperty(
          data,
          Object.keys(data).find((key) => key !== 'schema')!,
          { get: trap, enumerable: true },
        );
      },
    ],
    ['a document nested 20,000 deep', () => deepObject(20_000, { schema: widget.schema })],
  ];
  for (const [name, make] of inputs) {
    it(`${name} as the report property: the error state in the widget's language, nothing on the page`, async () => {
      let element!: Widget;
      let detail: { code: string; message: string } | undefined;
      const errors = await pageErrors(async () => {
        element = document.createElement(widget.tag) as Widget;
        element.setAttribute('lang', 'zh-CN');
        element.addEventListener(
          'lg-error',
          (event) => void (detail = (event as CustomEvent<{ code: string; message: string }>).detail),
        );
        element.report = make();
        document.body.append(element);
        expect(await element.updateComplete).to.equal(true);
      });
      expect(errors).to.deep.equal([]);
      expect(detail?.code).to.equal('invalid_report');
      const alert = role(element, 'alert');
      expect(alert, element.shadowRoot!.textContent ?? '').not.to.equal(null);
      // A headline in Chinese: 数据不是有效的…
      expect(alert!.querySelector('strong')!.textContent).to.match(/^数据不是有效的/);
      await expect(element).to.be.accessible();
      element.remove();
    });
  }

  it('the same 20,000-deep document as JSON through src: invalid data, not a network failure', async () => {
    const text = `{"schema":${JSON.stringify(widget.schema)},"deep":${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}}`;
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const element = document.createElement(widget.tag) as Widget;
    element.setAttribute('lang', 'zh-CN');
    const errors = await pageErrors(async () => {
      const event = oneEvent(element, 'lg-error');
      element.src = url;
      document.body.append(element);
      const { detail } = await event;
      expect(detail.code).to.equal('invalid_report');
      expect(detail.source).to.equal(url);
      await element.updateComplete;
    });
    expect(errors).to.deep.equal([]);
    expect(role(element, 'alert')!.querySelector('strong')!.textContent).to.match(/^数据不是有效的/);
    URL.revokeObjectURL(url);
    element.remove();
  });
}

/**
 * A plain array (a Report's rows, `.report = rows`) given as the data: once
 * the explanation has loaded, the alert and `lg-error` say which document was expected and what
 * was given (`an array of 3 items`), in the widget's language.
 */
export function notADocument(
  widget: WidgetUnderTest & {
    /** The words naming the document expected, in each language. */
    readonly expected: { readonly en: string; readonly 'zh-CN': string };
    /** The rows of valid data, when the widget reads a Report (they earn a hint to give the whole). */
    readonly rows?: () => unknown[];
  },
): void {
  const given = async (lang: string, data: unknown): Promise<{ message: string; alert: string }> => {
    const element = document.createElement(widget.tag) as Widget;
    element.setAttribute('lang', lang);
    const event = oneEvent(element, 'lg-error');
    element.report = data;
    document.body.append(element);
    const { detail } = await event;
    expect(detail.code).to.equal('invalid_report');
    await element.updateComplete;
    const alert = role(element, 'alert')!.textContent!;
    element.remove();
    return { message: detail.message as string, alert };
  };

  it('an array as the data: the document expected and an array of N items, in English and Chinese', async () => {
    const rows = widget.rows?.() ?? [1, 2, 3];
    const english = await given('en', rows);
    const got = `got an array of ${rows.length} items`;
    expect(english.message).to.contain(`expected ${widget.expected.en}, ${got}`);
    expect(english.alert).to.contain(`expected ${widget.expected.en}, ${got}`);
    if (widget.rows !== undefined) expect(english.alert).to.contain("its items look like a Report's rows");
    const chinese = await given('zh-CN', rows);
    expect(chinese.alert).to.contain(`应为${widget.expected['zh-CN']}，实为含 ${rows.length} 项的数组`);
    if (widget.rows !== undefined) expect(chinese.alert).to.contain('各项像是报告的行（rows）');
  });

  it('a one-item array: the item counted; a string is still worded by the full check', async () => {
    expect((await given('en', [{}])).alert).to.contain(`expected ${widget.expected.en}, got an array of 1 item`);
    expect((await given('en', 'reports/x.json')).alert).to.contain('expected object, got "reports/x.json"');
  });
}
