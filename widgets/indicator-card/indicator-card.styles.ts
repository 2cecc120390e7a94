import { css } from 'lit';

export const indicatorCardStyles = css`
  :host {
    min-width: 12rem;
  }
  .head {
    display: flex;
    justify-content: space-between;
    align-items: baseline;
    gap: 0.5rem;
  }
  [part='label'] {
    margin: 0;
    font-size: 0.95rem;
    font-weight: 600;
  }
  [part='status'] {
    font-size: 0.85rem;
    white-space: nowrap;
  }
  .spc {
    display: inline-flex;
    align-items: center;
    gap: 0.3rem;
    white-space: normal;
  }
  .spc svg.icon {
    width: 24px;
    height: 24px;
  }
  [part='value'] {
    display: block;
    margin: 0.35rem 0 0.15rem;
    font-size: 1.9rem;
    font-weight: 650;
    line-height: 1.15;
    font-variant-numeric: tabular-nums;
    /* A count up to 2^53 is 21 characters at 1.9rem: it wraps inside the card, never past its border. */
    overflow-wrap: anywhere;
  }
  .withheld {
    font-size: 1.1rem;
    font-weight: 500;
    color: var(--lg-muted);
  }
  .meta,
  [part='delta'] {
    margin: 0.15rem 0;
    font-size: 0.85rem;
    color: var(--lg-muted);
  }
  [part='delta'] span {
    display: block;
  }
  [part='chart'] {
    display: block;
    width: 100%;
    height: 36px;
    margin-top: 0.4rem;
  }
  [part='chart'] path {
    fill: none;
    stroke: var(--lg-series-1);
    stroke-width: 2;
    stroke-linejoin: round;
  }
  [part='chart'] circle {
    fill: var(--lg-series-1);
  }
  .flag {
    margin: 0.25rem 0 0;
    font-size: 0.85rem;
    color: var(--lg-warning);
  }
`;
