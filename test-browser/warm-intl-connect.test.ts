import { expect } from '@open-wc/testing';
import { IndicatorTrend } from '../widgets/indicator-trend/indicator-trend.js';
import { nextTask, spyOnNumberFormats } from './support/number-format-spy.js';

// Its own file (the warm-up is once per page): a class registered by hand, without lawgauge's
// registration modules, schedules the warm-up when its first element connects.
describe('Intl set-up in a task of its own, from a widget registered by hand', () => {
  it('builds one Intl.NumberFormat in the language of the first widget connected, in the next task', async () => {
    const spy = spyOnNumberFormats();
    customElements.define('hand-made-trend', class extends IndicatorTrend {});
    const first = document.createElement('hand-made-trend');
    first.setAttribute('lang', 'en');
    const second = document.createElement('hand-made-trend');
    try {
      await nextTask();
      expect(spy.locales).to.deep.equal([]);
      document.body.append(first, second);
      expect(spy.locales).to.deep.equal([]);
      await nextTask();
      expect(spy.locales).to.deep.equal(['en']);
      expect(spy.idleCallbacks).to.have.length(0);
    } finally {
      spy.restore();
      first.remove();
      second.remove();
    }
  });
});
