import { waitUntil } from '@open-wc/testing';

/**
 * `waitUntil` with a 10 s limit instead of its 1 s default: on a shared CI machine a fetch plus a
 * render can stall past a second, and a condition that does come true should not fail the suite.
 * A condition that never comes true still fails, only later.
 */
export function waitFor(predicate: () => unknown, message: string, timeout = 10_000): Promise<void> {
  return waitUntil(predicate, message, { timeout });
}
