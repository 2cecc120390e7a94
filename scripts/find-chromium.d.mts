/** The Chromium for browser tests (see find-chromium.mjs). */
export function findChromium(): string;
