// lawgauge/ssr given data that is not what the widget reads: a LawGaugeError naming the place, in
// the render's language, before anything is drawn (not a TypeError from inside a template).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LawGaugeError } from '../src/index.js';

/** lawgauge/ssr as the tests use it; imported through a variable so the core's typecheck (no DOM) does not follow it into the widgets. */
interface SsrEntry {
  renderWidgetHtml(widget: string, data: unknown, options: Record<string, unknown>): Promise<string>;
  renderWidgetSvg(widget: string, data: unknown, options: Record<string, unknown>): Promise<string>;
  renderDashboardHtml(config: unknown, data: unknown, options: Record<string, unknown>): Promise<string>;
  renderDashboardSvg(config: unknown, data: unknown, options: Record<string, unknown>): Promise<string>;
}
const SSR_ENTRY = '../widgets/ssr/index.js';
const ssr = (await import(SSR_ENTRY)) as SsrEntry;
const REPORT = JSON.parse(readFileSync('examples/dashboard/reports/clearance-rate-quarterly.json', 'utf8')) as {
  rows: { value: unknown }[];
};

async function failure(promise: Promise<string>): Promise<LawGaugeError> {
  const error: unknown = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(LawGaugeError);
  return error as LawGaugeError;
}

describe('lawgauge/ssr checks its data first', () => {
  for (const render of ['renderWidgetSvg', 'renderWidgetHtml'] as const) {
    it(`${render}: a document of another schema, an array, a bad value: the path, in the render's language`, async () => {
      const english = await failure(ssr[render]('indicator-trend', { schema: 'x' }, { lang: 'en' }));
      expect(english.code).toBe('invalid_report');
      expect(english.message).toContain('report.schema: expected "lawgauge/report@1"');
      const chinese = await failure(ssr[render]('indicator-trend', { schema: 'x' }, { lang: 'zh-CN' }));
      expect(chinese.message).toMatch(/^report\.schema: .*[\u4e00-\u9fff]/);
      expect(chinese.message).not.toContain('expected');
      const array = await failure(ssr[render]('indicator-card', [], { lang: 'en' }));
      expect(array.message).toMatch(/^report: expected object, got an array/);
      const bad = structuredClone(REPORT);
      bad.rows[3]!.value = 'abc';
      const value = await failure(ssr[render]('indicator-bars', bad, { lang: 'en' }));
      expect(value.message).toContain('report.rows[3].value');
      const reform = await failure(ssr[render]('reform-progress', REPORT, { lang: 'en' }));
      expect(reform.message).toMatch(/^reformReport\.schema: /);
    });
  }
  it('an option the render does not have is refused, naming the nearest', async () => {
    for (const render of ['renderWidgetSvg', 'renderWidgetHtml'] as const) {
      const error = await failure(ssr[render]('indicator-trend', REPORT, { lang: 'en', widht: 400 }));
      expect(error.code).toBe('invalid_argument');
      expect(error.message).toBe('options.widht: unknown key "widht"; did you mean "width"?');
    }
    const config = { sections: [] };
    for (const render of ['renderDashboardSvg', 'renderDashboardHtml'] as const) {
      const error = await failure(ssr[render](config, [], { theem: 'dark' }));
      expect(error.message).toBe('options.theem: unknown key "theem"; did you mean "theme"?');
    }
  });
  it('the same data, valid, still renders', async () => {
    expect(await ssr.renderWidgetSvg('indicator-trend', REPORT, { lang: 'en' })).toMatch(/^<svg /);
    expect(await ssr.renderWidgetHtml('indicator-trend', REPORT, { lang: 'en' })).toContain('<indicator-trend ');
  });
});
