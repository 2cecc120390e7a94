// A new user's trial of the widgets' inputs: `lawgauge compute --format json` output (an array of
// whole Reports) given to a widget, and `lang` values the widgets do not speak.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { progress } from '../src/index.js';
import '../widgets/indicator-card/define.js';
import '../widgets/reform-progress/define.js';
import programme from './support/programme.json' with { type: 'json' };
import type { IndicatorCard } from '../widgets/indicator-card/indicator-card.js';
import type { LgErrorDetail } from '../widgets/base/lawgauge-element.js';
import { districtReport, manyGroups } from './support/reports.js';

const alertOf = (element: Element): string => element.shadowRoot!.querySelector('[role="alert"]')?.textContent ?? '';

describe('trial: inputs', () => {
  it('an array of whole Reports (compute --format json) is named as such, with their indicators', async () => {
    const reports = [districtReport(), manyGroups(3)];
    const ids = reports.map((report) => report.indicator.id);
    for (const [lang, expected] of [
      [
        'en',
        `got an array of 2 items; it is an array of 2 whole Reports (indicators ${ids.join(', ')}, as lawgauge compute --format json writes them): give one of these Reports, not the array`,
      ],
      [
        'zh-CN',
        `实为含 2 项的数组；各项是完整的指标报告（指标 ${ids.join('、')}，如 lawgauge compute --format json 所输出的数组）：请给出其中一个报告，而不是整个数组`,
      ],
    ] as const) {
      const element = document.createElement('indicator-card') as IndicatorCard;
      element.setAttribute('lang', lang);
      const event = oneEvent(element, 'lg-error');
      (element as unknown as { report: unknown }).report = reports;
      document.body.append(element);
      const detail = (await event).detail as LgErrorDetail;
      await element.updateComplete;
      expect(detail.message).to.contain(expected);
      expect(alertOf(element)).to.contain(expected);
      expect(alertOf(element)).not.to.contain('rows');
      element.remove();
    }
  });

  it('a lang the widgets do not speak gives way to the nearest supported one around it', async () => {
    const wrap = await fixture<HTMLElement>(
      html`<div lang="en-GB"><div lang="fr">
        <indicator-card id="inner" .report=${districtReport()}></indicator-card>
        <indicator-card id="own" lang="fr" .report=${districtReport()}></indicator-card>
      </div></div>`,
    );
    for (const id of ['inner', 'own']) {
      const card = wrap.querySelector<IndicatorCard>(`#${id}`)!;
      await card.updateComplete;
      expect(card.shadowRoot!.textContent, id).to.contain('Street police');
    }
    // None around it: the documented default, zh-CN.
    const alone = await fixture<IndicatorCard>(
      html`<indicator-card lang="fr" .report=${districtReport()}></indicator-card>`,
    );
    expect(document.documentElement.lang === '' || !/^en/i.test(document.documentElement.lang)).to.equal(true);
    expect(alone.shadowRoot!.textContent).to.contain('街面见警率');
  });

  it('an as-of day its month lacks says so, in the CLI’s words', async () => {
    const element = await fixture<HTMLElement>(
      html`<reform-progress lang="en" .report=${progress(programme as never, { asOf: '2019-06-30' })}></reform-progress>`,
    );
    const error = oneEvent(element, 'lg-error');
    element.setAttribute('as-of', '2019-02-30');
    const detail = (await error).detail as LgErrorDetail;
    expect(detail.code).to.equal('invalid_as_of');
    expect(detail.message).to.contain('"2019-02-30" is not a real date: 2019-02 has 28 days, not 30');
  });
});
