import { css } from 'lit';

/** Dark values of the theme, used both when the system is dark and with theme="dark". */
const darkTokens = css`
  --lg-bg: #0d1117;
  --lg-fg: #e6edf3;
  --lg-muted: #9da7b3;
  --lg-border: #3d444d;
  --lg-good: #3fb950;
  --lg-warning: #d29922;
  --lg-bad: #f85149;
  --lg-neutral: #9da7b3;
  --lg-accent: #4493f8;
  --lg-series-1: #4493f8;
`;

/**
 * Shared look of every widget: `--lg-*` custom properties with light and dark values (dark
 * follows `prefers-color-scheme` unless `theme="light|dark"` is set), forced-colors support and
 * reduced motion. Colours meet 4.5:1 for text and 3:1 for marks on their backgrounds.
 */
export const themeStyles = css`
  :host {
    --lg-font: system-ui, -apple-system, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif;
    --lg-radius: 8px;
    --lg-space: 12px;
    --lg-bg: #ffffff;
    --lg-fg: #1f2328;
    --lg-muted: #57606a;
    --lg-border: #d0d7de;
    --lg-good: #1a7f37;
    --lg-warning: #9a6700;
    --lg-bad: #cf222e;
    --lg-neutral: #57606a;
    --lg-accent: #0969da;
    --lg-series-1: #0969da;
    --lg-series-2: #bc4c00;
    --lg-series-3: #8250df;
    --lg-series-4: #1a7f37;
    display: block;
    box-sizing: border-box;
    font-family: var(--lg-font);
    color: var(--lg-fg);
    background: var(--lg-bg);
    border: 1px solid var(--lg-border);
    border-radius: var(--lg-radius);
    padding: var(--lg-space);
    contain: content;
  }
  :host([hidden]) {
    display: none;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${darkTokens}
    }
  }
  :host([theme='dark']) {
    ${darkTokens}
  }
  @media (forced-colors: active) {
    :host {
      --lg-good: CanvasText;
      --lg-warning: CanvasText;
      --lg-bad: CanvasText;
      --lg-accent: Highlight;
      --lg-series-1: CanvasText;
      border-color: CanvasText;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  [role='alert'] {
    color: var(--lg-bad);
  }
  /* The download menu (export-menu.ts): a quiet icon in the top corner, its formats below it. */
  .lg-export {
    float: right;
    position: relative;
    z-index: 1;
    margin: 0 0 2px 6px;
    font-size: 0.8rem;
  }
  /* Placed last in a chart's toolbar (exportControl()): the tab order is the visual order. */
  .toolbar > .lg-export {
    align-self: flex-start;
    /* At the right end of its line, also when it wraps below the title: its list opens leftwards. */
    margin: 0 0 0 auto;
  }
  .toolbar > .lg-export-error {
    flex-basis: 100%;
  }
  .lg-export > summary {
    display: block;
    cursor: pointer;
    color: var(--lg-muted);
    line-height: 0;
    padding: 2px;
    /* Drawn in forced colours, where a button needs an edge. */
    border: 1px solid transparent;
  }
  .lg-export[open] > summary {
    color: var(--lg-accent);
  }
  .lg-export > div {
    position: absolute;
    right: 0;
    display: grid;
    background: var(--lg-bg);
    border: 1px solid var(--lg-border);
    padding: 2px;
  }
  .lg-export button {
    font: inherit;
    color: var(--lg-accent);
    background: none;
    border: 0;
    padding: 4px 8px;
    white-space: nowrap;
    cursor: pointer;
  }
  .lg-export :focus-visible {
    outline: 2px solid var(--lg-accent);
  }
  .lg-export-error {
    clear: both;
    margin: 0 0 4px;
    font-size: 0.8rem;
  }
  @media print {
    /* A widget is printed whole on one page when it fits: not its title at the foot of one page
       and its value at the head of the next. */
    :host {
      break-inside: avoid;
    }
    .lg-export {
      display: none;
    }
  }
  /* Status text colours; the icon and word beside them carry the meaning too. */
  .good {
    color: var(--lg-good);
  }
  .warning {
    color: var(--lg-warning);
  }
  .bad {
    color: var(--lg-bad);
  }
  .state {
    color: var(--lg-muted);
  }
`;
