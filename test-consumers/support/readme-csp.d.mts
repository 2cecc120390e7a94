/** The Content-Security-Policy the README gives (see readme-csp.mjs). */
export const README_CSP: string;
