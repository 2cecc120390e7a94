import type { DefinitionIssue, IssuePath } from '../errors/issue.js';
import { FORBIDDEN_KEYS } from './forbidden-key-names.js';

/**
 * Finds `__proto__`, `constructor` and `prototype` keys anywhere in user JSON, before anything
 * else looks at it. `JSON.parse` creates them as own keys, and code that later copies or merges
 * such objects could otherwise reach `Object.prototype`.
 */
export function findForbiddenKeys(value: unknown, path: IssuePath = [], out: DefinitionIssue[] = []): DefinitionIssue[] {
  // One path array for the whole walk (push before a child, pop after); only a finding copies it.
  const at = [...path];
  const visit = (node: unknown): void => {
    if (node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      // An index is never a forbidden key; no array of indices is built.
      for (let k = 0; k < node.length; k++) {
        at.push(k);
        visit(node[k]);
        at.pop();
      }
      return;
    }
    const keys = Object.keys(node);
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k]!;
      at.push(key);
      if (FORBIDDEN_KEYS.has(key)) out.push({ code: 'forbidden_key', path: [...at], message: `the key "${key}" is not allowed (it could alter object prototypes)` });
      else visit((node as Record<string, unknown>)[key]);
      at.pop();
    }
  };
  visit(value);
  return out;
}
