// In-page part of the render benchmark: builds Reports, then times element creation until every
// element has rendered and the layout is computed.
(function () {
  const DISTRICTS = Array.from({ length: 16 }, (_, i) => `区${i + 1}`);
  function periods(count) {
    const keys = [];
    for (let i = 0; i < count; i++) {
      const year = 2010 + Math.floor(i / 12);
      const month = (i % 12) + 1;
      keys.push(`${year}-${String(month).padStart(2, '0')}`);
    }
    return keys;
  }
  function report(periodCount, groups) {
    const rows = [];
    for (const key of periods(periodCount)) {
      const [y, m] = key.split('-');
      const end = new Date(Date.UTC(Number(y), Number(m), 0)).toISOString().slice(0, 10);
      for (const group of [...groups, '*']) {
        const value = 0.6 + 0.3 * Math.abs(Math.sin(rows.length / 7));
        rows.push({ period: key, start: `${key}-01`, end, group: { district: group }, value, numerator: Math.round(value * 50), denominator: 50, n: 50, ci: { low: value - 0.1, high: Math.min(1, value + 0.1) }, status: value > 0.8 ? 'good' : 'warning', flag: null, change: { previous: null, yearAgo: null } });
      }
    }
    return {
      schema: 'lawgauge/report@1',
      indicator: { id: 'street_visibility_rate', label: { 'zh-CN': '街面见警率', en: 'Street police visibility' }, description: { 'zh-CN': '见警率', en: 'Visibility' }, unit: 'percent', polarity: 'higher-better', target: 0.85, thresholds: { good: 0.8, warning: 0.6 }, minSample: 30, display: null, methodology: null, source: null, measure: 'rate', dataset: 'patrol_checks', catalog: { id: 'police-presence', version: '1.0.0' } },
      period: { unit: 'month', from: rows[0].start, to: rows.at(-1).end, toDate: false },
      groupBy: ['district'],
      suppressBelow: null,
      rows,
      quality: { patrol_checks: { read: 1, used: 1, quarantined: 0 } },
    };
  }
  async function time(build) {
    const host = document.createElement('div');
    host.style.width = '1100px';
    document.body.append(host);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const start = performance.now();
    const elements = build(host);
    await Promise.all(elements.map((element) => element.updateComplete));
    host.getBoundingClientRect();
    const elapsed = performance.now() - start;
    host.remove();
    return elapsed;
  }
  window.runRenderBench = async function () {
    const cardReport = report(24, ['区1']);
    const trendReport = report(120, DISTRICTS);
    const groups = DISTRICTS.join(',');
    const results = { cards: [], trend: [] };
    for (let run = 0; run < 7; run++) {
      results.cards.push(await time((host) => Array.from({ length: 100 }, () => {
        const card = document.createElement('indicator-card');
        card.report = cardReport;
        host.append(card);
        return card;
      })));
      results.trend.push(await time((host) => {
        const trend = document.createElement('indicator-trend');
        trend.groups = groups;
        trend.report = trendReport;
        host.append(trend);
        return [trend];
      }));
    }
    return results;
  };
})();
