import { expect, fixture, html } from '@open-wc/testing';
import '../widgets/indicator-card/define.js';

// Its own file: the warm-up is once per page, and every test file runs in a fresh page.
describe('Intl set-up while idle', () => {
  it('schedules one idle Intl.NumberFormat per page, in the language of the first indicator widget connected', async () => {
    const idle: IdleRequestCallback[] = [];
    const made: (string | string[] | undefined)[] = [];
    const { requestIdleCallback } = window;
    const { NumberFormat } = Intl;
    window.requestIdleCallback = (callback) => idle.push(callback);
    try {
      await fixture(html`<indicator-card lang="en"></indicator-card>`);
      await fixture(html`<indicator-card lang="zh-CN"></indicator-card>`);
      expect(idle).to.have.length(1);
      Intl.NumberFormat = function (locales?: string | string[], options?: Intl.NumberFormatOptions) {
        made.push(locales);
        return new NumberFormat(locales, options);
      } as typeof Intl.NumberFormat;
      idle[0]!({ didTimeout: false, timeRemaining: () => 50 });
      expect(made).to.deep.equal(['en']);
    } finally {
      window.requestIdleCallback = requestIdleCallback;
      Intl.NumberFormat = NumberFormat;
    }
  });
});
