/* @web/test-runner snapshot v1 */
export const snapshots = {};

snapshots["trend-total-zh"] = 
`<svg part="chart" role="group" tabindex="-1" viewBox="0 0 454 256" height="256" aria-label="街面见警率" aria-describedby="trend-help">
<g aria-hidden="true">
<line class="grid" x1="48" x2="438" y1="228" y2="228">
</line>
<text class="muted" text-anchor="end" x="42" y="232">0%</text>
<line class="grid" x1="48" x2="438" y1="192" y2="192">
</line>
<text class="muted" text-anchor="end" x="42" y="196">20%</text>
<line class="grid" x1="48" x2="438" y1="156" y2="156">
</line>
<text class="muted" text-anchor="end" x="42" y="160">40%</text>
<line class="grid" x1="48" x2="438" y1="120" y2="120">
</line>
<text class="muted" text-anchor="end" x="42" y="124">60%</text>
<line class="grid" x1="48" x2="438" y1="84" y2="84">
</line>
<text class="muted" text-anchor="end" x="42" y="88">80%</text>
<line class="grid" x1="48" x2="438" y1="48" y2="48">
</line>
<text class="muted" text-anchor="end" x="42" y="52">100%</text>
<text class="muted period" x="126" y="248" text-anchor="middle">2019年2月</text>
<text class="muted period" x="282" y="248" text-anchor="middle">2019年4月</text>
<text class="muted period" x="454" y="248" text-anchor="end">2019年6月</text>
<rect class="good-band" x="48" width="390" y="48" height="36">
</rect>
<line class="target" x1="48" x2="438" y1="84" y2="84">
</line>
<g aria-hidden="true">
<line class="event" x1="126" x2="126" y1="33" y2="228">
</line>
<text class="muted" x="129" y="43" text-anchor="start">春节</text>
</g>
<g aria-hidden="true">
<line class="event" x1="360" x2="360" y1="15" y2="228">
</line>
<text class="muted" x="357" y="25" text-anchor="end">
<title>A longer annotation label that cannot fit whole</title>A longer annotation label that cannot…</text>
</g>
<path class="band" d="M48,77.8L126,77.8L204,77.8L282,77.8L360,77.8L438,61L438,96.9L360,121.8L282,121.8L204,121.8L126,121.8L48,121.8Z">
</path>
<path class="line s0" d="M48,96.8L126,96.8L204,96.8L282,96.8L360,96.8L438,74.3">
</path>
</g>
<g role="button" tabindex="0" aria-label="用方向键逐项浏览，Home / End 到首项或末项，回车选中，Esc 离开各项、焦点移到整个图表。">
<rect fill="transparent" x="48" y="48" width="390" height="180">
</rect>
</g>
</svg>`;
/* end snapshot trend-total-zh */

snapshots["trend-group-en"] = 
`<svg part="chart" role="group" tabindex="-1" viewBox="0 0 454 256" height="256" aria-label="Street police visibility" aria-describedby="trend-help">
<g aria-hidden="true">
<line class="grid" x1="48" x2="438" y1="228" y2="228">
</line>
<text class="muted" text-anchor="end" x="42" y="232">0%</text>
<line class="grid" x1="48" x2="438" y1="192" y2="192">
</line>
<text class="muted" text-anchor="end" x="42" y="196">20%</text>
<line class="grid" x1="48" x2="438" y1="156" y2="156">
</line>
<text class="muted" text-anchor="end" x="42" y="160">40%</text>
<line class="grid" x1="48" x2="438" y1="120" y2="120">
</line>
<text class="muted" text-anchor="end" x="42" y="124">60%</text>
<line class="grid" x1="48" x2="438" y1="84" y2="84">
</line>
<text class="muted" text-anchor="end" x="42" y="88">80%</text>
<line class="grid" x1="48" x2="438" y1="48" y2="48">
</line>
<text class="muted" text-anchor="end" x="42" y="52">100%</text>
<text class="muted period" x="126" y="248" text-anchor="middle">Feb 2019</text>
<text class="muted period" x="282" y="248" text-anchor="middle">Apr 2019</text>
<text class="muted period" x="454" y="248" text-anchor="end">Jun 2019</text>
<rect class="good-band" x="48" width="390" y="84" height="144">
</rect>
<line class="target" x1="48" x2="438" y1="84" y2="84">
</line>
<g aria-hidden="true">
<line class="event" x1="126" x2="126" y1="33" y2="228">
</line>
<text class="muted" x="129" y="43" text-anchor="start">春节</text>
</g>
<g aria-hidden="true">
<line class="event" x1="360" x2="360" y1="15" y2="228">
</line>
<text class="muted" x="357" y="25" text-anchor="end">
<title>A longer annotation label that cannot fit whole</title>A longer annotation label that cannot…</text>
</g>
<path class="band" d="M48,73.5L126,73.5L204,73.5L282,73.5L360,73.5L438,55.1L438,89.5L360,120.3L282,120.3L204,120.3L126,120.3L48,120.3Z">
</path>
<path class="line s0" d="M48,93L126,93L204,93L282,93L360,93L438,66">
</path>
</g>
<g role="button" tabindex="0" aria-label="Use the arrow keys to move between items, Home / End for the first or last, Enter to select, Escape to leave the items for the chart as a whole.">
<rect fill="transparent" x="48" y="48" width="390" height="180">
</rect>
</g>
</svg>`;
/* end snapshot trend-group-en */

snapshots["trend-focused"] = 
`<svg part="chart" role="group" tabindex="-1" viewBox="0 0 454 220" height="220" aria-label="街面见警率" aria-describedby="trend-help">
<g aria-hidden="true">
<line class="grid" x1="48" x2="438" y1="192" y2="192">
</line>
<text class="muted" text-anchor="end" x="42" y="196">0%</text>
<line class="grid" x1="48" x2="438" y1="156" y2="156">
</line>
<text class="muted" text-anchor="end" x="42" y="160">20%</text>
<line class="grid" x1="48" x2="438" y1="120" y2="120">
</line>
<text class="muted" text-anchor="end" x="42" y="124">40%</text>
<line class="grid" x1="48" x2="438" y1="84" y2="84">
</line>
<text class="muted" text-anchor="end" x="42" y="88">60%</text>
<line class="grid" x1="48" x2="438" y1="48" y2="48">
</line>
<text class="muted" text-anchor="end" x="42" y="52">80%</text>
<line class="grid" x1="48" x2="438" y1="12" y2="12">
</line>
<text class="muted" text-anchor="end" x="42" y="16">100%</text>
<text class="muted period" x="126" y="212" text-anchor="middle">2019年2月</text>
<text class="muted period" x="282" y="212" text-anchor="middle">2019年4月</text>
<text class="muted period" x="454" y="212" text-anchor="end">2019年6月</text>
<rect class="good-band" x="48" width="390" y="12" height="36">
</rect>
<path class="line s0" d="M48,57L126,57L204,57L282,57L360,57L438,30">
</path>
<path class="line s1" d="M48,79.5L126,79.5L204,79.5L282,79.5L360,79.5L438,79.5">
</path>
</g>
<g role="button" tabindex="0" aria-label="2019年5月：黄浦区 75%，徐汇区 62.5%（样本小）">
<rect fill="transparent" x="48" y="12" width="390" height="180">
</rect>
<circle r="4" class="point s0" cx="360" cy="57">
</circle>
<circle r="4" class="point s1" cx="360" cy="79.5">
</circle>
</g>
</svg>`;
/* end snapshot trend-focused */

