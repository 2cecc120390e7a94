import { isServer, type PropertyDeclarations, type PropertyValues } from 'lit';
import { LawGaugeElement } from './lawgauge-element.js';

/**
 * The width a chart is drawn at while the page prints: A4 portrait's printable width at 96 dpi
 * with the browser's default margins (190 mm). A chart drawn wider would be scaled down to the
 * paper, its text with it; one drawn at this width keeps its text at its screen size.
 */
const PRINT_WIDTH = 718;

/**
 * Base of the charts that lay out to their container's content width (`<indicator-trend>`,
 * `<indicator-bars>`, …, and `<indicator-card>`'s sparkline, drawn one unit a pixel): measured before the first render, so a chart is drawn once at its final
 * width; then followed with a ResizeObserver (a hidden, 0×0 element keeps its last width); and
 * drawn again for print, at most {@link PRINT_WIDTH} wide, and for the screen afterwards.
 */
export abstract class ChartElement extends LawGaugeElement {
  static override properties: PropertyDeclarations = { measuredWidth: { state: true }, printing: { state: true } };

  /** Content width of the host in CSS pixels; 0 until measured. */
  protected measuredWidth = 0;
  /** Between the window's `beforeprint` and `afterprint`. */
  private printing = false;
  private resizeObserver: ResizeObserver | undefined;
  private readonly onPrint = (event: Event): void => void (this.printing = event.type === 'beforeprint');

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizeObserver = new ResizeObserver(() => this.measure());
    this.resizeObserver.observe(this);
    window.addEventListener('beforeprint', this.onPrint);
    window.addEventListener('afterprint', this.onPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    window.removeEventListener('beforeprint', this.onPrint);
    window.removeEventListener('afterprint', this.onPrint);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Waiting for the ResizeObserver's first report would draw the first chart at a default
    // width and then a second time.
    // A server-side render has no layout: it draws at the width lawgauge/ssr gives (`measuredWidth`).
    if (!isServer && this.measuredWidth === 0 && this.phase.kind === 'data') this.measure();
  }

  /** The width to draw at: the measured one (else `fallback`, while never measured), capped while printing. */
  protected chartWidth(fallback: number): number {
    const width = this.measuredWidth > 0 ? this.measuredWidth : fallback;
    return this.printing ? Math.min(width, PRINT_WIDTH) : width;
  }

  /**
   * Escape over a chart's marks: leaves them for the chart as a whole (its `svg[part="chart"]`,
   * a named group focusable by script only, `tabindex="-1"`), so the focus stays, outlined, in
   * the widget rather than falling to the page's body. Tab from there goes back to the mark with
   * the tab stop, Shift+Tab to the control before the chart.
   */
  protected leaveMarks(event: KeyboardEvent): void {
    (event.currentTarget as Element).closest<SVGSVGElement>('svg[part="chart"]')?.focus();
  }

  /** Sets `measuredWidth` to the content width; a hidden element (0×0) keeps the last one. */
  private measure(): void {
    const style = getComputedStyle(this);
    const width = Math.round(this.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight));
    if (width > 0 && width !== this.measuredWidth) this.measuredWidth = width;
  }
}
