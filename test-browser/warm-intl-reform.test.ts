import { expect } from '@open-wc/testing';
import { nextTask, spyOnNumberFormats } from './support/number-format-spy.js';

// Its own file (the warm-up is once per page): <reform-progress> formats percentages too, and its
// bundle registers it alone.
describe('Intl set-up in a task of its own, from the reform-progress registration module', () => {
  it('builds one Intl.NumberFormat in the document language', async () => {
    document.documentElement.lang = 'en';
    const spy = spyOnNumberFormats();
    try {
      await import('../widgets/reform-progress/define.js');
      await nextTask();
      expect(spy.locales).to.deep.equal(['en']);
      expect(spy.idleCallbacks).to.have.length(0);
    } finally {
      spy.restore();
    }
  });
});
