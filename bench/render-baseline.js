// The render benchmark's peer: the same content written by hand with DOM calls, as a portal team
// would without a widget kit. Each card, chart or table gets a shadow root and one shared style sheet, the
// numbers go through Intl.NumberFormat, the sparkline and the lines are SVG paths, and the text
// summary is there; it has no Report check, no events, no keyboard, no table view and no states.
// So it is a floor: what this content costs the browser, not a competing product.
(function () {
  const SVG = 'http://www.w3.org/2000/svg';
  const CARD_CSS = `:host{display:block;font-family:system-ui,sans-serif;border:1px solid #ccc;border-radius:8px;padding:12px;content-visibility:auto;contain-intrinsic-size:auto 14rem auto 10rem}
.head{display:flex;justify-content:space-between;align-items:baseline;gap:.5rem}h3{margin:0;font-size:.95rem;font-weight:600}
.status{font-size:.85rem;white-space:nowrap}.value{display:block;margin:.35rem 0 .15rem;font-size:1.9rem;font-weight:650;font-variant-numeric:tabular-nums}
.meta{margin:.15rem 0;font-size:.85rem;color:#555}svg{display:block;width:100%;height:36px;margin-top:.4rem}path{fill:none;stroke:#1f5fbf;stroke-width:2}circle{fill:#1f5fbf}
.hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}`;
  const TREND_CSS = `:host{display:block;font-family:system-ui,sans-serif}h3{margin:0;font-size:1rem}ul{display:flex;flex-wrap:wrap;gap:.25rem;list-style:none;padding:0}
button{font:inherit;font-size:.8rem}svg{display:block;width:100%}text{font-size:12px;fill:#555}line{stroke:#ddd}path{fill:none;stroke-width:1.5}
.hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}`;
  const BARS_CSS = `:host{display:block;font-family:system-ui,sans-serif}h3{margin:0;font-size:.95rem}svg{display:block;width:100%}text{font-size:12px;fill:#1f2328}
rect.good{fill:#1a7f37}rect.warning{fill:#9a6700}rect.bad{fill:#cf222e}line{stroke:#1f2328;stroke-dasharray:4 3}.muted{fill:#57606a}
.hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}`;
  const TABLE_CSS = `:host{display:block;font-family:system-ui,sans-serif}table{border-collapse:collapse;width:100%;font-size:.85rem;font-variant-numeric:tabular-nums}
caption{text-align:left;font-weight:600}th,td{text-align:left;padding:.2rem .4rem;border-bottom:1px solid #d0d7de}.num{text-align:right}
th button{border:none;padding:0;font:inherit;font-weight:600}.pager{display:flex;gap:.5rem;margin-top:.5rem}.good{color:#1a7f37}.warning{color:#9a6700}.bad{color:#cf222e}`;
  const STATUS = { good: ['●', '良好'], warning: ['▲', '关注'], bad: ['■', '预警'] };
  const PALETTE = ['#1f5fbf', '#b3541e', '#2e7d32', '#6a3d9a'];
  let sheets;
  let percent;
  let periodLabels;
  function setUp() {
    if (sheets !== undefined) return;
    sheets = {
      card: new CSSStyleSheet(),
      trend: new CSSStyleSheet(),
      bars: new CSSStyleSheet(),
      table: new CSSStyleSheet(),
    };
    sheets.card.replaceSync(CARD_CSS);
    sheets.trend.replaceSync(TREND_CSS);
    sheets.bars.replaceSync(BARS_CSS);
    sheets.table.replaceSync(TABLE_CSS);
    percent = new Intl.NumberFormat('zh-CN', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
    periodLabels = new Map();
  }
  const el = (tag, text, className) => {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    if (className !== undefined) node.className = className;
    return node;
  };
  const svgEl = (tag, attributes) => {
    const node = document.createElementNS(SVG, tag);
    for (const name in attributes) node.setAttribute(name, String(attributes[name]));
    return node;
  };
  const periodText = (key) => {
    let text = periodLabels.get(key);
    if (text === undefined) {
      const [year, month] = key.split('-');
      text = `${year}年${Number(month)}月`;
      periodLabels.set(key, text);
    }
    return text;
  };

  function card(host, report) {
    setUp();
    const element = document.createElement('div');
    const root = element.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [sheets.card];
    const rows = report.rows.filter((row) => row.group.district === '*');
    const row = rows[rows.length - 1];
    const head = el('div', undefined, 'head');
    head.append(
      el('h3', report.indicator.label['zh-CN']),
      el('span', `${row.status === 'good' ? '●' : '▲'} ${row.status === 'good' ? '良好' : '预警'}`, 'status'),
    );
    root.append(head, el('span', percent.format(row.value), 'value'));
    root.append(el('p', `${periodText(row.period)} · 目标 ${percent.format(report.indicator.target)}`, 'meta'));
    root.append(
      el('p', `95%区间 ${percent.format(row.ci.low)}–${percent.format(row.ci.high)} · 样本 ${row.n}`, 'meta'),
    );
    const values = rows.map((r) => r.value);
    const min = Math.min(...values);
    const max = Math.max(...values);
    const x = (index) => (index / (rows.length - 1)) * 116 + 2;
    const y = (value) => 33 - ((value - min) / (max - min || 1)) * 30;
    let d = '';
    for (let i = 0; i < values.length; i++) d += `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)} ${y(values[i]).toFixed(1)}`;
    const chart = svgEl('svg', {
      viewBox: '0 0 120 36',
      preserveAspectRatio: 'none',
      role: 'img',
      'aria-label': `${report.indicator.label['zh-CN']}走势`,
    });
    chart.append(
      svgEl('path', { d }),
      svgEl('circle', { cx: x(values.length - 1).toFixed(1), cy: y(values[values.length - 1]).toFixed(1), r: 2.5 }),
    );
    const first = rows[0];
    root.append(
      chart,
      el(
        'span',
        `${report.indicator.label['zh-CN']}从${periodText(first.period)}的${percent.format(first.value)}变为${periodText(row.period)}的${percent.format(row.value)}`,
        'hidden',
      ),
    );
    host.append(element);
    return element;
  }

  function trend(host, report, groups) {
    setUp();
    const element = document.createElement('div');
    const root = element.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [sheets.trend];
    const byGroup = new Map(groups.map((group) => [group, []]));
    const periods = [];
    const seen = new Set();
    let lo = 0;
    let hi = report.indicator.target ?? 0;
    for (const row of report.rows) {
      if (!seen.has(row.period)) {
        seen.add(row.period);
        periods.push(row.period);
      }
      const list = byGroup.get(row.group.district);
      if (list === undefined) continue;
      list.push(row);
      if (row.value !== null) {
        lo = Math.min(lo, row.value);
        hi = Math.max(hi, row.value);
      }
    }
    const width = 1100;
    const height = 260;
    const left = 48;
    const top = 12;
    const innerWidth = width - left - 16;
    const innerHeight = height - top - 32;
    const index = new Map(periods.map((period, i) => [period, i]));
    const x = (i) => left + (i / (periods.length - 1)) * innerWidth;
    const y = (value) => top + innerHeight - ((value - lo) / (hi - lo || 1)) * innerHeight;
    root.append(el('h3', report.indicator.label['zh-CN']));
    const legend = el('ul');
    for (const group of groups) {
      const item = el('li');
      item.append(el('button', group));
      legend.append(item);
    }
    root.append(
      el('p', `${report.indicator.label['zh-CN']}：${groups.length}个区，${periods.length}个月`, 'hidden'),
      legend,
    );
    const chart = svgEl('svg', {
      viewBox: `0 0 ${width} ${height}`,
      height,
      role: 'img',
      'aria-label': report.indicator.label['zh-CN'],
    });
    for (let k = 0; k <= 4; k++) {
      const value = lo + ((hi - lo) * k) / 4;
      chart.append(svgEl('line', { x1: left, x2: left + innerWidth, y1: y(value), y2: y(value) }));
      const label = svgEl('text', { x: left - 6, y: y(value) + 4, 'text-anchor': 'end' });
      label.textContent = percent.format(value);
      chart.append(label);
    }
    const every = Math.ceil(periods.length / 15);
    for (let i = 0; i < periods.length; i += every) {
      const label = svgEl('text', { x: x(i), y: height - 8, 'text-anchor': 'middle' });
      label.textContent = periodText(periods[i]);
      chart.append(label);
    }
    groups.forEach((group, g) => {
      let d = '';
      let pen = false;
      for (const row of byGroup.get(group)) {
        if (row.value === null) {
          pen = false;
          continue;
        }
        d += `${pen ? 'L' : 'M'}${x(index.get(row.period)).toFixed(1)},${y(row.value).toFixed(1)}`;
        pen = true;
      }
      chart.append(svgEl('path', { d, stroke: PALETTE[g % PALETTE.length] }));
    });
    root.append(chart);
    host.append(element);
    return element;
  }

  /** The rows of the latest period, groups first then the total, as `<indicator-table>` lists them. */
  function latestRows(report) {
    const period = report.rows[report.rows.length - 1].period;
    const groups = [];
    const totals = [];
    for (const row of report.rows) if (row.period === period) (row.group.district === '*' ? totals : groups).push(row);
    for (const row of totals) groups.push(row);
    return groups;
  }

  /**
   * One period by district as sorted bars, as `<indicator-bars>` draws it: the best 20, a bar for
   * the others, the target line, and the text summary naming the best and worst of all.
   */
  function bars(host, report) {
    setUp();
    const element = document.createElement('div');
    const root = element.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [sheets.bars];
    const label = report.indicator.label['zh-CN'];
    const period = report.rows[report.rows.length - 1].period;
    const rows = report.rows.filter((row) => row.period === period && row.group.district !== '*');
    rows.sort((a, b) => b.value - a.value);
    const shown = rows.slice(0, 20);
    let max = report.indicator.target ?? 0;
    for (const row of shown) if (row.value > max) max = row.value;
    const best = rows[0];
    const worst = rows[rows.length - 1];
    root.append(el('h3', `${label} · ${periodText(period)}`));
    root.append(
      el(
        'p',
        `${label}，${periodText(period)}，共 ${rows.length} 项。 最好：${best.group.district} ${percent.format(best.value)}；最差：${worst.group.district} ${percent.format(worst.value)}。`,
        'hidden',
      ),
    );
    const width = 1100;
    const plot = width - 88 - 116;
    const x = (value) => 88 + (value / max) * plot;
    const lines = shown.length + (rows.length > shown.length ? 1 : 0);
    const height = lines * 26 + 16;
    const chart = svgEl('svg', { viewBox: `0 0 ${width} ${height}`, height, role: 'group', 'aria-label': label });
    shown.forEach((row, i) => {
      const y = i * 26;
      const [icon, word] = STATUS[row.status];
      const value = percent.format(row.value);
      const bar = svgEl('g', {
        role: 'button',
        tabindex: i === 0 ? 0 : -1,
        'aria-label': `${row.group.district} ${value} ${word}，${periodText(period)}`,
      });
      const name = svgEl('text', { x: 82, y: y + 13, 'text-anchor': 'end' });
      name.textContent = row.group.district;
      const mark = svgEl('text', { x: x(row.value) + 6, y: y + 13, 'aria-hidden': 'true' });
      mark.textContent = icon;
      const text = svgEl('text', { x: x(row.value) + 20, y: y + 13 });
      text.textContent = `${value} ${word}`;
      bar.append(
        name,
        svgEl('rect', { class: row.status, x: 88, y, height: 18, width: Math.max(1, x(row.value) - 88) }),
        mark,
        text,
      );
      chart.append(bar);
    });
    if (rows.length > shown.length) {
      const others = svgEl('g', {
        role: 'button',
        tabindex: -1,
        'aria-label': `其余 ${rows.length - shown.length} 项 · 以表格查看全部`,
      });
      const text = svgEl('text', { x: 88, y: shown.length * 26 + 13, class: 'muted' });
      text.textContent = `其余 ${rows.length - shown.length} 项 · 以表格查看全部 →`;
      others.append(text);
      chart.append(others);
    }
    const target = report.indicator.target;
    chart.append(svgEl('line', { x1: x(target), x2: x(target), y1: 0, y2: lines * 26 }));
    root.append(chart);
    host.append(element);
    return element;
  }

  /** One page of `<indicator-table>` by hand: rows `first` to `first` + 99 of the latest period, and the pager's text. */
  function tablePage(tbody, status, rows, first) {
    tbody.textContent = '';
    const page = rows.slice(first, first + 100);
    page.forEach((row, i) => {
      const tr = el('tr');
      tr.setAttribute('aria-rowindex', String(first + i + 2));
      const th = el('th');
      th.scope = 'row';
      th.append(el('button', row.group.district === '*' ? '合计' : row.group.district));
      const [icon, word] = STATUS[row.status];
      const status = el('td', undefined, row.status);
      status.textContent = `${icon} ${word}`;
      tr.append(th, el('td', percent.format(row.value), 'num'), status, el('td', '—', 'num'), el('td'));
      tbody.append(tr);
    });
    status.textContent = `第 ${first + 1}–${first + page.length} 行，共 ${rows.length.toLocaleString('zh-CN')} 行`;
  }

  function table(host, report) {
    setUp();
    const element = document.createElement('div');
    const root = element.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [sheets.table];
    const rows = latestRows(report);
    const table = el('table');
    table.setAttribute('aria-rowcount', String(rows.length + 1));
    table.append(el('caption', `${report.indicator.label['zh-CN']} · ${periodText(rows[0].period)}`));
    const head = el('tr');
    for (const name of ['分组', '数值', '状态', '比上期', '近期走势']) {
      const th = el('th');
      th.scope = 'col';
      th.append(el('button', name));
      head.append(th);
    }
    const thead = el('thead');
    thead.append(head);
    const tbody = el('tbody');
    table.append(thead, tbody);
    const pager = el('div', undefined, 'pager');
    const status = el('span');
    status.setAttribute('role', 'status');
    pager.append(el('button', '首页'), el('button', '上一页'), status, el('button', '下一页'), el('button', '末页'));
    tablePage(tbody, status, rows, 0);
    root.append(table, pager, el('p', `目标 ${percent.format(report.indicator.target)}`), el('button', '导出 CSV'));
    let sorted = rows;
    // The page-turning benchmark turns pages through this.
    element.turnPage = (page) => tablePage(tbody, status, sorted, page * 100);
    // The sorting benchmark sorts through this: what a portal writes, Array.sort with a comparator
    // (a collator for names) in the click's task, then the first page drawn again.
    element.sortBy = (column, descending) => {
      const groups = rows.filter((row) => row.group.district !== '*');
      const sign = descending ? -1 : 1;
      if (column === 'value') groups.sort((a, b) => sign * (a.value - b.value));
      else {
        const compare = new Intl.Collator('zh-CN').compare;
        groups.sort((a, b) => sign * compare(a.group.district, b.group.district));
      }
      sorted = groups.concat(rows.filter((row) => row.group.district === '*'));
      tablePage(tbody, status, sorted, 0);
    };
    host.append(element);
    return element;
  }

  window.renderBaseline = { card, trend, bars, table };
})();
