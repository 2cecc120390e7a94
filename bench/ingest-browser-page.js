// The page side of `npm run bench:ingest-browser`: a <lawgauge-dashboard> of one card per
// indicator, each computed by the worker from the File picked in #file (the table read once and
// shared); times from giving the config to every card holding its Report, and records the main
// thread's long tasks meanwhile.

/** Resolves when every card holds a Report; rejects when a panel shows an error. */
function computed(dashboard, count) {
  return new Promise((resolve, reject) => {
    const check = () => {
      const root = dashboard.shadowRoot;
      const alert = root?.querySelector('.computing[role="alert"]');
      if (alert) return reject(new Error(alert.textContent));
      const cards = [...(root?.querySelectorAll('indicator-card') ?? [])];
      if (cards.length === count && cards.every((card) => card.report !== undefined)) return resolve(cards);
      setTimeout(check, 10);
    };
    check();
  });
}

globalThis.runIngestBench = async (indicators) => {
  const file = document.getElementById('file').files[0];
  const longTasks = [];
  let start = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push({ at: entry.startTime - start, duration: entry.duration });
  });
  observer.observe({ type: 'longtask' });
  const panel = (indicator) => ({
    widget: 'indicator-card',
    compute: {
      catalog: 'court-case-quality',
      indicator,
      data: { cases: 'cases.csv' },
      period: 'month',
      by: 'district',
    },
  });
  const config = {
    title: { 'zh-CN': '法院', en: 'Courts' },
    sections: [{ id: 'courts', title: { 'zh-CN': '法院', en: 'Courts' }, panels: indicators.map(panel) }],
  };
  const dashboard = document.createElement('lawgauge-dashboard');
  dashboard.setAttribute('lang', 'en');
  dashboard.worker = '/dist/lawgauge-compute.worker.js';
  dashboard.files = { 'cases.csv': file };
  performance.mark('lawgauge-ingest-start');
  start = performance.now();
  dashboard.report = config;
  document.body.append(dashboard);
  const cards = await computed(dashboard, indicators.length);
  const millis = performance.now() - start;
  // Entries of the last task arrive after it: give the observer a turn.
  await new Promise((resolve) => setTimeout(resolve, 100));
  observer.disconnect();
  performance.mark('lawgauge-ingest-end');
  // The Reports are fetched by a second call, so copying them out is not counted here.
  globalThis.ingestBenchReports = {
    rows: cards.map((card) => card.report.rows),
    quality: cards[0].report.quality ?? null,
  };
  return { millis, bytes: file.size, longTasks };
};
