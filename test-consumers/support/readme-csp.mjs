/** The Content-Security-Policy the README gives for pages with lawgauge; the tests serve it word for word. */
export const README_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; worker-src 'self'; connect-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html lawgauge";
