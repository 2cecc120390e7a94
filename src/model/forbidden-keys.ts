import type { DefinitionIssue, IssuePath } from '../errors/issue.js';
import { FORBIDDEN_KEYS } from './forbidden-key-names.js';

/**
 * Finds `__proto__`, `constructor` and `prototype` keys anywhere in user JSON, before anything
 * else looks at it. `JSON.parse` creates them as own keys, and code that later copies or merges
 * such objects could otherwise reach `Object.prototype`.
 */
export function findForbiddenKeys(value: unknown, path: IssuePath = [], out: DefinitionIssue[] = []): DefinitionIssue[] {
  if (Array.isArray(value)) {
    value.forEach((item, index) => findForbiddenKeys(item, [...path, index], out));
  } else if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) {
        out.push({ code: 'forbidden_key', path: [...path, key], message: `the key "${key}" is not allowed (it could alter object prototypes)` });
      } else {
        findForbiddenKeys((value as Record<string, unknown>)[key], [...path, key], out);
      }
    }
  }
  return out;
}
