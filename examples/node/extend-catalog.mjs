import { builtInCatalog, extendCatalog } from 'lawgauge';

const mine = extendCatalog(builtInCatalog('court-case-quality'), {
  indicators: { clearance_rate: { thresholds: { good: 0.95, warning: 0.9 } } },
  datasets: { cases: { fields: { district: { label: { 'zh-CN': '辖区', en: 'Area' } } } } },
});
console.log(mine.indicators.find((indicator) => indicator.id === 'clearance_rate').thresholds);
