import { css } from 'lit';

export const indicatorFunnelStyles = css`
  line.grid {
    stroke: var(--lg-border);
  }
  line.axis {
    stroke: var(--lg-muted);
  }
  path.l95,
  path.l998 {
    fill: none;
    stroke: var(--lg-muted);
    stroke-width: 1.5;
  }
  /* Dotted, unlike the dashed target line. */
  path.l95,
  line.l95 {
    stroke-dasharray: 1.5 3;
    stroke-linecap: round;
  }
  line.l95,
  line.l998 {
    stroke: var(--lg-muted);
    stroke-width: 1.5;
  }
  .pt {
    stroke-width: 1.5;
    stroke: var(--lg-neutral);
    fill: var(--lg-neutral);
  }
  .pt.better {
    stroke: var(--lg-good);
    fill: var(--lg-good);
  }
  .pt.worse {
    stroke: var(--lg-bad);
    fill: var(--lg-bad);
  }
  .pt.none {
    stroke: var(--lg-accent);
    fill: var(--lg-accent);
  }
  /* Beyond the 95% limits only: the shape drawn hollow; beyond 99.8%: filled. */
  .pt.hollow {
    fill: var(--lg-bg);
  }
  circle.ring {
    fill: none;
    stroke: var(--lg-fg);
    stroke-width: 2;
  }
  g[role='button'] {
    cursor: pointer;
  }
  g[role='button']:focus {
    outline: none;
  }
  g[role='button']:focus-visible circle.focus {
    stroke: var(--lg-accent);
    stroke-width: 2.5;
    fill: none;
  }
  circle.focus {
    stroke: none;
    fill: transparent;
  }
  text.label {
    font-size: 11px;
    paint-order: stroke;
    stroke: var(--lg-bg);
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  /* A narrow screen scrolls the table sideways (chart.styles.ts) rather than wrapping its cells. */
  th,
  td {
    white-space: nowrap;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.2rem 0.9rem;
    margin: 0.4rem 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.78rem;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 0.3rem;
  }
  .legend svg {
    display: inline;
    width: 22px;
    height: 12px;
    overflow: visible;
  }
  .note,
  .summary {
    margin: 0.4rem 0 0;
    font-size: 0.8rem;
  }
  .note {
    color: var(--lg-muted);
  }
  @media (forced-colors: active) {
    .pt,
    .pt.better,
    .pt.worse,
    .pt.none {
      stroke: CanvasText;
      fill: CanvasText;
    }
    .pt.hollow {
      fill: Canvas;
    }
    path.l95,
    path.l998,
    line.l95,
    line.l998,
    line.axis {
      stroke: CanvasText;
    }
    g[role='button']:focus-visible circle.focus {
      stroke: Highlight;
    }
  }
  @media print {
    svg,
    .legend {
      break-inside: avoid;
    }
  }
`;
