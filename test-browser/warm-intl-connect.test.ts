import { expect } from '@open-wc/testing';
import { IndicatorTrend } from '../widgets/indicator-trend/indicator-trend.js';

// Its own file (the warm-up is once per page): a class registered by hand, without lawgauge's
// registration modules, schedules the warm-up when its first element connects.
describe('Intl set-up while idle, from a widget registered by hand', () => {
  it('schedules one idle Intl.NumberFormat in the language of the first widget connected', () => {
    const idle: IdleRequestCallback[] = [];
    const made: (string | string[] | undefined)[] = [];
    const { requestIdleCallback } = window;
    const { NumberFormat } = Intl;
    window.requestIdleCallback = (callback) => idle.push(callback);
    customElements.define('hand-made-trend', class extends IndicatorTrend {});
    const first = document.createElement('hand-made-trend');
    first.setAttribute('lang', 'en');
    const second = document.createElement('hand-made-trend');
    try {
      expect(idle).to.have.length(0);
      document.body.append(first, second);
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
      first.remove();
      second.remove();
    }
  });
});
