import type { DefinitionIssue } from '../errors/issue.js';
import { LawGaugeError, type LawGaugeErrorCode } from '../errors/law-gauge-error.js';
import { findForbiddenKeys } from '../model/forbidden-keys.js';
import { isObject, shapeIssues, type Check } from './shape-context.js';

/** At most this many issues are given: a document wrong everywhere is not listed in full. */
export const MAX_SHAPE_ISSUES = 20;

/**
 * A zod-free check of one contract for browser bundles, from its generated `check`: the same
 * verdicts, codes, paths and messages as parsing with the zod schema (`parseReport`, `parseWith`),
 * then `rules`, what the schema cannot state, on a document of the right shape.
 *
 * Every object of the contracts is a strict object or a record of identifier keys, so a
 * `__proto__`, `constructor` or `prototype` key anywhere already fails the shape: the walk that
 * names such keys runs only then, and a valid document is walked once. With `remember`, documents
 * are treated as immutable once checked: the same object given to many widgets is checked once.
 *
 * @throws LawGaugeError (code `code`, a definition's by default, root `root`) listing what is wrong, with paths.
 */
export function shapeChecker<T>(
  root: string,
  check: Check,
  {
    rules = () => [],
    remember = false,
    code = 'invalid_definition',
  }: { rules?: (value: T) => DefinitionIssue[]; remember?: boolean; code?: LawGaugeErrorCode } = {},
): (input: unknown) => T {
  const checked = new WeakSet<object>();
  return (input) => {
    if (remember && isObject(input) && checked.has(input)) return input as T;
    let issues = shapeIssues(check, input);
    if (issues.length === 0) issues = rules(input as T);
    if (issues.length > 0) {
      const forbidden = findForbiddenKeys(input);
      throw new LawGaugeError(code, root, (forbidden.length > 0 ? forbidden : issues).slice(0, MAX_SHAPE_ISSUES));
    }
    if (remember) checked.add(input as object);
    return input as T;
  };
}
