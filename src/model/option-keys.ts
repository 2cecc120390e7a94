import type { DefinitionIssue } from '../errors/issue.js';
import { invalidArgument, LawGaugeError } from '../errors/law-gauge-error.js';
import { EN_ISSUES } from '../errors/messages/en.js';
import { closest } from './closest.js';
import { FORBIDDEN_KEYS } from './forbidden-key-names.js';

/**
 * The keys of an options interface, each `true`: written as `Record<keyof XOptions, true>`, the
 * compiler refuses a list that lacks a key of the interface or has one it does not, so a new
 * option cannot be forgotten here (and then refused as unknown).
 */
export type OptionKeys<T> = Readonly<Record<keyof T, true>>;

/**
 * The options object of a public function that checks its options by hand (no zod, so the widgets
 * that call it stay small): `undefined` reads as `{}`; anything but a plain object, a key the
 * function does not know (a misspelt `overdisperson` would otherwise be ignored and its default
 * used) and a forbidden key (`__proto__`, …) are refused at once, with the same issues (`invalid_type`,
 * `unknown_key`, `forbidden_key`) and words as `evaluate`'s zod-checked options give. An unknown
 * key close to a known one names it (`suggestion`: `overdisperson` → `overdispersion`). Once per
 * call, over the keys given: never per row.
 *
 * @throws LawGaugeError (`invalid_argument`, root `root`) listing every unknown key.
 */
export function checkOptionKeys(
  options: unknown,
  known: Readonly<Record<string, true>>,
  root = 'options',
): Readonly<Record<string, unknown>> {
  if (options === undefined) return {};
  if (options === null || typeof options !== 'object' || Array.isArray(options))
    throw invalidArgument(root, `expected an object of options, got ${JSON.stringify(options) ?? String(options)}`);
  const issues: DefinitionIssue[] = [];
  for (const key of Object.keys(options)) {
    if (FORBIDDEN_KEYS.has(key)) {
      issues.push({ code: 'forbidden_key', path: [key], message: EN_ISSUES.forbidden_key({ key }), params: { key } });
    } else if (!Object.hasOwn(known, key)) {
      issues.push(unknownKey(key, Object.keys(known)));
    }
  }
  if (issues.length > 0) throw new LawGaugeError('invalid_argument', root, issues);
  return options as Readonly<Record<string, unknown>>;
}

/** An `unknown_key` issue for `key`, naming the nearest of `known` when one is close (a misspelling). */
export function unknownKey(key: string, known: readonly string[]): DefinitionIssue {
  const suggestion = closest(key, known);
  const params = suggestion === undefined ? { key } : { key, suggestion };
  return { code: 'unknown_key', path: [key], message: EN_ISSUES.unknown_key(params), params };
}
