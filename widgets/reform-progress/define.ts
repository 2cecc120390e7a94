import { defineWidget } from '../base/define-widget.js';
import { ReformProgress } from './reform-progress.js';

export { ReformProgress };
defineWidget('reform-progress', ReformProgress);

declare global {
  interface HTMLElementTagNameMap {
    'reform-progress': ReformProgress;
  }
}
