// Records every CSP violation and page error, before anything else runs.
window.cspViolations = [];
window.pageErrors = [];
document.addEventListener('securitypolicyviolation', (event) => window.cspViolations.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sample}`));
window.addEventListener('error', (event) => window.pageErrors.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => window.pageErrors.push(String(event.reason)));
