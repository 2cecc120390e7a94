/**
 * Test server endpoint `/api/report`: answers with the JSON in `?body=` after `?delay=` ms, with
 * `?status=` and `?type=` (content type), so browser tests can exercise every load path.
 */
export async function reportApi(context, next) {
  if (context.path === '/test-browser/pages/strict-csp.html') {
    await next();
    // Embed the Report the way a server should: inside the inline JSON block, with every "<"
    // escaped so that "</script>" in a string cannot close the element.
    const json = JSON.stringify(JSON.parse(context.query.report ?? 'null')).replace(/</g, '\\u003c');
    const html = typeof context.body === 'string' ? context.body : await streamToString(context.body);
    context.body = html.replace('<script type="application/json" id="report-json"></script>', `<script type="application/json" id="report-json">${json}</script>`);
    context.set('Content-Security-Policy', "script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html");
    return;
  }
  if (!context.path.startsWith('/api/report')) return next();
  const query = context.query;
  const delay = Number(query.delay ?? 0);
  if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
  context.status = Number(query.status ?? 200);
  context.type = query.type ?? 'application/json';
  context.body = query.body ?? '';
}

async function streamToString(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}
