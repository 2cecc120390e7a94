// `npm run size`: min+gzip sizes of the browser bundles. Each has the goal its issue set and a
// ceiling at today's measured size: the run fails when a bundle grows past its ceiling, and says
// how far each still is from its goal. docs/performance.md ("Bundle sizes") tells what each holds
// and why a goal is not met; `npm run size:breakdown -- <bundle>` shows what each source adds.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const budgets = [
  // Session 37's merged build (all its branches together) measured: all 65.05, card 19.47, reform
  // 17.90, map 26.93, funnel 27.97, SPC 31.29, explanation 15.17; each ceiling is that + ~0.1. What
  // grew every widget bundle: a Report row's value checked against its numerator ÷ denominator
  // (value_of_parts), two data sources named in the widget's language, `compute_failed` for a
  // dashboard panel's lg-error, the table's roving tab stop (table, all), whole words in table
  // cells and print breaks (CSS), the Escape help text; the explanation: the missing-day words of
  // every date check, an array of whole Reports explained, value_of_parts worded in both languages.
  // Session 36's merged build (all its branches together) measured: all 64.40, card 19.22, reform
  // 17.73, map 26.59, funnel 27.69, SPC 31.01, explanation 14.24; each ceiling is that + ~0.1.
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
  // 63.6 (session 35; measured 61.42 before it, 63.53 after): export notes name the periods shown,
  // a value on a small sample marked `*` and worded in a note, legend and summary (bars, map, SPC,
  // funnel), spc() and funnel() refusing unknown option keys, map tile labels that step down a font
  // size to fit, the card's sparkline drawn undistorted, control labels kept whole. 63.9 (session
  // 36, measured 63.81): the card measures its width (the charts' ChartElement) to draw its
  // sparkline one unit a pixel; tile labels measured by lawgauge/ssr's width estimate (its table of
  // Latin widths, shared); chart table views scroll in a focusable, named region. Then
  // (option-keys, +0.20): the global `LawGauge.formatValue` refuses an unknown option key and names
  // the nearest (the edit distance); the SPC and funnel widgets no longer carry it. Then (keyboard,
  // +0.31): Escape focuses the chart's group (ChartElement), the download button placed in the
  // charts' title bars (exportControl), the table views' CSS scroll shadow. Then (reform-words,
  // +0.1): reform owners in the page's language, leaf-task wording, months.
  // Then (widget-trial, session 37; measured all 64.78, card 19.32, reform 17.84, map 26.71,
  // funnel 27.79, SPC 31.12, explanation 14.51; each ceiling that + 0.1): the table's rows one tab
  // stop (roving tabindex, arrow keys, Page Up/Down), table cells' words whole, widgets whole on a
  // printed page, a computed panel's `lg-error` (`compute_failed`, its words in every bundle's
  // base), `lang` falling back to the nearest supported ancestor; in the explanation chunk, an
  // array of whole Reports named as such, with their indicators, in both languages.
  { file: 'dist/lawgauge.iife.min.js', what: 'all widgets (IIFE)', goal: 45, ceiling: 65.2 },
  // Issue 21: 15, or 16 if one source of truth cannot fit. 18.96 (session 35, 18.60 → 18.91): the
  // periods shown in export notes, the shared small-sample words, the undistorted sparkline.
  // 19.2 (session 36, measured 19.10): the card is a ChartElement (measured width, ResizeObserver,
  // print width), so its sparkline is drawn at its width instead of stretched to it.
  { file: 'dist/lawgauge-indicator-card.iife.min.js', what: '<indicator-card> alone', goal: 16, ceiling: 19.6 },
  // 17.8 (session 36, measured 17.7): owners named in the page's language, counts said to be of
  // leaf tasks, burn-up months as short month labels; then the keyboard fixes.
  { file: 'dist/lawgauge-reform-progress.iife.min.js', what: '<reform-progress> alone', goal: 15, ceiling: 18.0 },
  // Issue 24: 15 without geometry (the host-geometry code is the next-but-two line). 26.0 (session
  // 35, 25.27 → 25.95): control labels kept whole, a wider halo behind labels on patterns, the
  // periods shown in export notes, small-sample marks and note, tile labels stepped down to fit.
  // 26.4 (session 36, measured 26.34): tile labels measured by the width estimate lawgauge/ssr
  // lays out by (widgets/base/text-width.ts, a table of 95 Latin widths), with their halo; the
  // table view's scrolling region.
  { file: 'dist/lawgauge-indicator-map.iife.min.js', what: '<indicator-map> alone', goal: 15, ceiling: 27.0 },
  // Issue 23: 15 each. Also (misc-fixes) the value axis's round-step search for a span across 0
  // with three ticks (0.2 each), and the chart frame shared with the trend. Session 35 (funnel
  // 26.81 → 27.76, SPC 29.88 → 31.01): the periods shown in export notes, small-sample marks,
  // legend line and count, limits clipped to the measure's bounds (SPC), option keys checked.
  { file: 'dist/lawgauge-indicator-funnel.iife.min.js', what: '<indicator-funnel> alone', goal: 15, ceiling: 28.1 },
  { file: 'dist/lawgauge-indicator-spc.iife.min.js', what: '<indicator-spc> alone', goal: 15, ceiling: 31.4 },
  // Loaded on use: by a map given GeoJSON, TopoJSON or a tile layout; when a document fails its
  // widget's validity test (the full checks and their words); on the first image export.
  { file: 'dist/lawgauge-map-geometry.iife.min.js', what: 'map geometry (on use)', ceiling: 5.0 },
  // 14.3 (option-keys, 13.72 → 14.20): a widget given an array (`.report = rows`) is told, in both
  // languages, which document it expected and how many items it got; and "did you mean" in unknown_key.
  // 14.8 (cli-words, 14.24 → 14.71 measured): a Report's or dashboard's date the calendar lacks is
  // worded as every date check words it ("2019-02 has 28 days, not 30", both languages: dayIssue,
  // missingDay and the invalid_date words of the YYYY-MM-DD variant); the widget bundles are unchanged.
  { file: 'dist/lawgauge-explain.iife.min.js', what: 'explanation (on failure)', ceiling: 15.3 },
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
