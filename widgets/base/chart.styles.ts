import { css } from 'lit';

/** What the chart widgets share: plot marks, table view, focus rings on marks, status fills. */
export const chartStyles = css`
  svg {
    display: block;
    width: 100%;
    overflow: visible;
  }
  /* The chart as a whole, focused by Escape from its marks (chart-element.ts). */
  svg[part='chart']:focus-visible {
    outline: 2px solid var(--lg-accent);
    outline-offset: 2px;
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
  /* Words whole in a narrow table: Chinese too breaks at spaces and punctuation only (a district's
     name, a period, a column header stay whole, not one character a line), as English does; a
     table wider than the widget then scrolls in its region. */
  th,
  td {
    text-align: left;
    padding: 0.2rem 0.4rem;
    border-bottom: 1px solid var(--lg-border);
    word-break: keep-all;
  }
  /* Number columns: right-aligned, their headers too; words stay left. */
  .num {
    text-align: right;
  }
  /* A table wider than the widget (a phone, a narrow column) scrolls sideways in its own region
     (focusable and named: data-table.ts), never past the host (WCAG 1.4.10 lets a data table scroll). */
  .table-wrap {
    overflow-x: auto;
    /* More table past an edge shows as a shadow there, without script (CSP-clean): a cover in the
       background's colour scrolls with the table (local) over a shadow fixed at each edge, and
       hides it at the end the table has reached. Forced colours drop the gradients; the region
       keeps its scrollbar there. */
    background:
      linear-gradient(to right, var(--lg-bg) 40%, transparent) left / 1.5rem 100% no-repeat local,
      linear-gradient(to left, var(--lg-bg) 40%, transparent) right / 1.5rem 100% no-repeat local,
      radial-gradient(farthest-side at 0 50%, color-mix(in srgb, var(--lg-fg) 40%, transparent), transparent) left /
        0.75rem 100% no-repeat,
      radial-gradient(farthest-side at 100% 50%, color-mix(in srgb, var(--lg-fg) 40%, transparent), transparent) right /
        0.75rem 100% no-repeat;
  }
  .table-wrap:focus-visible {
    outline: 2px solid var(--lg-accent);
    outline-offset: -2px;
  }
  .table-wrap button {
    margin-top: 0.5rem;
  }
  /* A long table's page controls (pager.ts). */
  .pager {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    margin-top: 0.5rem;
    font-size: 0.85rem;
  }
  .pager button {
    margin-top: 0;
  }
  .pager [aria-disabled='true'] {
    color: var(--lg-muted);
    cursor: default;
  }
`;
