/* @web/test-runner snapshot v1 */
export const snapshots = {};

snapshots["indicator-bars"] = 
`<svg part="chart" role="group" tabindex="-1" aria-label="街面见警率" aria-describedby="bars-help" viewBox="0 0 454 130" height="130">
<g role="button" data-index="0" tabindex="0" aria-label="黄浦区 90% 良好，2019年3月" aria-pressed="false" class="">
<text text-anchor="end" x="82" y="13">黄浦区</text>
<rect class="good" x="88" y="0" height="18" width="250">
</rect>
<text aria-hidden="true" x="344" y="13">●</text>
<text class="" x="358" y="13">90% 良好</text>
</g>
<g role="button" data-index="1" tabindex="-1" aria-label="=SUM(A1) 80% 良好，2019年3月" aria-pressed="false" class="">
<text text-anchor="end" x="82" y="39">=SUM(A1)</text>
<rect class="good" x="88" y="26" height="18" width="222.2">
</rect>
<text aria-hidden="true" x="316.2" y="39">●</text>
<text class="" x="330.2" y="39">80% 良好</text>
</g>
<g role="button" data-index="2" tabindex="-1" aria-label="徐汇区 70% 关注，2019年3月" aria-pressed="false" class="">
<text text-anchor="end" x="82" y="65">徐汇区</text>
<rect class="warning" x="88" y="52" height="18" width="194.4">
</rect>
<text aria-hidden="true" x="288.4" y="65">▲</text>
<text class="" x="302.4" y="65">70% 关注</text>
</g>
<g role="button" data-index="3" tabindex="-1" aria-label="崇明区 数量过少，已隐去，2019年3月" aria-pressed="false" class="">
<text text-anchor="end" x="82" y="91">崇明区</text>
<rect class="none" x="88" y="78" height="18" width="0">
</rect>
<text class="muted" x="94" y="91">数量过少，已隐去</text>
</g>
<g role="button" data-index="4" tabindex="-1" aria-label="静安区 数量过少，已隐去，2019年3月" aria-pressed="false" class="">
<text text-anchor="end" x="82" y="117">静安区</text>
<rect class="none" x="88" y="104" height="18" width="0">
</rect>
<text class="muted" x="94" y="117">数量过少，已隐去</text>
</g>
</svg>`;
/* end snapshot indicator-bars */

snapshots["indicator-trend"] = 
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
<g role="button" tabindex="0" aria-label="用方向键逐项浏览，Home / End 到首项或末项，回车选中，Esc 离开各项、焦点移到整个图表。">
<rect fill="transparent" x="48" y="12" width="390" height="180">
</rect>
</g>
</svg>`;
/* end snapshot indicator-trend */

snapshots["indicator-card-sparkline"] = 
`<svg part="chart" role="img" viewBox="0 0 454 36" aria-label="街面见警率走势：2019年1月 72.9%，2019年6月 85.4%">
<path d="M2,33L92,33L182,33L272,33L362,33L452,3">
</path>
<circle r="2.5" cx="452" cy="3">
</circle>
</svg>`;
/* end snapshot indicator-card-sparkline */

