import { css } from 'lit';

export const dashboardStyles = css`
  :host {
    contain: none;
    border: none;
    padding: 0;
  }
  .skip {
    position: absolute;
    left: -10000px;
  }
  .skip:focus {
    position: static;
  }
  .header h1 {
    margin: 0 0 0.25rem;
    font-size: 1.5rem;
  }
  .header p {
    margin: 0 0 0.75rem;
    color: var(--lg-muted);
  }
  .filter {
    display: flex;
    gap: 0.75rem;
    align-items: center;
    margin: 0 0 0.75rem;
  }
  .filter button {
    white-space: nowrap;
  }
  section h2 {
    margin: 1.25rem 0 0.5rem;
    font-size: 1.15rem;
  }
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr));
    /* No hole at any width: a panel too wide for the rest of a row leaves it to the next panel
       that fits, rather than to empty columns. */
    grid-auto-flow: row dense;
    gap: var(--lg-space);
  }
  /* A panel still computing, or that could not be computed, keeps the widgets' frame. */
  .computing {
    margin: 0;
    border: 1px solid var(--lg-border);
    border-radius: var(--lg-radius);
    padding: var(--lg-space);
    background: var(--lg-bg);
  }
  /* A worker error lists each problem on its own line. */
  .computing small {
    white-space: pre-line;
  }
  /* The data quality of a section's computed panels: its footnote, under the grid, full width. */
  .quality {
    margin: var(--lg-space) 0 0;
    font-size: 0.85em;
    color: var(--lg-muted);
  }
  .span-2 {
    grid-column: span 2;
  }
  .span-3 {
    grid-column: span 3;
  }
  /* Printed, the dashboard runs over pages; each panel stays whole on one when it fits, and a
     section's heading stays with its first panels. */
  @media print {
    :host {
      break-inside: auto;
    }
    .panel {
      break-inside: avoid;
    }
    section h2 {
      break-after: avoid;
    }
  }
  @media (max-width: 40rem) {
    .span-2,
    .span-3 {
      grid-column: auto;
    }
  }
`;
