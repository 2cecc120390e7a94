import { expect, fixture, html } from '@open-wc/testing';
import { nextTask, spyOnNumberFormats } from './support/number-format-spy.js';

// Its own file: the warm-up is once per page, and every test file runs in a fresh page.
// (warm-intl-connect.test.ts covers classes registered by hand.)
describe('Intl set-up in a task of its own, from a registration module', () => {
  it('builds one Intl.NumberFormat per page in the document language, in the task after registration, not again on connect', async () => {
    document.documentElement.lang = 'en';
    const spy = spyOnNumberFormats();
    try {
      await import('../widgets/indicator-card/define.js');
      await import('../widgets/indicator-trend/define.js');
      // A dynamic import resolves tasks later, so the warm-up may already have run; one more
      // task makes sure (warm-intl-connect.test.ts shows it is not done synchronously).
      await nextTask();
      expect(spy.locales).to.deep.equal(['en']);
      expect(spy.idleCallbacks).to.have.length(0);
      await fixture(html`<indicator-card lang="zh-CN"></indicator-card>`);
      await nextTask();
      expect(spy.locales).to.deep.equal(['en']);
    } finally {
      spy.restore();
    }
  });
});
