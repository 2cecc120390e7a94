import { css } from 'lit';

/**
 * The comparison charts' (SPC, funnel) mark of a value on a small sample: a `*` beside its point,
 * worded in the legend's `.key.unstable` line. Kept apart so the other widgets do not carry it.
 */
export const unstableMarkStyles = css`
  /* A value on a small sample: a mark above its point, worded in the legend. */
  text.unstable,
  .key.unstable {
    font-weight: 700;
    color: var(--lg-fg);
    fill: var(--lg-fg);
  }
  .key.unstable {
    flex: none;
    width: 22px;
    text-align: center;
  }
`;
