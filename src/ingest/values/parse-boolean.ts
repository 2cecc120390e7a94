import { normalizeText } from './normalize-text.js';

/** Accepted boolean spellings, lower-case (shared with the DuckDB file reader). */
export const BOOLEAN_SPELLINGS: ReadonlyMap<string, boolean> = new Map([
  ['true', true],
  ['false', false],
  ['1', true],
  ['0', false],
  ['是', true],
  ['否', false],
  ['y', true],
  ['n', false],
  ['yes', true],
  ['no', false],
  ['t', true],
  ['f', false],
]);

export const BOOLEAN_HINT = 'true/false, 1/0, 是/否 or Y/N';

/** `true`/`false`, `1`/`0`, `是`/`否`, `Y`/`N`, `yes`/`no` (case-insensitive), or `undefined`. */
export function parseBoolean(raw: unknown): boolean | undefined {
  if (typeof raw === 'boolean') return raw;
  if (typeof raw === 'number') return raw === 1 ? true : raw === 0 ? false : undefined;
  if (typeof raw !== 'string') return undefined;
  return BOOLEAN_SPELLINGS.get(normalizeText(raw).toLowerCase());
}
