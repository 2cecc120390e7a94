import { expect } from '@open-wc/testing';
import { IndicatorTrend } from '../widgets/indicator-trend/indicator-trend.js';
import { holdIdleCallbacks } from './support/idle-callbacks.js';

// Its own file (the warm-up is once per page): a class registered by hand, without lawgauge's
// registration modules, schedules the warm-up when its first element connects.
describe('Intl set-up while idle, from a widget registered by hand', () => {
  it('schedules one idle Intl.NumberFormat in the language of the first widget connected', () => {
    const held = holdIdleCallbacks();
    customElements.define('hand-made-trend', class extends IndicatorTrend {});
    const first = document.createElement('hand-made-trend');
    first.setAttribute('lang', 'en');
    const second = document.createElement('hand-made-trend');
    try {
      expect(held.idle).to.have.length(0);
      document.body.append(first, second);
      expect(held.idle).to.have.length(1);
      expect(held.runFirst()).to.deep.equal(['en']);
    } finally {
      held.restore();
      first.remove();
      second.remove();
    }
  });
});
