import { css } from 'lit';

/** Light values of the sequential scale: ColorBrewer Blues, darker for more (colour-blind safe). */
const lightClasses = css`
  --lg-class-1: #eff3ff;
  --lg-class-2: #bdd7e7;
  --lg-class-3: #6baed6;
  --lg-class-4: #3182bd;
  --lg-class-5: #08519c;
`;

/** Dark values: viridis, lighter for more on a dark page (colour-blind safe, even in lightness). */
const darkClasses = css`
  --lg-class-1: #440154;
  --lg-class-2: #3b528b;
  --lg-class-3: #21918c;
  --lg-class-4: #5ec962;
  --lg-class-5: #fde725;
`;

/** The map's regions, their patterns and labels, the legend and the drill-down bar. */
export const mapStyles = css`
  :host {
    ${lightClasses}
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${darkClasses}
    }
  }
  :host([theme='dark']) {
    ${darkClasses}
  }
  .region path {
    stroke: var(--lg-bg);
    stroke-width: 1;
    stroke-linejoin: round;
  }
  path.good {
    fill: var(--lg-good);
  }
  path.warning {
    fill: var(--lg-warning);
  }
  path.bad {
    fill: var(--lg-bad);
  }
  path.none {
    fill: var(--lg-bg);
  }
  .region path.none {
    stroke: var(--lg-muted);
  }
  path.c0 {
    fill: var(--lg-class-1);
  }
  path.c1 {
    fill: var(--lg-class-2);
  }
  path.c2 {
    fill: var(--lg-class-3);
  }
  path.c3 {
    fill: var(--lg-class-4);
  }
  path.c4 {
    fill: var(--lg-class-5);
  }
  /* Patterns over the fill: the status (or the missing value) shows without colour too. */
  .region path.mark {
    stroke: none;
    pointer-events: none;
  }
  pattern path {
    stroke: var(--lg-fg);
    stroke-width: 1.2;
    fill: none;
  }
  pattern circle {
    fill: var(--lg-fg);
  }
  pattern.none path {
    stroke: var(--lg-muted);
  }
  .region.selected path:first-child {
    stroke: var(--lg-fg);
    stroke-width: 2.5;
  }
  .region {
    cursor: pointer;
  }
  /* The tile grid is drawn in tile units and scaled to its width attribute (at most 88 px a tile), text with it. */
  svg.tiles {
    width: auto;
    max-width: 100%;
    margin: 0 auto;
  }
  /* Labels drawn over any fill: a halo of the background keeps them legible. */
  .region text {
    stroke: var(--lg-bg);
    stroke-width: 3px;
    paint-order: stroke;
    stroke-linejoin: round;
    pointer-events: none;
  }
  /* A tile's line too wide at 12 steps down (tile units, scaled with the grid). */
  .region text.f11 {
    font-size: 11px;
  }
  .region text.f10 {
    font-size: 10px;
  }
  .region text.f9 {
    font-size: 9px;
  }
  /* Over a pattern (hatching for no value, dots, cross-hatching), a halo wide enough to be the
     label's own backdrop: no line of the pattern comes near a glyph, nor crosses the dash. */
  .mark ~ text {
    stroke-width: 7px;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.9rem;
    margin: 0.4rem 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.8rem;
  }
  .legend svg {
    display: inline-block;
    width: 1.4em;
    height: 0.9em;
    margin-right: 0.3em;
    vertical-align: -0.1em;
    overflow: hidden;
  }
  .note {
    margin: 0.3rem 0 0;
    font-size: 0.8rem;
    color: var(--lg-muted);
  }
  nav ol {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3rem;
    margin: 0 0 0.4rem;
    padding: 0;
    list-style: none;
    font-size: 0.85rem;
  }
  nav li + li::before {
    content: '› ';
    color: var(--lg-muted);
  }
  @media (forced-colors: active) {
    .region path:first-child {
      fill: Canvas;
      stroke: CanvasText;
    }
    pattern path,
    pattern.none path {
      stroke: CanvasText;
    }
    pattern circle {
      fill: CanvasText;
    }
    .region.selected path:first-child {
      stroke: Highlight;
    }
    .region text {
      fill: CanvasText;
      stroke: Canvas;
    }
  }
`;
