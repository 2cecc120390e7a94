import { svg, type SVGTemplateResult } from 'lit';
import type { Assurance, Variation } from '../../src/index.js';

/*
 * The icons of "Making Data Count", drawn as shapes with a letter, so they read without colour:
 * variation (the latest point's: common cause, or special cause high or low, as an improvement,
 * a concern, or neither) and assurance (the target met always, never, or sometimes). Each is
 * shown beside its words; the drawing itself is hidden from assistive technology.
 */

/** The variation icon: a ring with a flat zigzag for common cause, else a disc with H or L. */
export function variationIcon(variation: Variation, letter: string | null): SVGTemplateResult {
  return svg`<svg class="icon" viewBox="0 0 32 32" width="32" height="32" aria-hidden="true">${
    variation === 'common' || letter === null
      ? svg`<circle class="ring common" cx="16" cy="16" r="14"></circle><path class="zigzag" d="M6 17l4-4 4 6 4-6 4 6 4-4"></path>`
      : svg`<circle class=${`disc ${variation}`} cx="16" cy="16" r="14"></circle><text class="letter" x="16" y="21" text-anchor="middle">${letter}</text>`
  }</svg>`;
}

/** The assurance icon: a square with rounded corners (never mistaken for the variation disc) holding P, F or ?. */
export function assuranceIcon(assurance: Assurance, letter: string): SVGTemplateResult {
  return svg`<svg class="icon" viewBox="0 0 32 32" width="32" height="32" aria-hidden="true"><rect class=${`disc ${assurance}`} x="2" y="2" width="28" height="28" rx="7"></rect><text class="letter" x="16" y="21" text-anchor="middle">${letter}</text></svg>`;
}
