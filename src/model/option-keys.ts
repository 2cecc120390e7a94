import type { DefinitionIssue } from '../errors/issue.js';
import { invalidArgument, LawGaugeError } from '../errors/law-gauge-error.js';
import { EN_ISSUES } from '../errors/messages/en.js';
import { FORBIDDEN_KEYS } from './forbidden-key-names.js';

/**
 * The options object of a public function that checks its options by hand (no zod, so the widgets
 * that call it stay small): `undefined` reads as `{}`; anything but a plain object, a key the
 * function does not know (a misspelt `overdisperson` would otherwise be ignored and its default
 * used) and a forbidden key (`__proto__`, …) are refused at once, with the same issues (`invalid_type`,
 * `unknown_key`, `forbidden_key`) and words as `evaluate`'s zod-checked options give.
 *
 * @throws LawGaugeError (`invalid_argument`, root `root`) listing every unknown key.
 */
export function checkOptionKeys(
  options: unknown,
  known: readonly string[],
  root = 'options',
): Readonly<Record<string, unknown>> {
  if (options === undefined) return {};
  if (options === null || typeof options !== 'object' || Array.isArray(options))
    throw invalidArgument(root, `expected an object of options, got ${JSON.stringify(options) ?? String(options)}`);
  const issues: DefinitionIssue[] = [];
  for (const key of Object.keys(options)) {
    if (FORBIDDEN_KEYS.has(key)) {
      issues.push({ code: 'forbidden_key', path: [key], message: EN_ISSUES.forbidden_key({ key }), params: { key } });
    } else if (!known.includes(key)) {
      issues.push({ code: 'unknown_key', path: [key], message: EN_ISSUES.unknown_key({ key }), params: { key } });
    }
  }
  if (issues.length > 0) throw new LawGaugeError('invalid_argument', root, issues);
  return options as Readonly<Record<string, unknown>>;
}
