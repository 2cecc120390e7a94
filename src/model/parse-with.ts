import * as z from 'zod/mini';
import { LawGaugeError, type LawGaugeErrorCode } from '../errors/law-gauge-error.js';
import type { LawGaugeIssue } from '../errors/issues.js';
import { findForbiddenKeys } from './forbidden-keys.js';
import { issuesFromZod } from './zod-issues.js';

const validated = new WeakSet<object>();

/** True for objects a parse function returned: they are not checked again. */
export function wasValidated(input: unknown): boolean {
  return input !== null && typeof input === 'object' && validated.has(input);
}

/** What {@link parseWith} checks beyond the schema, and the code of the error it throws. */
export interface ParseOptions<T> {
  /** Rules the schema cannot state, on a value the schema accepted. */
  readonly check?: (value: T) => LawGaugeIssue[];
  /** When the schema fails: the rule problems of the parts that are valid on their own. */
  readonly checkParts?: (input: unknown) => LawGaugeIssue[];
  /** The error's code: a definition's by default, `invalid_report` for a Report. */
  readonly code?: LawGaugeErrorCode;
}

/**
 * Parses untrusted JSON-like input with a schema: forbidden keys first, then the schema (zod
 * without JIT, so strict CSP pages work), then `check` for rules the schema cannot state. When the
 * schema fails, `checkParts` adds the rule problems of the parts that are valid on their own, so
 * one error lists everything that can be known.
 */
export function parseWith<T>(
  schema: z.ZodMiniType<T>,
  input: unknown,
  root: string,
  { check = () => [], checkParts = () => [], code = 'invalid_definition' }: ParseOptions<T> = {},
): T {
  z.config({ jitless: true });
  const forbidden = findForbiddenKeys(input);
  if (forbidden.length > 0) throw new LawGaugeError(code, root, forbidden);
  const result = schema.safeParse(input, { reportInput: true });
  if (!result.success)
    throw new LawGaugeError(code, root, [...issuesFromZod(result.error.issues), ...checkParts(input)]);
  const issues = check(result.data);
  if (issues.length > 0) throw new LawGaugeError(code, root, issues);
  validated.add(result.data as object);
  return result.data;
}
