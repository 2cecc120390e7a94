import { expect, fixture, html } from '@open-wc/testing';

// Its own file: the warm-up is once per page, and every test file runs in a fresh page.
// (warm-intl-connect.test.ts covers classes registered by hand.)
describe('Intl set-up while idle, from a registration module', () => {
  it('schedules one idle Intl.NumberFormat per page in the document language when widgets are registered, not again on connect', async () => {
    const idle: IdleRequestCallback[] = [];
    const made: (string | string[] | undefined)[] = [];
    const { requestIdleCallback } = window;
    const { NumberFormat } = Intl;
    window.requestIdleCallback = (callback) => idle.push(callback);
    document.documentElement.lang = 'en';
    try {
      await import('../widgets/indicator-card/define.js');
      await import('../widgets/indicator-trend/define.js');
      expect(idle).to.have.length(1);
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
