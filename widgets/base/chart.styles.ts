import { css } from 'lit';

/** What every chart widget shares: toolbar, summary, table view, focus rings, status colours. */
export const chartStyles = css`
  .toolbar {
    display: flex;
    justify-content: space-between;
    align-items: baseline;
    gap: 0.5rem;
  }
  h3 {
    margin: 0 0 0.4rem;
    font-size: 0.95rem;
  }
  button {
    font: inherit;
    font-size: 0.8rem;
    color: var(--lg-accent);
    background: transparent;
    border: 1px solid var(--lg-border);
    border-radius: 4px;
    padding: 0.15rem 0.5rem;
    cursor: pointer;
  }
  button:focus-visible,
  [role='button']:focus-visible {
    outline: 2px solid var(--lg-accent);
    outline-offset: 2px;
  }
  svg {
    display: block;
    width: 100%;
    overflow: visible;
  }
  svg text {
    fill: var(--lg-fg);
    font-size: 12px;
  }
  svg .muted {
    fill: var(--lg-muted);
  }
  rect.good {
    fill: var(--lg-good);
  }
  rect.warning {
    fill: var(--lg-warning);
  }
  rect.bad {
    fill: var(--lg-bad);
  }
  rect.none {
    fill: var(--lg-neutral);
  }
  g.selected rect {
    stroke: var(--lg-fg);
    stroke-width: 2;
  }
  line.target {
    stroke: var(--lg-fg);
    stroke-width: 1.5;
    stroke-dasharray: 4 3;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-size: 0.85rem;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: left;
    font-weight: 600;
    padding-bottom: 0.3rem;
  }
  th,
  td {
    text-align: left;
    padding: 0.2rem 0.4rem;
    border-bottom: 1px solid var(--lg-border);
  }
  td {
    text-align: right;
  }
  .table-wrap button {
    margin-top: 0.5rem;
  }
  @media print {
    button {
      display: none;
    }
  }
`;
