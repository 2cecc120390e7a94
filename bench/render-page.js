// In-page part of the render benchmark: builds Reports, then times element creation until every
// element has rendered and the layout is computed.
(function () {
  const DISTRICTS = Array.from({ length: 16 }, (_, i) => `区${i + 1}`);
  /** `count` districts: with their total, one month of them is a Report of `count` + 1 rows. */
  const districts = (count) => Array.from({ length: count }, (_, i) => `区${i + 1}`);
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
        rows.push({
          period: key,
          start: `${key}-01`,
          end,
          group: { district: group },
          value,
          numerator: Math.round(value * 50),
          denominator: 50,
          n: 50,
          ci: { low: value - 0.1, high: Math.min(1, value + 0.1) },
          status: value > 0.8 ? 'good' : 'warning',
          flag: null,
          change: { previous: null, yearAgo: null },
        });
      }
    }
    return {
      schema: 'lawgauge/report@1',
      indicator: {
        id: 'street_visibility_rate',
        label: { 'zh-CN': '街面见警率', en: 'Street police visibility' },
        description: { 'zh-CN': '见警率', en: 'Visibility' },
        unit: 'percent',
        polarity: 'higher-better',
        target: 0.85,
        thresholds: { good: 0.8, warning: 0.6 },
        minSample: 30,
        display: null,
        methodology: null,
        source: null,
        measure: 'rate',
        dataset: 'patrol_checks',
        catalog: { id: 'police-presence', version: '1.0.0' },
      },
      period: { unit: 'month', from: rows[0].start, to: rows.at(-1).end, toDate: false },
      groupBy: ['district'],
      suppressBelow: null,
      rows,
      quality: { patrol_checks: { read: 1, used: 1, quarantined: 0 } },
    };
  }
  // Updates per widget element, to see that none renders again once it is on screen.
  const updates = new WeakMap();
  for (const tag of ['indicator-card', 'indicator-trend', 'indicator-bars', 'indicator-table']) {
    const prototype = customElements.get(tag).prototype;
    const update = prototype.update;
    prototype.update = function (changed) {
      updates.set(this, (updates.get(this) ?? 0) + 1);
      return update.call(this, changed);
    };
  }
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  /** render-echarts.js, once a page timing ECharts has loaded it. */
  let echartsPeer;
  /** Time until every element has rendered and been laid out, and how many rendered again later. */
  async function time({ prepare, build }) {
    const data = prepare();
    const host = document.createElement('div');
    host.style.width = '1100px';
    document.body.append(host);
    await frame();
    const start = performance.now();
    const elements = build(host, data);
    // Widgets finish with their first update; the hand-written peer is done when build returns.
    await Promise.all(elements.map((element) => element.updateComplete));
    host.getBoundingClientRect();
    const end = performance.now();
    const elapsed = end - start;
    // Two frames on screen: a widget whose first layout changes what it draws (its measured
    // width, say) renders again here, which the elapsed time above would not show.
    await frame();
    await frame();
    const renderedAgain = elements.filter((element) => (updates.get(element) ?? 0) > 1).length;
    host.remove();
    // `sinceNavigation`: the page's whole story up to this batch, script loading included.
    return { elapsed, renderedAgain, sinceNavigation: end };
  }
  const BUILDERS = {
    // 100 cards sharing one Report (checked once, as a portal giving one Report to many cards).
    cards: {
      prepare: () => report(24, ['区1']),
      build: (host, cardReport) =>
        Array.from({ length: 100 }, () => {
          const card = document.createElement('indicator-card');
          card.report = cardReport;
          host.append(card);
          return card;
        }),
    },
    trend: {
      prepare: () => report(120, DISTRICTS),
      build: (host, trendReport) => {
        const trend = document.createElement('indicator-trend');
        trend.groups = DISTRICTS.join(',');
        trend.report = trendReport;
        host.append(trend);
        return [trend];
      },
    },
    // One month of 10,000 and 200,000 rows (districts and their total): bars draw the best 20 and
    // "others", the table its first page of 100.
    ...large('bars', 'indicator-bars', 'bars'),
    ...large('table', 'indicator-table', 'table'),
    // The peer (render-baseline.js): the same content by hand-written DOM calls.
    'cards-dom': {
      prepare: () => report(24, ['区1']),
      build: (host, cardReport) => Array.from({ length: 100 }, () => window.renderBaseline.card(host, cardReport)),
    },
    'trend-dom': {
      prepare: () => report(120, DISTRICTS),
      build: (host, trendReport) => [window.renderBaseline.trend(host, trendReport, DISTRICTS)],
    },
    // The second peer, ECharts (render-echarts.js, loaded by runRenderBench before it times).
    'trend-echarts': {
      prepare: () => report(120, DISTRICTS),
      build: (host, trendReport) => [echartsPeer.trend(host, trendReport, DISTRICTS)],
    },
    // <indicator-map>, 300 street polygons (render-map.js), and its hand-written peer.
    'map-300': {
      prepare: () => window.renderMapBench.prepare(),
      build: (host, data) => [window.renderMapBench.widget(host, data)],
    },
    'map-300-dom': {
      prepare: () => window.renderMapBench.prepare(),
      build: (host, data) => [window.renderMapBench.peer(host, data)],
    },
  };
  /** Builders of `key`-10k and `key`-200k, and of their peers (`…-dom`), for one widget. */
  function large(key, tag, peer) {
    const builders = {};
    for (const [size, rows] of [
      ['10k', 10_000],
      ['200k', 200_000],
    ]) {
      const prepare = () => report(1, districts(rows - 1));
      builders[`${key}-${size}`] = {
        prepare,
        build: (host, data) => {
          const element = document.createElement(tag);
          element.report = data;
          host.append(element);
          return [element];
        },
      };
      builders[`${key}-${size}-dom`] = { prepare, build: (host, data) => [window.renderBaseline[peer](host, data)] };
      if (key === 'bars')
        builders[`${key}-${size}-echarts`] = { prepare, build: (host, data) => [echartsPeer.bars(host, data)] };
    }
    return builders;
  }

  /**
   * Page turns of a table of 200,000 rows, each its own task as clicks are: the widget's "next page"
   * button (`table-200k`) or the peer's redrawing of its tbody (`table-200k-dom`). Times each turn
   * until laid out, `turns` of them, after the first render has settled.
   */
  window.runPagingBench = async function (key, turns) {
    const data = report(1, districts(199_999));
    const host = document.createElement('div');
    host.style.width = '1100px';
    document.body.append(host);
    const [element] = BUILDERS[key].build(host, data);
    await element.updateComplete;
    await frame();
    await frame();
    const times = [];
    for (let turn = 1; turn <= turns; turn++) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      const start = performance.now();
      if (key === 'table-200k') {
        [...element.shadowRoot.querySelectorAll('[part="pager"] button')]
          .find((button) => button.textContent === '下一页')
          .click();
        await element.updateComplete;
      } else element.turnPage(turn);
      host.getBoundingClientRect();
      times.push(performance.now() - start);
    }
    host.remove();
    return times;
  };

  /** The column sorts timed by runSortingBench, as a user clicks the headers: value twice, then group twice. */
  const SORTS = [
    { name: 'by value, descending', column: 'value', index: 1, descending: true },
    { name: 'by value, ascending', column: 'value', index: 1, descending: false },
    { name: 'by group, ascending', column: 'group', index: 0, descending: false },
    { name: 'by group, descending', column: 'group', index: 0, descending: true },
  ];
  const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

  /**
   * Sorts of a table of 200,000 rows by its column headers: the widget's header buttons
   * (`table-200k`), or the peer's Array.sort (`table-200k-dom`). Each sort is timed from its click
   * until the new first page is laid out (the widget's `aria-busy` gone), with the longest task
   * the browser reported meanwhile (PerformanceObserver, `longtask`: over 50 ms; 0 when none).
   */
  window.runSortingBench = async function (key) {
    const data = report(1, districts(199_999));
    const host = document.createElement('div');
    host.style.width = '1100px';
    document.body.append(host);
    const [element] = BUILDERS[key].build(host, data);
    await element.updateComplete;
    await frame();
    // The garbage of building 200,000 rows is collected before the sorts are timed.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const results = [];
    for (const sort of SORTS) {
      const tasks = [];
      const observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) tasks.push(entry.duration);
      });
      observer.observe({ type: 'longtask' });
      await nextTask();
      const start = performance.now();
      if (key === 'table-200k') {
        element.shadowRoot.querySelectorAll('thead th')[sort.index].querySelector('button').click();
        await element.updateComplete;
        while (element.shadowRoot.querySelector('table').getAttribute('aria-busy') === 'true') await nextTask();
        await element.updateComplete;
      } else element.sortBy(sort.column, sort.descending);
      host.getBoundingClientRect();
      const elapsed = performance.now() - start;
      // Entries arrive after the task that caused them.
      await new Promise((resolve) => setTimeout(resolve, 100));
      observer.disconnect();
      results.push({ name: sort.name, elapsed, longest: tasks.reduce((longest, task) => Math.max(longest, task), 0) });
    }
    host.remove();
    return results;
  };

  /**
   * Times `runs` batches of one widget; every batch gets new elements and a new Report object.
   * `delayMs` waits before the first batch, as a portal does while fetching its data.
   */
  window.runRenderBench = async function (widget, runs, delayMs) {
    // ECharts' modules load (through render.html's import map) and run before anything is timed,
    // as the widgets' bundle has loaded and run before.
    if (widget.endsWith('-echarts')) {
      // What a portal's bundler defines for a production build: ECharts' modules read it to leave
      // their development checks out.
      globalThis.process ??= { env: { NODE_ENV: 'production' } };
      echartsPeer ??= await import('/bench/render-echarts.js');
    }
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    const results = [];
    for (let run = 0; run < runs; run++) results.push(await time(BUILDERS[widget]));
    return results;
  };
})();
