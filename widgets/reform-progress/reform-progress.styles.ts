import { css } from 'lit';

export const reformProgressStyles = css`
  /* The tabs never break a word: beside the title when both fit, else below it (controls.styles.ts),
     whole tabs wrapping in a narrow tile (and scrolling sideways should one tab be wider than the tile). */
  .views {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3rem;
    max-width: 100%;
    overflow-x: auto;
    margin-bottom: 0.3rem;
  }
  .views button {
    flex: none;
    white-space: nowrap;
  }
  .views button[aria-pressed='true'] {
    color: var(--lg-bg);
    background: var(--lg-accent);
    border-color: var(--lg-accent);
  }
  .meta {
    margin: 0.2rem 0;
    font-size: 0.85rem;
    color: var(--lg-muted);
  }
  [part='progress'] {
    margin: 0.5rem 0 0.3rem;
  }
  [part='progress'] .value {
    font-size: 1.6rem;
    font-weight: 650;
  }
  svg.bar {
    display: block;
    width: 100%;
    height: 10px;
  }
  svg.bar .track {
    fill: var(--lg-border);
  }
  svg.bar .done {
    fill: var(--lg-good);
  }
  svg.bar .verified {
    fill: var(--lg-accent);
  }
  ul {
    list-style: none;
    margin: 0.4rem 0;
    padding: 0;
  }
  ul.counts {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(8rem, 1fr));
    gap: 0.2rem 0.8rem;
    font-size: 0.85rem;
  }
  .items button {
    display: block;
    width: 100%;
    text-align: left;
    border: none;
    border-bottom: 1px solid var(--lg-border);
    border-radius: 0;
    padding: 0.35rem 0.2rem;
    color: var(--lg-fg);
  }
  .items button[aria-pressed='true'] {
    background: color-mix(in srgb, var(--lg-accent) 12%, transparent);
  }
  .items .detail {
    display: block;
    color: var(--lg-muted);
    font-size: 0.8rem;
  }
  .red {
    color: var(--lg-bad);
  }
  svg.burnup {
    display: block;
    width: 100%;
    height: auto;
  }
  svg.burnup text {
    fill: var(--lg-muted);
    font-size: 11px;
  }
  svg.burnup path {
    fill: none;
    stroke-width: 2;
  }
  svg.burnup .axis {
    stroke: var(--lg-border);
  }
  .b-planned {
    stroke: var(--lg-muted);
    stroke-dasharray: 4 3;
    background: var(--lg-muted);
  }
  .b-completed {
    stroke: var(--lg-series-1);
    background: var(--lg-series-1);
  }
  .b-verified {
    stroke: var(--lg-good);
    background: var(--lg-good);
  }
  .legend {
    display: flex;
    gap: 0.8rem;
    font-size: 0.8rem;
  }
  table {
    border-collapse: collapse;
    font-size: 0.8rem;
  }
  th,
  td {
    padding: 0.1rem 0.5rem;
    text-align: right;
  }
  :host([compact]) ul,
  :host([compact]) .meta.extra {
    display: none;
  }
`;
