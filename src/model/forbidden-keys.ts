import type { DefinitionIssue, IssuePath } from '../errors/issue.js';
import { FORBIDDEN_KEYS } from './forbidden-key-names.js';

/** An object being walked: its keys (none for an array, whose keys are its indices) and the next to visit. */
interface Frame {
  readonly node: object;
  readonly keys: readonly string[] | null;
  next: number;
}

/**
 * Finds `__proto__`, `constructor` and `prototype` keys anywhere in user JSON, before anything
 * else looks at it. `JSON.parse` creates them as own keys, and code that later copies or merges
 * such objects could otherwise reach `Object.prototype`.
 *
 * The walk keeps its own stack rather than recursing, so a document nested 20,000 deep (which
 * `JSON.parse` reads happily) does not exhaust the call stack; and it visits each object once, so
 * an object given by code (a widget's `report` property) may hold cycles.
 */
export function findForbiddenKeys(
  value: unknown,
  path: IssuePath = [],
  out: DefinitionIssue[] = [],
): DefinitionIssue[] {
  // One path array for the whole walk: a step into a child pushes its key, leaving it pops; only a
  // finding copies it.
  const at = [...path];
  const seen = new Set<object>();
  const stack: Frame[] = [];
  const enter = (node: unknown): boolean => {
    if (node === null || typeof node !== 'object' || seen.has(node)) return false;
    seen.add(node);
    // An index is never a forbidden key; no array of indices is built.
    stack.push({ node, keys: Array.isArray(node) ? null : Object.keys(node), next: 0 });
    return true;
  };
  enter(value);
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const count = frame.keys === null ? (frame.node as unknown[]).length : frame.keys.length;
    if (frame.next === count) {
      stack.pop();
      // The root's key is not on the path; every other object's is.
      if (stack.length > 0) at.pop();
      continue;
    }
    const key = frame.keys === null ? frame.next : frame.keys[frame.next]!;
    frame.next++;
    at.push(key);
    if (typeof key === 'string' && FORBIDDEN_KEYS.has(key))
      out.push({
        code: 'forbidden_key',
        path: [...at],
        message: `the key "${key}" is not allowed (it could alter object prototypes)`,
        params: { key },
      });
    else if (enter((frame.node as Record<string | number, unknown>)[key])) continue;
    at.pop();
  }
  return out;
}
