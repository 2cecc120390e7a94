import type * as z from 'zod/mini';
import type { DefinitionIssue, IssueParams, IssuePath } from '../errors/issue.js';
import { issueWords, RULE_WORDS } from './issue-words.js';

type ZodIssue = z.core.$ZodIssue;

function describe(input: unknown): string {
  if (input === undefined) return 'nothing';
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'an array';
  if (typeof input === 'string') return `"${input.length > 40 ? `${input.slice(0, 40)}…` : input}"`;
  if (typeof input === 'object') return 'an object';
  return `${typeof input} ${String(input)}`;
}

/**
 * What `describe` says of an input, as params: `got` its kind (`nothing`, `null`, `array`,
 * `object`, `string`, `number`, `boolean`, …) and, for a string, number or boolean, `value` as
 * `describe` shows it (a string quoted and cut at 40 characters).
 */
function gotParams(input: unknown): { got: string; value?: string } {
  if (input === undefined) return { got: 'nothing' };
  if (input === null) return { got: 'null' };
  if (Array.isArray(input)) return { got: 'array' };
  if (typeof input === 'string') return { got: 'string', value: describe(input) };
  if (typeof input === 'object') return { got: 'object' };
  return { got: typeof input, value: String(input) };
}

/**
 * The checks the definitions' schemas word themselves (a pattern's or a refinement's message), by
 * that message: a language words them from `rule` (issue-words.ts).
 */
const RULES: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(RULE_WORDS).map(([rule, words]) => [words.en, rule]),
);

function ruleParams(message: string): { rule?: string } {
  const rule = Object.hasOwn(RULES, message)
    ? RULES[message]
    : message.startsWith('is "') && message.endsWith('which Reports use for the total row')
      ? 'total_marker'
      : undefined;
  return rule === undefined ? {} : { rule };
}

/** A zod issue's params: what its message names. */
function paramsOf(issue: ZodIssue): IssueParams {
  const input = 'input' in issue ? issue.input : undefined;
  switch (issue.code) {
    case 'invalid_type':
      return { expected: [issue.expected], required: issue.input === undefined, ...gotParams(input) };
    case 'invalid_value':
      return { allowed: issue.values.map((value) => JSON.stringify(value)), ...gotParams(input) };
    case 'too_small':
      return {
        origin: issue.origin,
        limit: String(issue.minimum),
        inclusive: issue.inclusive === true,
        ...gotParams(input),
      };
    case 'too_big':
      return {
        origin: issue.origin,
        limit: String(issue.maximum),
        inclusive: issue.inclusive === true,
        ...gotParams(input),
      };
    case 'invalid_format':
      return {
        format: issue.format,
        ...(issue.message !== 'Invalid input' ? ruleParams(issue.message) : {}),
        ...gotParams(input),
      };
    case 'not_multiple_of':
      return { divisor: String(issue.divisor) };
    default:
      return ruleParams(issue.message);
  }
}

/**
 * An issue's English message: the words of its code and params (issue-words.ts, as every language
 * words it), or what those cannot say: a schema's own message that names no rule, zod's default.
 */
function messageOf(issue: ZodIssue, params: IssueParams): string {
  const words = issueWords('en', issue.code, params);
  if (words !== undefined) return words;
  if (issue.code === 'invalid_format')
    return issue.message !== 'Invalid input'
      ? `${issue.message}, got ${describe(issue.input)}`
      : `expected ${issue.format}`;
  return issue.message === 'Invalid input' ? 'invalid value' : issue.message;
}

/** The values a discriminated union accepts, which zod puts on its "no matching discriminator" issue. */
function discriminatorOptions(issue: ZodIssue): readonly unknown[] {
  const options = (issue as { options?: unknown }).options;
  return Array.isArray(options) ? options : [];
}

/** How far into the input a union branch got before failing: the deepest path among its issues. */
function depthOf(issues: readonly ZodIssue[]): number {
  let depth = 0;
  for (const issue of issues) {
    const own = issue.path.length + (issue.code === 'invalid_union' ? depthOf(issue.errors.flat()) : 0);
    if (own > depth) depth = own;
  }
  return depth;
}

/** A branch failing only on its shape (wrong type, stray keys) is a worse explanation than one failing inside. */
function isShallowMismatch(issues: readonly ZodIssue[]): boolean {
  return issues.every(
    (issue) => issue.path.length === 0 && (issue.code === 'invalid_type' || issue.code === 'unrecognized_keys'),
  );
}

/**
 * Turns zod issues into lawgauge issues. For a union, the branch that got furthest explains the
 * mistake best (a user who wrote `{and: [...]}` wants to hear about the bad item, not that the
 * object is not a leaf predicate).
 */
export function issuesFromZod(issues: readonly ZodIssue[], base: IssuePath = []): DefinitionIssue[] {
  const out: DefinitionIssue[] = [];
  for (const issue of issues) {
    const path = [...base, ...(issue.path as (string | number)[])];
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      const candidates = issue.errors.filter((branch) => !isShallowMismatch(branch));
      const pool = candidates.length > 0 ? candidates : issue.errors;
      if (candidates.length === 0 && pool.every((branch) => branch.every((i) => i.code === 'invalid_type'))) {
        const expected = [...new Set(pool.flat().map((i) => (i.code === 'invalid_type' ? i.expected : '')))];
        const input = pool[0]![0] !== undefined && 'input' in pool[0]![0] ? pool[0]![0].input : undefined;
        const params = { expected, required: false, ...gotParams(input) };
        out.push({ code: 'invalid_type', path, message: issueWords('en', 'invalid_type', params)!, params });
        continue;
      }
      let best = pool[0]!;
      for (const branch of pool) {
        const better =
          depthOf(branch) > depthOf(best) || (depthOf(branch) === depthOf(best) && branch.length < best.length);
        if (better) best = branch;
      }
      // A loop, not push(...): a branch's issues are as many as its input's faults.
      for (const found of issuesFromZod(best, path)) out.push(found);
    } else if (issue.code === 'invalid_union' && discriminatorOptions(issue).length > 0) {
      // A discriminated union (a field's `type`, a measure's `kind`) met a value none of its options has.
      const discriminator = (issue as { discriminator?: unknown }).discriminator;
      const input =
        issue.input !== null && typeof issue.input === 'object' && typeof discriminator === 'string'
          ? (issue.input as Record<string, unknown>)[discriminator]
          : issue.input;
      const params = {
        allowed: discriminatorOptions(issue).map((value) => JSON.stringify(value)),
        ...gotParams(input),
      };
      out.push({ code: 'invalid_value', path, message: issueWords('en', 'invalid_value', params)!, params });
    } else if (issue.code === 'invalid_key') {
      // A record's key that its key schema refused: named with the key schema's own words.
      const key = String(issue.input);
      const words = issue.issues.map((inner) => inner.message).find((message) => message !== 'Invalid input');
      out.push({
        code: 'invalid_key',
        path,
        message: `invalid key "${key}"${words === undefined ? '' : `: ${words}`}`,
        params: { key, ...(words === undefined ? {} : ruleParams(words)) },
      });
    } else if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys)
        out.push({ code: 'unknown_key', path: [...path, key], message: `unknown key "${key}"`, params: { key } });
    } else {
      const params = paramsOf(issue);
      out.push({ code: issue.code ?? 'invalid', path, message: messageOf(issue, params), params });
    }
  }
  return out;
}
