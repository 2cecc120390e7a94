// A server-rendered page: compute a Report in Node and write the widget with it as inline JSON.
// Importing the widgets on the server is harmless (they register nothing without a DOM).
import { builtInCatalog, evaluate, ingest } from 'lawgauge';
import 'lawgauge/widgets';

const catalog = builtInCatalog('procuratorate');
const cases = ingest(catalog.datasets[0], [{ district: '黄浦区', accepted_on: '2019-02-01', arrest_review: '是', prosecution_review: '是', extra_steps: 1 }]);
const [report] = evaluate(catalog, { procuratorate_cases: cases }, { indicators: ['case_proceeding_ratio'], period: 'year', from: '2019-01-01', to: '2019-12-31' });
// "<" is escaped so that no value can close the <script> element.
const json = JSON.stringify(report).replaceAll('<', '\\u003c');
console.log(`<indicator-card><script type="application/json">${json}</script></indicator-card>`);
