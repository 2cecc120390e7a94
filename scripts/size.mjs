// `npm run size`: min+gzip sizes of the browser bundles. Each has the goal its issue set and a
// ceiling at today's measured size: the run fails when a bundle grows past its ceiling, and says
// how far each still is from its goal. docs/performance.md ("Bundle sizes") tells what each holds
// and why a goal is not met; `npm run size:breakdown -- <bundle>` shows what each source adds.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const budgets = [
  // The widget bundles' ceilings rose by 0.1 with the faster validity walker (issue 21 point 5:
  // 0.08–0.10 KiB gz each, measured 60.90, 18.57, 17.53, 25.25, 26.59, 29.58; docs/performance.md).
  // Issues 3 and 21: 45. Nine widgets and the dashboard, each on the shared base (Lit, loading,
  // the generated Report validity test, words of both languages, the download menu). 61.1 since
  // issue 26: the dashboard's `files` (the user's File objects as blob: URLs for its worker). 61.6
  // since the new-user trial (measured 61.5): a computed panel's data-quality line in both
  // languages, and computing again on a language switch so the worker's words follow it. 61.7
  // (measured 61.55): each data-quality line names its file. 61.9 (61.42 → 61.80): each indicator
  // widget says which periods it shows (`periodsShown()`), so an exported image's notes name those
  // rather than the Report's whole range (+0.12 card, +0.16 map, +0.12 funnel, +0.17 SPC alone).
  // 62.89 (smallsample; main at 705a346 measured 62.14, already over, → 62.79): a value on a small
  // sample marked `*` where drawn (bars, map, SPC and funnel points), worded in a note or legend, and
  // counted in the summaries, in both languages (+0.11 in every bundle for the shared words).
  // 62.7, funnel 27.5, SPC 30.8 (measured 62.61, 27.44, 30.71; coreopts): spc() and funnel(), which
  // the comparison widgets run on a Report carrying none, refuse option keys they do not have
  // (unknown_key with its English words, forbidden_key) instead of ignoring a misspelt one.
  // 62.5 (main measured 62.14 before chartfix; 62.42 after): tile labels that step down a font
  // size to fit their tiles (+0.16 map), the card's sparkline drawn undistorted (+0.05 card).
  { file: 'dist/lawgauge.iife.min.js', what: 'all widgets (IIFE)', goal: 45, ceiling: 62.89 },
  // Issue 21: 15, or 16 if one source of truth cannot fit.
  // 18.96 (measured 18.75 → 18.86): the shared small-sample words (the mark and the count sentence).
  { file: 'dist/lawgauge-indicator-card.iife.min.js', what: '<indicator-card> alone', goal: 16, ceiling: 18.96 },
  { file: 'dist/lawgauge-reform-progress.iife.min.js', what: '<reform-progress> alone', goal: 15, ceiling: 17.6 },
  // Issue 24: 15 without geometry (the host-geometry code is the next-but-two line). 25.3 → 25.4
  // (measured 25.33): controls that wrap below the title as whole items, not breaking their labels,
  // and a wider halo behind the labels on hatched and patterned regions (CSS only; the new-user
  // trial); and a value under the minimum sample says "(small sample)".
  // 25.89 (measured 25.53 → 25.79): small-sample values marked on tiles, named in a note, counted.
  // trial); and a value under the minimum sample says "(small sample)". 25.8 (25.53 → 25.69;
  // chartfix): a tile's name or value too wide for it steps down a font size, then is squeezed.
  { file: 'dist/lawgauge-indicator-map.iife.min.js', what: '<indicator-map> alone', goal: 15, ceiling: 25.89 },
  // Issue 23: 15 each. Also (misc-fixes) the value axis's round-step search for a span across 0
  // with three ticks (0.2 each), and the chart frame shared with the trend.
  // 27.45 (measured 27.03 → 27.35): a `*` on small-sample points, its legend line, the count.
  { file: 'dist/lawgauge-indicator-funnel.iife.min.js', what: '<indicator-funnel> alone', goal: 15, ceiling: 27.45 },
  // 30.0 → 30.2 (measured 30.12; spc branch): limits clipped to each measure kind's bounds, and a
  // value under the minimum sample says "(small sample)".
  // 30.73 (measured 30.33 → 30.63): a `*` on small-sample points, its legend line, the count.
  // value under the minimum sample says "(small sample)". 30.4 (main measured 30.33 before
  // chartfix, 30.33 after: the p' subtitle changes nothing measurable).
  { file: 'dist/lawgauge-indicator-spc.iife.min.js', what: '<indicator-spc> alone', goal: 15, ceiling: 30.73 },
  // Loaded on use: by a map given GeoJSON, TopoJSON or a tile layout; when a document fails its
  // widget's validity test (the full checks and their words); on the first image export.
  { file: 'dist/lawgauge-map-geometry.iife.min.js', what: 'map geometry (on use)', ceiling: 5.0 },
  { file: 'dist/lawgauge-explain.iife.min.js', what: 'explanation (on failure)', ceiling: 13.8 },
  // 4.4 → 4.7 (measured 4.6): a stretched sparkline's marks rescaled so the image's line and end dot
  // are not distorted, and the image's root attributes one function shared with lawgauge/ssr.
  // 4.7 → 4.9 (measured 4.8): the notes wrap with kinsoku (no line starts with closing
  // punctuation or ends with opening punctuation), the punctuation tables shared with lawgauge/ssr.
  { file: 'dist/lawgauge-export.iife.min.js', what: 'image export (on use)', ceiling: 4.9 },
];
let over = 0;
for (const { file, what, goal, ceiling } of budgets) {
  const bytes = readFileSync(file);
  const gzipped = gzipSync(bytes, { level: 9 }).length / 1024;
  const ok = gzipped <= ceiling;
  if (!ok) over++;
  const toGoal = goal === undefined || gzipped <= goal ? '' : `, goal ${goal}: ${(gzipped - goal).toFixed(1)} over`;
  console.log(
    `${ok ? 'ok  ' : 'OVER'} ${what.padEnd(24)} ${(bytes.length / 1024).toFixed(1).padStart(6)} KiB min  ${gzipped.toFixed(1).padStart(5)} KiB gzip  (ceiling ${ceiling}${toGoal})`,
  );
}
process.exitCode = over === 0 ? 0 : 1;
