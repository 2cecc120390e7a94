import { html } from 'lit';
import '../../widgets/define.js';
import { sharedStates, visualSuite } from './stage.js';

/** Two sections of example Reports (examples/html/reports/), served as `npm start` serves them. */
const config = () => ({
  title: { 'zh-CN': '平安上海', en: 'Safe Shanghai' },
  asOf: '2019-06-30',
  filter: 'district',
  sections: [
    {
      id: 'police',
      title: { 'zh-CN': '见警率', en: 'Police presence' },
      panels: [
        { widget: 'indicator-card', src: '/examples/html/reports/street-visibility-monthly.json' },
        { widget: 'indicator-bars', src: '/examples/html/reports/street-visibility-2019.json', span: 2 },
      ],
    },
    {
      id: 'trend',
      title: { 'zh-CN': '走势', en: 'Trend' },
      panels: [
        {
          widget: 'indicator-trend',
          src: '/examples/html/reports/street-visibility-monthly.json',
          span: 3,
          annotations: [{ date: '2019-11-05', label: { 'zh-CN': '进博会', en: 'Import expo' } }],
        },
      ],
    },
  ],
});

const PANELS = ['indicator-card', 'indicator-bars', 'indicator-trend'];
/** Every panel out of its loading state (showing data, or a status such as "not found"). */
const panelsDrawn = (widget: HTMLElement): boolean => {
  const panels = PANELS.map((tag) => widget.shadowRoot?.querySelector(tag)?.shadowRoot);
  return panels.every(
    (root) =>
      root !== null &&
      root !== undefined &&
      root.querySelector('.state[aria-live]') === null &&
      root.childElementCount > 0,
  );
};

const hashed = (filter: string | undefined): void =>
  history.replaceState(
    null,
    '',
    `${location.pathname}${location.search}${filter === undefined ? '' : `#district=${encodeURIComponent(filter)}`}`,
  );

visualSuite('lawgauge-dashboard', [
  {
    name: 'normal',
    template: () => {
      hashed(undefined);
      return html`<lawgauge-dashboard .report=${config()}></lawgauge-dashboard>`;
    },
    shows: panelsDrawn,
  },
  ...sharedStates('lawgauge-dashboard', config, () => ({ ...config(), sections: [] })),
  {
    // A shared link filtering by a district the data lacks: each panel says which.
    name: 'unknown-group',
    template: () => {
      hashed('不存在区');
      return html`<lawgauge-dashboard .report=${config()}></lawgauge-dashboard>`;
    },
    shows: panelsDrawn,
    cleanup: async () => hashed(undefined),
  },
]);
