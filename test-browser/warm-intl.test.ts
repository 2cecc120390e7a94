import { expect, fixture, html } from '@open-wc/testing';
import { holdIdleCallbacks } from './support/idle-callbacks.js';

// Its own file: the warm-up is once per page, and every test file runs in a fresh page.
// (warm-intl-connect.test.ts covers classes registered by hand.)
describe('Intl set-up while idle, from a registration module', () => {
  it('schedules one idle Intl.NumberFormat per page in the document language when widgets are registered, not again on connect', async () => {
    const held = holdIdleCallbacks();
    document.documentElement.lang = 'en';
    try {
      await import('../widgets/indicator-card/define.js');
      await import('../widgets/indicator-trend/define.js');
      expect(held.idle).to.have.length(1);
      await fixture(html`<indicator-card lang="zh-CN"></indicator-card>`);
      expect(held.idle).to.have.length(1);
      expect(held.runFirst()).to.deep.equal(['en']);
    } finally {
      held.restore();
    }
  });
});
