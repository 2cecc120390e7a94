import { css } from 'lit';

/** Dark values of the variation colours, used when the system is dark and with theme="dark". */
const darkVariation = css`
  --lg-improvement: #4493f8;
  --lg-concern: #db6d28;
  --lg-special: #ab7df8;
  --lg-common: #9da7b3;
`;

/**
 * The colours of variation in the comparison charts (SPC): special-cause improvement, concern,
 * special cause of a neutral indicator, and common cause, as `--lg-*` properties with light and
 * dark values like the theme's (themeStyles), and CanvasText under forced colours. Kept apart
 * from themeStyles so widgets that draw no variation do not carry them. Marks 3:1 and letters
 * (drawn in --lg-bg on them) 4.5:1 against the background in both themes.
 */
export const variationStyles = css`
  :host {
    --lg-improvement: #0969da;
    --lg-concern: #bc4c00;
    --lg-special: #8250df;
    --lg-common: #6e7781;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${darkVariation}
    }
  }
  :host([theme='dark']) {
    ${darkVariation}
  }
  @media (forced-colors: active) {
    :host {
      --lg-improvement: CanvasText;
      --lg-concern: CanvasText;
      --lg-special: CanvasText;
      --lg-common: CanvasText;
    }
  }
`;
