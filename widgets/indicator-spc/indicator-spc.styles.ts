import { css } from 'lit';

/*
 * Variation colours come from the theme's --lg-improvement, --lg-concern, --lg-special and
 * --lg-common; every mark also differs by shape (disc, square, diamond, dot) and every icon holds
 * a letter, so no meaning rests on colour. The icons' own look is spcIconStyles.
 */
export const indicatorSpcStyles = css`
  .summary {
    margin: 0.2rem 0 0.5rem;
    font-size: 0.9rem;
  }
  .chart-kind {
    margin: 0;
    color: var(--lg-muted);
    font-size: 0.8rem;
  }
  .icons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem 1.2rem;
    margin: 0.4rem 0;
    padding: 0;
    list-style: none;
    font-size: 0.85rem;
  }
  .icons li,
  .legend li {
    display: flex;
    align-items: center;
    gap: 0.4rem;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.2rem 0.9rem;
    margin: 0.4rem 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.8rem;
    color: var(--lg-muted);
  }
  svg.key {
    flex: none;
    width: 22px;
    height: 12px;
    overflow: visible;
  }
  .pt.improvement {
    fill: var(--lg-improvement);
  }
  .pt.concern {
    fill: var(--lg-concern);
  }
  .pt.special {
    fill: var(--lg-special);
  }
  .pt.common {
    fill: var(--lg-common);
  }
  .pt {
    stroke: var(--lg-bg);
    stroke-width: 1;
  }
  path.values {
    fill: none;
    stroke: var(--lg-common);
    stroke-width: 1.5;
  }
  path.centre {
    fill: none;
    stroke: var(--lg-fg);
    stroke-width: 1.5;
  }
  path.limit {
    fill: none;
    stroke: var(--lg-fg);
    stroke-width: 1.25;
    stroke-dasharray: 6 3;
  }
  path.two-sigma {
    fill: none;
    stroke: var(--lg-muted);
    stroke-width: 1;
    stroke-dasharray: 2 3;
  }
  /* Not dashed like the limits: dash-dot, in the accent colour. */
  line.target {
    stroke: var(--lg-accent);
    stroke-dasharray: 10 3 2 3;
  }
  line.grid {
    stroke: var(--lg-border);
  }
  line.phase {
    stroke: var(--lg-fg);
    stroke-dasharray: 1 3;
  }
  svg text.phase-label {
    font-weight: 600;
  }
  rect.no-data {
    fill: var(--lg-muted);
    opacity: 0.1;
  }
  text.no-data {
    font-size: 11px;
  }
  .focus {
    fill: none;
    stroke: var(--lg-accent);
    stroke-width: 2.5;
  }
  .tooltip {
    margin: 0.3rem 0 0;
    min-height: 1.2em;
    font-size: 0.85rem;
    overflow-wrap: anywhere;
  }
  @media (forced-colors: active) {
    .pt {
      fill: Canvas;
      stroke: CanvasText;
      stroke-width: 1.5;
    }
    .pt.common {
      fill: CanvasText;
    }
    .focus {
      stroke: Highlight;
    }
  }
  @media print {
    .tooltip {
      display: none;
    }
  }
`;
