import { LawGaugeError } from '../../src/index.js';
import type { WidgetErrorCode } from './messages.js';

/** Why a Report could not be had, in a form the widget shows and the `lg-error` event carries. */
export class WidgetLoadError extends Error {
  constructor(
    readonly code: WidgetErrorCode,
    readonly detail: string,
  ) {
    super(detail);
  }
}

export interface LoadOptions {
  readonly signal: AbortSignal;
  readonly timeoutMs: number;
  readonly maxBytes: number;
  readonly credentials: RequestCredentials;
}

/** Validates untrusted JSON with `parse`, turning contract problems into a load error. */
export function validated<T>(parse: (json: unknown) => T, json: unknown): T {
  try {
    return parse(json);
  } catch (error) {
    if (error instanceof LawGaugeError) throw new WidgetLoadError('invalid_report', error.message);
    throw error;
  }
}


/**
 * Fetches JSON and validates it with `parse`. Each failure has its own code: `http` (with the status),
 * `network`, `timeout`, `content_type`, `too_large`, `invalid_json`, `invalid_report`. An abort
 * through `signal` rejects with the signal's reason, which callers ignore.
 */
export async function loadReport<T>(url: string, options: LoadOptions, parse: (json: unknown) => T): Promise<T> {
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(new WidgetLoadError('timeout', `no answer from ${url} within ${options.timeoutMs / 1000} s`)), options.timeoutMs);
  const signal = AbortSignal.any([options.signal, timeout.signal]);
  try {
    let response: Response;
    try {
      response = await fetch(url, { signal, credentials: options.credentials, headers: { accept: 'application/json' } });
    } catch (error) {
      if (signal.aborted) throw signal.reason;
      throw new WidgetLoadError('network', `${url}: ${(error as Error).message}`);
    }
    if (!response.ok) throw new WidgetLoadError('http', `${url}: HTTP ${response.status}`);
    const type = response.headers.get('content-type') ?? '';
    if (!/^application\/([\w.+-]*\+)?json\b/i.test(type)) throw new WidgetLoadError('content_type', `${url}: content type "${type || 'none'}"`);
    const declared = Number(response.headers.get('content-length') ?? '0');
    if (declared > options.maxBytes) throw new WidgetLoadError('too_large', `${url}: ${declared} bytes, more than ${options.maxBytes}`);
    const text = await readCapped(response, options.maxBytes, url);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw new WidgetLoadError('invalid_json', `${url}: ${(error as Error).message}`);
    }
    return validated(parse, json);
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
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new WidgetLoadError('too_large', `${url}: more than ${maxBytes} bytes`);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}
