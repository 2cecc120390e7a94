import { defineWidget } from '../base/define-widget.js';
import { scheduleIntlWarmUp } from '../base/warm-intl.js';
import { ReformProgress } from './reform-progress.js';

export { ReformProgress };
defineWidget('reform-progress', ReformProgress);
// Intl set-up in a task of its own, so the first render does not pay for it (see warm-intl.ts).
scheduleIntlWarmUp();

declare global {
  interface HTMLElementTagNameMap {
    'reform-progress': ReformProgress;
  }
}
