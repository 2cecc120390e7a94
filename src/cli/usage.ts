import { EN } from './messages/en.js';
import type { Messages } from './messages/messages.js';

/** Exit codes: 0 success; 1 data problems (rejects above --max-reject-rate, an invalid file for `validate`); 2 usage or definition errors. */
export const EXIT = { ok: 0, data: 1, usage: 2 } as const;

/**
 * A mistake in the command line or in a definition file: exit code 2. It carries its text as a
 * lookup in the message tables, so the run prints it in its language; `message` is the English
 * text, for stack traces and callers that catch it.
 */
export class UsageError extends Error {
  constructor(readonly text: (messages: Messages) => string) {
    super(text(EN));
  }
}
