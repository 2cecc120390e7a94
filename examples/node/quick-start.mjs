import { builtInCatalog, evaluate, ingest } from 'lawgauge';

const catalog = builtInCatalog('court-case-quality');
const cases = ingest(catalog.datasets[0], [
  { case_id: '(2019)沪0101民初1号', district: '黄浦区', case_type: '民事', procedure: '一审', filed_on: '2019-01-07', closed_on: '2019/3/20', time_limit_days: 90 },
  { case_id: '(2019)沪0101民初2号', district: '黄浦区', case_type: '民事', procedure: '一审', filed_on: '2019年2月1日', closed_on: '', time_limit_days: 90 },
]);
const [report] = evaluate(catalog, { cases }, { indicators: ['clearance_rate'], period: 'quarter', from: '2019-01-01', to: '2019-03-31' });
console.log(report.rows[0].value, report.rows[0].numerator, report.rows[0].denominator, report.quality.cases);
