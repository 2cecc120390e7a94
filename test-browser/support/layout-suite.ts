import { expect } from '@open-wc/testing';
import { waitFor } from './wait-for.js';

type Chart = HTMLElement & { report: unknown; updateComplete: Promise<boolean>; isUpdatePending: boolean };

export interface ChartUnderTest {
  readonly tag: string;
  /** Valid data for the widget. */
  readonly data: () => object;
  /** The width the chart is drawn at before it has ever been measured (hidden from the start). */
  readonly defaultWidth: number;
}

const frames = async (count: number): Promise<void> => {
  for (let frame = 0; frame < count; frame++) await new Promise((resolve) => requestAnimationFrame(resolve));
};

/** The width the chart is drawn at: its viewBox's. */
const drawnWidth = (element: Chart): number | undefined =>
  element.shadowRoot!.querySelector<SVGSVGElement>('svg[part="chart"]')?.viewBox.baseVal.width;

/** The host's content width, from its border box: less the widget's border and padding. */
const contentWidth = (element: Chart): number => {
  const style = getComputedStyle(element);
  const px = (property: string): number => parseFloat(style.getPropertyValue(property));
  return Math.round(
    element.getBoundingClientRect().width -
      px('border-left-width') -
      px('border-right-width') -
      px('padding-left') -
      px('padding-right'),
  );
};

/** Mounts the chart in a container styled `containerStyle`, counting the element's updates. */
async function mountIn(
  widget: Pick<ChartUnderTest, 'tag' | 'data'>,
  containerStyle: Partial<CSSStyleDeclaration>,
): Promise<{ element: Chart; container: HTMLElement; updates: () => number }> {
  const container = document.createElement('div');
  Object.assign(container.style, containerStyle);
  const element = document.createElement(widget.tag) as Chart;
  let updates = 0;
  const update = (element as unknown as { update: (changed: unknown) => void }).update;
  Object.assign(element, {
    update(this: Chart, changed: unknown) {
      updates++;
      update.call(this, changed);
    },
  });
  element.report = widget.data();
  container.append(element);
  document.body.append(container);
  await element.updateComplete;
  return { element, container, updates: () => updates };
}

/**
 * A chart laid out to its container (ResizeObserver): measured before its first render, drawn
 * again when the container's width changes, not while hidden (0×0), and for paper while printing.
 */
export function sharedLayout(widget: ChartUnderTest): void {
  it("draws its first render at its container's width, and only once", async () => {
    const { element, container, updates } = await mountIn(widget, { width: '420px' });
    expect(drawnWidth(element)).to.equal(contentWidth(element));
    await frames(3);
    await element.updateComplete;
    expect(updates(), 'updates after two frames on screen').to.equal(1);
    container.remove();
  });

  it('subtracts its own padding, which the theme sets (--lg-space)', async () => {
    const { element, container } = await mountIn(widget, { width: '420px' });
    const before = drawnWidth(element)!;
    element.style.setProperty('--lg-space', '30px');
    await waitFor(
      () => drawnWidth(element) === before - 2 * 18,
      `drawn at ${drawnWidth(element)}, expected ${before - 36}`,
    );
    expect(drawnWidth(element)).to.equal(contentWidth(element));
    container.remove();
  });

  it('follows its container when it is resized, and keeps its width while hidden (0×0)', async () => {
    const { element, container } = await mountIn(widget, { width: '420px' });
    container.style.width = '300px';
    await waitFor(
      () => drawnWidth(element) === contentWidth(element),
      `drawn at ${drawnWidth(element)} after the resize, expected ${contentWidth(element)}`,
    );
    const shown = drawnWidth(element);
    container.style.display = 'none';
    await frames(3);
    await element.updateComplete;
    expect(drawnWidth(element), 'while hidden').to.equal(shown);
    container.style.display = '';
    container.style.width = '520px';
    await waitFor(
      () => drawnWidth(element) === contentWidth(element),
      `drawn at ${drawnWidth(element)} once shown, expected ${contentWidth(element)}`,
    );
    container.remove();
  });

  it('hidden when its data arrives: drawn at its default width, then at the container width once shown', async () => {
    const { element, container } = await mountIn(widget, { width: '360px', display: 'none' });
    expect(drawnWidth(element)).to.equal(widget.defaultWidth);
    container.style.display = '';
    await waitFor(
      () => drawnWidth(element) === contentWidth(element),
      `drawn at ${drawnWidth(element)} once shown, expected ${contentWidth(element)}`,
    );
    container.remove();
  });

  it('draws for paper while printing, at most 718 px wide (A4), and for the screen again afterwards', async () => {
    const { element, container } = await mountIn(widget, { width: '1000px' });
    const screen = drawnWidth(element);
    expect(screen).to.equal(contentWidth(element));
    window.dispatchEvent(new Event('beforeprint'));
    // The new drawing is due before the browser lays the page out for print.
    expect(element.isUpdatePending, 'beforeprint').to.equal(true);
    await element.updateComplete;
    expect(drawnWidth(element), 'printing').to.equal(718);
    window.dispatchEvent(new Event('afterprint'));
    await element.updateComplete;
    expect(drawnWidth(element), 'after printing').to.equal(screen);
    // A chart narrower than the paper keeps its width.
    container.style.width = '420px';
    await waitFor(() => drawnWidth(element) === contentWidth(element), 'resize');
    window.dispatchEvent(new Event('beforeprint'));
    await element.updateComplete;
    expect(drawnWidth(element), 'printing, narrow').to.equal(contentWidth(element));
    window.dispatchEvent(new Event('afterprint'));
    await element.updateComplete;
    container.remove();
    // Disconnected, it no longer listens.
    window.dispatchEvent(new Event('beforeprint'));
    expect(element.isUpdatePending, 'after removal').to.equal(false);
    window.dispatchEvent(new Event('afterprint'));
  });
}

