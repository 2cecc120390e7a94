import { html } from 'lit';
import { progress } from '../../src/index.js';
import '../../widgets/reform-progress/define.js';
import programme from '../support/programme.json' with { type: 'json' };
import { visibilityReport } from '../support/reports.js';
import { sharedStates, visualSuite } from './stage.js';

const july = () => progress(programme, { asOf: '2019-07-15' });
const bar = (widget: HTMLElement): Element | null | undefined => widget.shadowRoot?.querySelector('[part~="progress"]');

visualSuite('reform-progress', [
  ...(['summary', 'areas', 'tasks', 'burnup'] as const).map((view) => ({
    name: view,
    template: () => html`<reform-progress view=${view} .report=${july()}></reform-progress>`,
    shows: bar,
  })),
  {
    name: 'compact',
    template: () => html`<reform-progress compact .report=${july()}></reform-progress>`,
    shows: bar,
  },
  // The error state: an indicator Report, which the widget refuses by kind.
  ...sharedStates('reform-progress', july, () => visibilityReport()),
  {
    name: 'unknown-area',
    template: () => html`<reform-progress area="no-such-area" .report=${july()}></reform-progress>`,
    shows: bar,
  },
]);
