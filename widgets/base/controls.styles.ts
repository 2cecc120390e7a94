import { css } from 'lit';

/** Title bar, buttons and focus rings: what every widget with controls shares. */
export const controlStyles = css`
  /* The title, and its controls beside it when both fit, else below it as whole items: a control's
     label never breaks (a 240 px panel broke the Chinese "view as table" label inside the phrase, as
     CJK text may break between any two characters). */
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: baseline;
    /* 6px between controls on a line: the download button as far from "view as table" as when it
       floated beside the title bar. */
    gap: 0 6px;
  }
  .toolbar h3 {
    flex: 1 1 10rem;
  }
  .toolbar > button,
  .pager button,
  [part='export'],
  [part='back'] {
    white-space: nowrap;
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
  /* A legend's colour sample. */
  .swatch {
    display: inline-block;
    width: 0.8em;
    height: 0.25em;
    margin-right: 0.3em;
    vertical-align: middle;
  }
  @media print {
    button {
      display: none;
    }
  }
`;