/**
 * The table view in a 240 px container (a phone's column, a narrow sidebar): the host does not
 * overflow it; a table wider than the room scrolls sideways inside its own region, which a keyboard
 * can focus and a screen reader names (WCAG 1.4.10 lets a data table scroll in two dimensions).
 */
export function sharedNarrowTable(widget: Pick<ChartUnderTest, 'tag' | 'data'> & { lang: string }): void {
  it('shows its table view in a 240 px container: scrolled in a named region, not over the host', async () => {
    const { element, container } = await mountIn(widget, { width: '240px' });
    element.setAttribute('lang', widget.lang);
    await element.updateComplete;
    const root = element.shadowRoot!;
    root.querySelector<HTMLButtonElement>('[part="toggle"]')!.click();
    await waitFor(() => root.querySelector('table'), 'no table view');
    await element.updateComplete;
    await frames(2);
    const host = element.getBoundingClientRect();
    expect(host.width, 'host width').to.be.at.most(240);
    expect(element.scrollWidth, 'host scroll width').to.be.at.most(element.clientWidth);
    const table = root.querySelector('table')!;
    let region = table.parentElement!;
    while (region !== null && !/auto|scroll/.test(getComputedStyle(region).overflowX)) region = region.parentElement!;
    expect(region, 'a scrolling ancestor of the table').to.not.equal(null);
    expect(region.getRootNode(), 'the region is the widget’s own').to.equal(root);
    expect(region.getAttribute('role')).to.equal('region');
    expect(region.getAttribute('tabindex')).to.equal('0');
    expect(region.getAttribute('aria-label') ?? '').to.not.equal('');
    // More table past an edge shows as a shadow at that edge, with no script: covers that scroll
    // with the table (`local`) over shadows that stay at the region's edges.
    expect(region.scrollWidth, 'the table overflows its region').to.be.greaterThan(region.clientWidth);
    const style = getComputedStyle(region);
    expect(style.backgroundImage.match(/gradient\(/g) ?? [], 'covers and shadows').to.have.length(4);
    expect(style.backgroundAttachment).to.equal('local, local, scroll, scroll');
    const box = region.getBoundingClientRect();
    expect(box.right, 'the region within the host').to.be.at.most(host.right + 0.5);
    expect(box.left).to.be.at.least(host.left - 0.5);
    // Nor are its controls (the pager, the export button) wider than the host.
    for (const item of root.querySelectorAll('button, .pager'))
      expect(item.getBoundingClientRect().right, item.outerHTML.slice(0, 60)).to.be.at.most(host.right + 0.5);
    container.remove();
  });
}
