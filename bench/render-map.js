// The render benchmark's map case (issue 24): 300 synthetic street polygons, about 200,000
// coordinates, with a Report of the same 300 streets; `widget` draws them with <indicator-map>,
// `peer` by hand-written DOM calls. The shapes are a wavy grid (NOT real boundaries), generated
// here as scripts/synthetic-geometry.ts does, so the page needs no build step.
(function () {
  const COLUMNS = 20;
  const ROWS = 15;
  /** Points on each edge between two corners: 4 × 166 + 1 ≈ 665 positions a ring, 300 rings ≈ 200,000. */
  const EDGE_POINTS = 165;
  const BOX = [121.0, 30.7, 122.0, 31.9];

  function noise(a, b, c) {
    let hash = 2166136261;
    for (const value of [a, b, c]) hash = Math.imul(hash ^ value, 16777619);
    return ((hash >>> 0) % 100000) / 100000;
  }

  function geometry() {
    const [west, south, east, north] = BOX;
    const width = (east - west) / COLUMNS;
    const height = (north - south) / ROWS;
    const corner = (i, j) => {
      const inner = i > 0 && i < COLUMNS && j > 0 && j < ROWS;
      return [
        west + i * width + (inner ? (noise(i, j, 1) - 0.5) * 0.4 * width : 0),
        north - j * height + (inner ? (noise(i, j, 2) - 0.5) * 0.4 * height : 0),
      ];
    };
    const edge = ([ax, ay], [bx, by], id) => {
      const length = Math.hypot(bx - ax, by - ay);
      const amplitude = length * 0.04 * (0.5 + noise(id[0], id[1], id[2]));
      const points = [];
      for (let step = 0; step <= EDGE_POINTS + 1; step++) {
        const t = step / (EDGE_POINTS + 1);
        const offset = amplitude * Math.sin(Math.PI * 2 * t) + amplitude * 0.15 * Math.sin(Math.PI * 37 * t);
        points.push([
          ax + (bx - ax) * t - ((by - ay) / length) * offset,
          ay + (by - ay) * t + ((bx - ax) / length) * offset,
        ]);
      }
      return points;
    };
    const horizontal = (i, j) => edge(corner(i, j), corner(i + 1, j), [i, j, 0]);
    const vertical = (i, j) => edge(corner(i, j), corner(i, j + 1), [i, j, 1]);
    const features = [];
    for (let j = 0; j < ROWS; j++)
      for (let i = 0; i < COLUMNS; i++) {
        const ring = [
          ...vertical(i, j),
          ...horizontal(i, j + 1).slice(1),
          ...vertical(i + 1, j)
            .reverse()
            .slice(1),
          ...horizontal(i, j).reverse().slice(1),
        ];
        features.push({
          type: 'Feature',
          properties: { name: `街道${features.length + 1}` },
          geometry: { type: 'Polygon', coordinates: [ring] },
        });
      }
    return { type: 'FeatureCollection', features };
  }

  function report(names) {
    const rows = [...names, '*'].map((name, index) => {
      const value = 0.4 + 0.55 * Math.abs(Math.sin(index / 7));
      return {
        period: '2019-03',
        start: '2019-03-01',
        end: '2019-03-31',
        group: { street: name },
        value,
        numerator: Math.round(value * 50),
        denominator: 50,
        n: 50,
        ci: null,
        status: value >= 0.8 ? 'good' : value >= 0.6 ? 'warning' : 'bad',
        flag: null,
        change: { previous: null, yearAgo: null },
      };
    });
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
      period: { unit: 'month', from: '2019-03-01', to: '2019-03-31', toDate: false },
      groupBy: ['street'],
      suppressBelow: null,
      rows,
      quality: { patrol_checks: { read: 1, used: 1, quarantined: 0 } },
    };
  }

  function prepare() {
    const shapes = geometry();
    return { geometry: shapes, report: report(shapes.features.map((feature) => feature.properties.name)) };
  }

  /** The widget; the returned promise settles when all 300 regions are in its shadow root. */
  function widget(host, data) {
    const map = document.createElement('indicator-map');
    map.geometry = data.geometry;
    map.report = data.report;
    host.append(map);
    const count = data.geometry.features.length;
    const drawn = () => map.shadowRoot?.querySelectorAll('.region').length === count;
    // Host geometry resolves after the first update (the geometry code may load as a script):
    // watch the shadow root rather than poll.
    const updateComplete = new Promise((resolve) => {
      const check = () => {
        if (!drawn()) return false;
        observer.disconnect();
        map.updateComplete.then(resolve);
        return true;
      };
      const observer = new MutationObserver(check);
      map.updateComplete.then(() => {
        if (!check()) observer.observe(map.shadowRoot, { childList: true, subtree: true });
      });
    });
    return { updateComplete };
  }

  const SVG = 'http://www.w3.org/2000/svg';
  const MAP_CSS = `:host{display:block;font-family:system-ui,sans-serif}h3{margin:0;font-size:.95rem}svg{display:block;width:100%}
path{stroke:#fff;stroke-width:1}.good{fill:#1a7f37}.warning{fill:#9a6700}.bad{fill:#cf222e}
.hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}`;
  let sheet;

  /**
   * The same map by hand, as a portal team would write it without a widget kit: Mercator by its
   * formula, fitted to the width, every coordinate in the path (no thinning), a status class and an
   * accessible name per region, and a summary; no checks, keyboard, table or states.
   */
  function peer(host, data) {
    if (sheet === undefined) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(MAP_CSS);
    }
    const percent = new Intl.NumberFormat('zh-CN', {
      style: 'percent',
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    });
    const element = document.createElement('div');
    const root = element.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [sheet];
    const rows = new Map(data.report.rows.map((row) => [row.group.street, row]));
    const project = ([lon, lat]) => [(lon * Math.PI) / 180, Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360))];
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    const projected = data.geometry.features.map((feature) =>
      feature.geometry.coordinates.map((ring) =>
        ring.map((position) => {
          const point = project(position);
          minX = Math.min(minX, point[0]);
          maxX = Math.max(maxX, point[0]);
          minY = Math.min(minY, point[1]);
          maxY = Math.max(maxY, point[1]);
          return point;
        }),
      ),
    );
    const width = 1100;
    const scale = Math.min(width / (maxX - minX), 600 / (maxY - minY));
    const height = Math.ceil((maxY - minY) * scale);
    const chart = document.createElementNS(SVG, 'svg');
    chart.setAttribute('viewBox', `0 0 ${width} ${height}`);
    chart.setAttribute('role', 'group');
    chart.setAttribute('aria-label', data.report.indicator.label['zh-CN']);
    data.geometry.features.forEach((feature, index) => {
      let d = '';
      for (const ring of projected[index]) {
        for (let at = 0; at < ring.length - 1; at++)
          d += `${at === 0 ? 'M' : 'L'}${((ring[at][0] - minX) * scale).toFixed(1)} ${((maxY - ring[at][1]) * scale).toFixed(1)}`;
        d += 'Z';
      }
      const row = rows.get(feature.properties.name);
      const path = document.createElementNS(SVG, 'path');
      path.setAttribute('d', d);
      path.setAttribute('class', row.status);
      path.setAttribute('tabindex', index === 0 ? '0' : '-1');
      path.setAttribute('role', 'button');
      path.setAttribute('aria-label', `${feature.properties.name} ${percent.format(row.value)}`);
      chart.append(path);
    });
    const title = document.createElement('h3');
    title.textContent = `${data.report.indicator.label['zh-CN']} · 2019年3月`;
    const summary = document.createElement('p');
    summary.className = 'hidden';
    summary.textContent = `${data.report.indicator.label['zh-CN']}，2019年3月，共 ${rows.size - 1} 个地区。`;
    root.append(title, summary, chart);
    host.append(element);
    return element;
  }

  window.renderMapBench = { prepare, widget, peer };
})();
