import { css } from 'lit';

/*
 * The look of the "Making Data Count" icons (spc-icons.ts), shared by <indicator-spc> and
 * <indicator-card status="spc">: fills from the variation colours (variationStyles), the letter
 * in the background colour; under forced colours, outlines with the letter in CanvasText. Kept
 * short: the card's bundle budget is tight.
 */
export const spcIconStyles = css`
  /* Not the plot's full width (chart.styles.ts sizes every svg so). */
  svg.icon {
    flex: none;
    width: 32px;
    height: 32px;
  }
  .improvement,
  .pass {
    fill: var(--lg-improvement);
  }
  .concern,
  .fail {
    fill: var(--lg-concern);
  }
  .special {
    fill: var(--lg-special);
  }
  .inconsistent {
    fill: var(--lg-common);
  }
  .ring {
    fill: var(--lg-bg);
    stroke: var(--lg-common);
    stroke-width: 2;
  }
  .zigzag {
    fill: none;
    stroke: var(--lg-common);
    stroke-width: 2.5;
    stroke-linejoin: round;
  }
  text.letter {
    fill: var(--lg-bg);
    font-size: 17px;
    font-weight: 700;
  }
  @media (forced-colors: active) {
    .disc,
    .ring {
      fill: Canvas;
      stroke: CanvasText;
      stroke-width: 1.5;
    }
    text.letter {
      fill: CanvasText;
    }
  }
`;
