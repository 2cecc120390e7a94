import type { OpenBytes } from '../../src/internal.js';

/** A body's chunks as they arrive; a reader left early (to read the file again) cancels the body. */
async function* bodyChunks(body: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = body.getReader();
  let done = false;
  try {
    for (;;) {
      const next = await reader.read();
      if (next.done) {
        done = true;
        return;
      }
      yield next.value;
    }
  } finally {
    if (!done) await reader.cancel();
    reader.releaseLock();
  }
}

/**
 * The bytes of a response for `readCsvStream`: the first read streams `first` (when given, as the
 * caller has looked at its headers), a later one (a GB18030 file found late is read again) fetches anew.
 */
export function responseBytes(fetchAgain: () => Promise<Response>, first?: Response): OpenBytes {
  let unread = first;
  return async function* () {
    const response = unread ?? (await fetchAgain());
    unread = undefined;
    if (response.body === null) return;
    yield* bodyChunks(response.body);
  };
}
