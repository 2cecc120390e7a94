// The render benchmark's second peer: ECharts 6, the chart library a Chinese portal would use
// instead, through its modular API (echarts/core with only the charts and components used, as its
// documentation recommends for a smaller bundle) and its SVG renderer, the renderer comparable to
// the widgets' SVG. Served from node_modules through render.html's import map: nothing is
// downloaded at run time. Loaded only by the pages that time it, before the timing starts.
//
// Same data, same size, same content as the widgets: the trend is 16 lines over 120 months with a
// legend, axes and the target line; the bars are one month's best 20 groups and "others (k)" with
// the value and status beside each bar, found by the portal's own code from the same Report (the
// best 20 of 200,000 as <indicator-bars> finds them, in one pass, and the worst for the summary).
// Animation is off: the widgets do not animate, and an animated chart's first frame is not its
// content. ECharts' `aria` option adds its generated description, as the widgets have a summary.
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([
  LineChart,
  BarChart,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  TitleComponent,
  MarkLineComponent,
  AriaComponent,
  SVGRenderer,
]);

const TOTAL = '*';
const STATUS = { good: ['●', '良好'], warning: ['▲', '关注'], bad: ['■', '预警'] };
const PALETTE = ['#1f5fbf', '#b3541e', '#2e7d32', '#6a3d9a'];
let percent;
const format = (value) =>
  (percent ??= new Intl.NumberFormat('zh-CN', {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  })).format(value);
const periodText = (key) => {
  const [year, month] = key.split('-');
  return `${year}年${Number(month)}月`;
};

/** An ECharts instance on a new element of `width` × `height` in `host`, given `option`; returns the element. */
function chart(host, width, height, option) {
  const element = document.createElement('div');
  host.append(element);
  const instance = echarts.init(element, null, { renderer: 'svg', width, height });
  // setOption renders synchronously (lazyUpdate is off by default): the SVG is in the DOM on return.
  instance.setOption(option);
  return element;
}

/** 16 groups × 120 months as lines, the legend, the axes and the target, as <indicator-trend> draws them. */
export function trend(host, report, groups) {
  const periods = [];
  const seen = new Set();
  const byGroup = new Map(groups.map((group) => [group, []]));
  for (const row of report.rows) {
    if (!seen.has(row.period)) {
      seen.add(row.period);
      periods.push(row.period);
    }
    byGroup.get(row.group.district)?.push(row.value);
  }
  const label = report.indicator.label['zh-CN'];
  const target = report.indicator.target;
  return chart(host, 1100, 300, {
    animation: false,
    color: PALETTE,
    aria: { enabled: true },
    title: { text: label, textStyle: { fontSize: 14 } },
    legend: { top: 24, data: groups },
    tooltip: { trigger: 'axis', valueFormatter: format },
    grid: { top: 72, left: 56, right: 16, bottom: 32 },
    xAxis: { type: 'category', data: periods.map(periodText), boundaryGap: false },
    yAxis: { type: 'value', axisLabel: { formatter: format } },
    series: groups.map((group, index) => ({
      name: group,
      type: 'line',
      showSymbol: false,
      data: byGroup.get(group),
      ...(index === 0 && target !== null
        ? {
            markLine: {
              symbol: 'none',
              silent: true,
              data: [{ yAxis: target, name: '目标' }],
              label: { formatter: `目标 ${format(target)}` },
            },
          }
        : {}),
    })),
  });
}

/** One month by district as sorted horizontal bars: the best 20, "others (k)", the target line. */
export function bars(host, report) {
  const label = report.indicator.label['zh-CN'];
  const period = report.rows[report.rows.length - 1].period;
  // The best 20 in one pass, as a portal would rather than sort 200,000 rows for 20 of them.
  const best = [];
  let count = 0;
  let worst;
  for (const row of report.rows) {
    if (row.period !== period || row.group.district === TOTAL || row.value === null) continue;
    count++;
    if (worst === undefined || row.value <= worst.value) worst = row;
    if (best.length === 20 && row.value <= best[19].value) continue;
    let at = best.length;
    while (at > 0 && row.value > best[at - 1].value) at--;
    best.splice(at, 0, row);
    if (best.length > 20) best.pop();
  }
  const others = count - best.length;
  const names = best.map((row) => row.group.district);
  if (others > 0) names.push(`其余 ${others.toLocaleString('zh-CN')} 项 · 以表格查看全部 →`);
  const target = report.indicator.target;
  const colours = { good: '#1a7f37', warning: '#9a6700', bad: '#cf222e' };
  return chart(host, 1100, names.length * 26 + 16, {
    animation: false,
    aria: {
      enabled: true,
      label: {
        description: `${label}，${periodText(period)}，共 ${count.toLocaleString('zh-CN')} 项。 最好：${best[0].group.district} ${format(best[0].value)}；最差：${worst.group.district} ${format(worst.value)}。`,
      },
    },
    tooltip: { valueFormatter: format },
    grid: { top: 0, left: 88, right: 116, bottom: 16 },
    xAxis: { type: 'value', show: false, max: Math.max(target ?? 0, best[0].value) },
    yAxis: { type: 'category', inverse: true, data: names, axisLine: { show: false }, axisTick: { show: false } },
    series: [
      {
        type: 'bar',
        barWidth: 18,
        data: best.map((row) => ({
          value: row.value,
          itemStyle: { color: colours[row.status] },
          label: {
            show: true,
            position: 'right',
            formatter: `${STATUS[row.status][0]} ${format(row.value)} ${STATUS[row.status][1]}`,
          },
        })),
        ...(target === null
          ? {}
          : {
              markLine: {
                symbol: 'none',
                silent: true,
                lineStyle: { type: 'dashed', color: '#1f2328' },
                data: [{ xAxis: target }],
                label: { position: 'end', formatter: `目标 ${format(target)}` },
              },
            }),
      },
    ],
  });
}
