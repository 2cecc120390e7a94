/** Names that would reach an object's prototype if used as keys; rejected everywhere by name. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
