import { readFile } from 'node:fs/promises';
import { clearTimeout } from 'node:timers';
import { README_CSP } from '../../test-consumers/support/readme-csp.mjs';

// Answers held by `?hold=KEY` until `/api/release?key=KEY` (or 30 s, so nothing hangs forever).
const held = new Map();
const HOLD_LIMIT_MS = 30_000;
// What became of each held request: `waiting`, `answered`, or `abandoned` (the client closed it).
const heldState = new Map();
// Requests carrying `?count=KEY`, by key.
const counted = new Map();
// CSP violation reports, by the key of the page that sent them.
const cspReports = new Map();

/**
 * Test server endpoint `/api/report`: answers with the JSON in `?body=` after `?delay=` ms, with
 * `?status=` and `?type=` (content type), so browser tests can exercise every load path. `?hold=KEY`
 * keeps the answer back until the test requests `/api/release?key=KEY`: a loading state can then be
 * checked for as long as it takes, however slow the machine, and `/api/held?key=KEY` says whether
 * the browser abandoned it meanwhile. `?cookie=NAME` answers 401 unless the request carries that
 * cookie, to see which requests send credentials. `?count=KEY` on any request counts it, and
 * `/api/count?key=KEY` tells the count, to see what a page or its worker fetched.
 */
export async function reportApi(context, next) {
  // Any request with `?count=KEY` (a data file the dashboard's worker fetches) is counted, then
  // served as usual; `/api/count?key=KEY` says how many came.
  const countKey = context.query.count;
  if (countKey !== undefined) counted.set(countKey, (counted.get(countKey) ?? 0) + 1);
  if (context.path === '/api/count') {
    context.type = 'application/json';
    context.body = JSON.stringify({ count: counted.get(context.query.key ?? '') ?? 0 });
    return;
  }
  // CSP violation reports (`report-uri /api/csp-report?key=KEY`, as a page under test is served
  // with), kept by key; `/api/csp-reports?key=KEY` lists them as `directive: blocked-uri`.
  if (context.path === '/api/csp-report' && context.method === 'POST') {
    const body = JSON.parse(await streamToString(context.req))['csp-report'] ?? {};
    const key = context.query.key ?? '';
    cspReports.set(key, [
      ...(cspReports.get(key) ?? []),
      `${body['violated-directive'] ?? body['effective-directive']}: ${body['blocked-uri'] ?? ''} ${body['script-sample'] ?? ''}`.trim(),
    ]);
    context.status = 204;
    return;
  }
  if (context.path === '/api/csp-reports') {
    context.type = 'application/json';
    context.body = JSON.stringify(cspReports.get(context.query.key ?? '') ?? []);
    return;
  }
  if (context.path === '/api/release') {
    const key = context.query.key ?? '';
    const release = held.get(key);
    if (release === undefined) held.set(key, null);
    else release();
    context.status = 204;
    return;
  }
  if (context.path === '/api/held') {
    context.type = 'application/json';
    context.body = JSON.stringify({ state: heldState.get(context.query.key ?? '') ?? 'unknown' });
    return;
  }
  if (context.path === '/test-browser/pages/strict-csp.html') {
    await next();
    // Embed the Report the way a server should: inside the inline JSON block, with every "<"
    // escaped so that "</script>" in a string cannot close the element.
    const json = JSON.stringify(JSON.parse(context.query.report ?? 'null')).replace(/</g, '\\u003c');
    const html = typeof context.body === 'string' ? context.body : await streamToString(context.body);
    context.body = html.replace('<script type="application/json" id="report-json"></script>', `<script type="application/json" id="report-json">${json}</script>`);
    context.set('Content-Security-Policy', README_CSP);
    return;
  }
  if (context.path === '/test-browser/pages/dashboard-csp.html' || context.path === '/test-browser/pages/invalid-alone.html') {
    await next();
    // ?policies= replaces the README's trusted-types list, to see a page that leaves lawgauge's out.
    const policies = context.query.policies;
    context.set('Content-Security-Policy', policies === undefined ? README_CSP : README_CSP.replace(/trusted-types [^;]*$/, `trusted-types ${policies}`));
    return;
  }
  if (context.path === '/test-browser/pages/dashboard-files-csp.html' || context.path === '/test-browser/pages/csp-compute.worker.js') {
    // The page and its compute worker under the README's CSP, or (?blob=allowed) with connect-src 'self' blob:,
    // the worker served with it as a server sending one policy on every response does.
    if (context.path.endsWith('.js')) {
      context.type = 'application/javascript';
      context.body = await readFile(new URL('../../dist/lawgauge-compute.worker.js', import.meta.url));
    } else await next();
    const csp = context.query.blob === 'allowed' ? README_CSP.replace("connect-src 'self'", "connect-src 'self' blob:") : README_CSP;
    context.set('Content-Security-Policy', csp);
    return;
  }
  if (context.path === '/test-browser/pages/export-csp.html') {
    await next();
    // ?img=blob adds what exportPng needs to the README's policy (whose default-src 'self' refuses blob: images).
    context.set('Content-Security-Policy', context.query.img === 'blob' ? `${README_CSP}; img-src 'self' blob:` : README_CSP);
    return;
  }
  if (!context.path.startsWith('/api/report')) return next();
  const query = context.query;
  const delay = Number(query.delay ?? 0);
  if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
  if (query.hold !== undefined) {
    // Released before it arrived: answer at once.
    if (held.get(query.hold) === null) held.delete(query.hold);
    else {
      heldState.set(query.hold, 'waiting');
      const abandoned = await new Promise((resolve) => {
        const timer = setTimeout(() => resolve(false), HOLD_LIMIT_MS);
        const onClose = () => {
          clearTimeout(timer);
          resolve(true);
        };
        // The response closing before it was written: the browser dropped the request.
        context.res.once('close', onClose);
        held.set(query.hold, () => {
          clearTimeout(timer);
          context.res.off('close', onClose);
          resolve(false);
        });
      });
      held.delete(query.hold);
      heldState.set(query.hold, abandoned ? 'abandoned' : 'answered');
      if (abandoned) return;
    }
  }
  if (query.cookie !== undefined && !(context.cookies.get(query.cookie) ?? '')) {
    context.status = 401;
    return;
  }
  context.status = Number(query.status ?? 200);
  context.type = query.type ?? 'application/json';
  context.body = query.body ?? '';
}

async function streamToString(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}
