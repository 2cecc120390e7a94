// The widgets and the core as ES modules: a Report computed in the page from a few records, given
// to a card as a property.
import 'lawgauge/widgets';
import { builtInCatalog, evaluate, formatValue, ingest } from 'lawgauge';

const catalog = builtInCatalog('procuratorate');
const cases = ingest(catalog.datasets[0], [
  { accepted_on: '2019-03-01', district: '黄浦区', arrest_review: '是', prosecution_review: '是', extra_steps: 1 },
  { accepted_on: '2019-03-09', district: '黄浦区', arrest_review: '否', prosecution_review: '是', extra_steps: 0 },
  { accepted_on: '2019-03-20', district: '徐汇区', arrest_review: '是', prosecution_review: '是', extra_steps: 2 },
]);
const [report] = evaluate(catalog, { procuratorate_cases: cases }, { period: 'quarter', from: '2019-01-01', to: '2019-03-31' });
document.getElementById('computed-card').report = report;
const total = report.rows.find((row) => row.period === '2019-Q1');
document.getElementById('computed').textContent = `在页面中计算：${report.indicator.label['zh-CN']} ${formatValue(total.value, report.indicator, 'zh-CN')}`;
