import { formatPath, LawGaugeError } from '../../src/index.js';
import { ShapeFailure } from '../../src/internal.js';
import { explainKit } from './explainer.js';
import { BASE_MESSAGES, type DataKind, type WidgetErrorCode, type WidgetLang } from './messages.js';

/** What went wrong in words: fixed text (a URL, a status), or text in the widget's language. */
export type Detail = string | ((lang: WidgetLang) => string);

/** Why a Report could not be had, in a form the widget shows and the `lg-error` event carries. */
export class WidgetLoadError extends Error {
  constructor(
    readonly code: WidgetErrorCode,
    readonly detail: Detail,
    /** A fuller detail on its way (the explanation of a failing document, loaded on demand). */
    readonly explained?: Promise<Detail | undefined>,
  ) {
    super(typeof detail === 'string' ? detail : detail('en'));
  }
}

export interface LoadOptions {
  readonly signal: AbortSignal;
  readonly timeoutMs: number;
  readonly maxBytes: number;
  readonly credentials: RequestCredentials;
}

/** The kind a dashboard config is known by: it has no `schema` id, but its `sections`. */
export const DASHBOARD_KIND = 'lawgauge-dashboard';

/** The widgets that show each kind of document, by its `schema` id: a widget given another kind names them. */
const SHOWN_BY: Readonly<Record<string, readonly [DataKind, string]>> = {
  'lawgauge/report@1': ['report', '<indicator-card>, <indicator-trend>, <indicator-bars>, <indicator-table>'],
  'lawgauge/reform-report@1': ['reform', '<reform-progress>'],
  [DASHBOARD_KIND]: ['dashboard', '<lawgauge-dashboard>'],
};

/** A document's kind: its `schema` id, or a dashboard config's. */
function kindOf(json: unknown): unknown {
  if (json === null || typeof json !== 'object') return undefined;
  const { schema, sections } = json as Record<string, unknown>;
  return schema === undefined && Array.isArray(sections) ? DASHBOARD_KIND : schema;
}

/**
 * A data check's failure: at once, the place it first failed (or its first issue's); then, once the
 * explanation (explain-kit.ts) has loaded, every problem with its path, each worded in the widget's
 * language from its code and params (the contracts' codes are zod's).
 */
function checkFailure(
  root: string,
  path: readonly (string | number)[],
  explain: () => Promise<Detail | undefined>,
): WidgetLoadError {
  const explained = explain();
  // A failure nobody shows (its request was superseded) must not leave an unhandled rejection.
  explained.catch(() => undefined);
  return new WidgetLoadError(
    'invalid_report',
    (lang) => `${formatPath(root, path)}: ${BASE_MESSAGES[lang].invalidHere}`,
    explained,
  );
}

/**
 * Validates untrusted data with `parse`, which accepts documents whose `schema` is `schema`. Every
 * failure becomes a load error the widget shows, whatever threw: another kind of document is
 * `wrong_kind` (naming the widgets that show it), a check's problems are `invalid_report`, and so
 * is data that throws while it is read (a getter, a Proxy). Nothing thrown here reaches the page.
 */
export function validated<T>(parse: (json: unknown) => T, json: unknown, schema?: string): T {
  try {
    const kind = kindOf(json);
    if (typeof kind === 'string' && kind !== schema && Object.hasOwn(SHOWN_BY, kind)) {
      const [name, tags] = SHOWN_BY[kind]!;
      throw new WidgetLoadError('wrong_kind', (lang) =>
        BASE_MESSAGES[lang].useWidget(BASE_MESSAGES[lang].kinds[name], tags),
      );
    }
    return parse(json);
  } catch (error) {
    throw loadError(error);
  }
}

/** Any thrown value as a load error; `invalid_report` saying the data could not be read, unless it says more. */
export function loadError(error: unknown): WidgetLoadError {
  // A thrown Proxy can throw again from `instanceof` or `message`: nothing here may let that out.
  try {
    if (error instanceof WidgetLoadError) return error;
    if (error instanceof ShapeFailure)
      return checkFailure(error.root, error.path, () =>
        explainKit().then((kit) => kit.explainDocument(error.root, error.input)),
      );
    if (error instanceof LawGaugeError)
      return checkFailure(error.root, error.issues[0]?.path ?? [], () =>
        explainKit().then((kit) => kit.explainIssues(error.root, error.issues)),
      );
    // Bounded: the message is the data's to choose.
    const text = String(error instanceof Error ? error.message : error).slice(0, 200);
    return new WidgetLoadError('invalid_report', (lang) => `${BASE_MESSAGES[lang].unreadable}: ${text}`);
  } catch {
    return new WidgetLoadError('invalid_report', (lang) => BASE_MESSAGES[lang].unreadable);
  }
}

/**
 * Fetches JSON and validates it with `parse` (see {@link validated}). Each failure has its own code:
 * `http` (with the status), `network`, `timeout`, `content_type`, `too_large`, `invalid_json`,
 * `invalid_report`, `wrong_kind`; data that arrived is never a `network` failure. An abort
 * through `signal` rejects with the signal's reason, which callers ignore.
 */
export async function loadReport<T>(
  url: string,
  options: LoadOptions,
  parse: (json: unknown) => T,
  schema?: string,
): Promise<T> {
  const timeout = new AbortController();
  const timer = setTimeout(
    () => timeout.abort(new WidgetLoadError('timeout', `no answer from ${url} within ${options.timeoutMs / 1000} s`)),
    options.timeoutMs,
  );
  const signal = AbortSignal.any([options.signal, timeout.signal]);
  try {
    let response: Response;
    try {
      response = await fetch(url, {
        signal,
        credentials: options.credentials,
        headers: { accept: 'application/json' },
      });
    } catch (error) {
      if (signal.aborted) throw signal.reason;
      throw new WidgetLoadError('network', `${url}: ${(error as Error).message}`);
    }
    if (!response.ok) throw new WidgetLoadError('http', `${url}: HTTP ${response.status}`);
    const type = response.headers.get('content-type') ?? '';
    if (!/^application\/([\w.+-]*\+)?json\b/i.test(type))
      throw new WidgetLoadError('content_type', `${url}: content type "${type || 'none'}"`);
    const declared = Number(response.headers.get('content-length') ?? '0');
    if (declared > options.maxBytes)
      throw new WidgetLoadError('too_large', `${url}: ${declared} bytes, more than ${options.maxBytes}`);
    const text = await readCapped(response, options.maxBytes, url);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw new WidgetLoadError('invalid_json', `${url}: ${(error as Error).message}`);
    }
    return validated(parse, json, schema);
  } catch (error) {
    if (signal.aborted && !(error instanceof WidgetLoadError)) throw signal.reason;
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

/** Reads a body, stopping as soon as it exceeds the cap (a missing or false Content-Length cannot bypass it). */
async function readCapped(response: Response, maxBytes: number, url: string): Promise<string> {
  if (response.body === null) return '';
  const reader = response.body.getReader();
  // A streaming decoder: a character split across two chunks is decoded whole.
  const decoder = new TextDecoder();
  let text = '';
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new WidgetLoadError('too_large', `${url}: more than ${maxBytes} bytes`);
    }
    text += decoder.decode(value, { stream: true });
  }
}
