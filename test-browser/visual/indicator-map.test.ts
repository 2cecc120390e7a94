import { html } from 'lit';
import '../../widgets/indicator-map/define.js';
import { districtReport } from '../support/reports.js';
import { districtGeometry, shanghaiReport } from '../support/map-data.js';
import { badValue, sharedStates, visualSuite } from './stage.js';

const regions = (count: number) => (widget: HTMLElement) =>
  widget.shadowRoot?.querySelectorAll('.region').length === count;

visualSuite('indicator-map', [
  {
    // The 16 districts as tiles, by status: four good, seven to watch, four alerts, 崇明区 withheld.
    name: 'tiles',
    template: () => html`<indicator-map selected="黄浦区" .report=${shanghaiReport()}></indicator-map>`,
    shows: regions(16),
  },
  {
    // Five districts in the Report: the other eleven hatched and named, one group not on the map.
    name: 'tiles-missing',
    template: () => html`<indicator-map .report=${districtReport()}></indicator-map>`,
    shows: regions(16),
  },
  {
    // Synthetic GeoJSON shapes (not real boundaries) joined by code, five quantile classes.
    name: 'geojson',
    template: () =>
      html`<indicator-map color="quantile" join-property="adcode" label-property="name" .geometry=${districtGeometry()} .report=${shanghaiReport(1)}></indicator-map>`,
    shows: regions(16),
  },
  {
    name: 'geojson-status',
    template: () => html`<indicator-map .geometry=${districtGeometry()} .report=${shanghaiReport()}></indicator-map>`,
    shows: regions(16),
  },
  {
    // A ring left open: the alert names where.
    name: 'bad-geometry',
    template: () => {
      const geometry = districtGeometry(2);
      geometry.features[2]!.geometry.coordinates[0]!.pop();
      return html`<indicator-map .geometry=${geometry} .report=${shanghaiReport()}></indicator-map>`;
    },
    shows: (widget) => widget.shadowRoot?.querySelector('[role="alert"]'),
  },
  ...sharedStates('indicator-map', shanghaiReport, () => badValue(shanghaiReport())),
]);
