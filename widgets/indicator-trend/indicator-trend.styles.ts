import { css } from 'lit';

export const indicatorTrendStyles = css`
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3rem 0.8rem;
    margin: 0.2rem 0 0.4rem;
    padding: 0;
    list-style: none;
    font-size: 0.8rem;
  }
  .legend button {
    border: none;
    padding: 0.1rem 0.2rem;
    color: var(--lg-fg);
  }
  .legend button[aria-pressed='false'] {
    color: var(--lg-muted);
    text-decoration: line-through;
  }
  .s0 {
    background: var(--lg-series-1);
    stroke: var(--lg-series-1);
  }
  .s1 {
    background: var(--lg-series-2);
    stroke: var(--lg-series-2);
  }
  .s2 {
    background: var(--lg-series-3);
    stroke: var(--lg-series-3);
  }
  .s3 {
    background: var(--lg-series-4);
    stroke: var(--lg-series-4);
  }
  path.line {
    fill: none;
    stroke-width: 2;
  }
  path.band {
    fill: var(--lg-series-1);
    opacity: 0.15;
  }
  /* An interval with none beside it: a whisker as wide as a band would look. */
  line.band {
    stroke: var(--lg-series-1);
    stroke-width: 6;
    opacity: 0.15;
  }
  /* A run of periods without data, where the line and band break. */
  rect.no-data {
    fill: var(--lg-muted);
    opacity: 0.1;
  }
  text.no-data {
    font-size: 11px;
  }
  circle.lone {
    fill: var(--lg-bg);
    stroke-width: 2;
  }
  rect.good-band {
    fill: var(--lg-good);
    opacity: 0.08;
  }
  line.grid {
    stroke: var(--lg-border);
  }
  line.event {
    stroke: var(--lg-muted);
    stroke-dasharray: 2 3;
  }
  circle.point {
    fill: var(--lg-bg);
    stroke-width: 2;
  }
  g[role='button']:focus circle.point,
  g[role='button']:hover circle.point {
    stroke-width: 3;
    r: 5;
  }
  /* At most four lines on screen, however long an annotation: the whole text stays in the DOM,
     so the live region still announces all of it. */
  .tooltip {
    margin: 0.3rem 0 0;
    min-height: 1.2em;
    font-size: 0.85rem;
    overflow-wrap: anywhere;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 4;
    overflow: hidden;
  }
  .notes-heading {
    margin: 0.8rem 0 0.3rem;
    font-size: 0.85rem;
  }
  .notes {
    margin: 0;
    padding-left: 1.2rem;
    font-size: 0.85rem;
    overflow-wrap: anywhere;
  }
`;
