import type * as z from 'zod/mini';
import { dayIssue } from '../errors/day-issue.js';
import { gotParams } from '../errors/described.js';
import type { IssuePath } from '../errors/issue.js';
import type { FormatRule, TypedIssue } from '../errors/issues.js';
import { EN_ISSUES, FORMAT_RULE_WORDS } from '../errors/messages/en.js';

type ZodIssue = z.core.$ZodIssue;

/**
 * The checks the definitions' schemas word themselves (a pattern's or a refinement's message), by
 * that message: a language words them from `rule`.
 */
const RULES: ReadonlyMap<string, FormatRule> = new Map(
  (Object.entries(FORMAT_RULE_WORDS) as [FormatRule, string][]).map(([rule, words]) => [words, rule]),
);

/** A check's rule by its message, or the schema's own words as `detail`. */
function ruleOf(message: string): { rule: FormatRule } | { detail: string } {
  const rule = RULES.get(message);
  return rule === undefined ? { detail: message === 'Invalid input' ? 'invalid value' : message } : { rule };
}

/** One zod issue (not a union, not unrecognized keys) as a lawgauge issue at `path`. */
function issueOf(issue: ZodIssue, path: IssuePath): TypedIssue {
  const got = gotParams('input' in issue ? issue.input : undefined);
  switch (issue.code) {
    case 'invalid_type': {
      const params = { expected: [issue.expected], required: issue.input === undefined, ...got };
      return { code: 'invalid_type', path, message: EN_ISSUES.invalid_type(params), params };
    }
    case 'invalid_value': {
      const params = { allowed: issue.values.map((value) => JSON.stringify(value)), ...got };
      return { code: 'invalid_value', path, message: EN_ISSUES.invalid_value(params), params };
    }
    case 'too_small':
    case 'too_big': {
      const limit = issue.code === 'too_small' ? issue.minimum : issue.maximum;
      const params = { origin: issue.origin, limit: String(limit), inclusive: issue.inclusive === true, ...got };
      return issue.code === 'too_small'
        ? { code: 'too_small', path, message: EN_ISSUES.too_small(params), params }
        : { code: 'too_big', path, message: EN_ISSUES.too_big(params), params };
    }
    case 'invalid_format': {
      const params = {
        format: issue.format,
        ...(issue.message === 'Invalid input' ? {} : ruleOf(issue.message)),
        ...got,
      };
      return { code: 'invalid_format', path, message: EN_ISSUES.invalid_format(params), params };
    }
    case 'not_multiple_of': {
      const params = { divisor: String(issue.divisor) };
      return { code: 'not_multiple_of', path, message: EN_ISSUES.not_multiple_of(params), params };
    }
    default: {
      // `custom` (a refinement), and zod's codes lawgauge's schemas do not raise on their own.
      const params = ruleOf(issue.message);
      // A Report's date spelled YYYY-MM-DD that the calendar lacks (CalendarDate): said as every date check says it.
      if ('rule' in params && params.rule === 'iso_date')
        return dayIssue('input' in issue ? issue.input : undefined, path);
      return { code: 'custom', path, message: EN_ISSUES.custom(params), params };
    }
  }
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
export function issuesFromZod(issues: readonly ZodIssue[], base: IssuePath = []): TypedIssue[] {
  const out: TypedIssue[] = [];
  for (const issue of issues) {
    const path = [...base, ...(issue.path as (string | number)[])];
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      const candidates = issue.errors.filter((branch) => !isShallowMismatch(branch));
      const pool = candidates.length > 0 ? candidates : issue.errors;
      if (candidates.length === 0 && pool.every((branch) => branch.every((i) => i.code === 'invalid_type'))) {
        const expected = [...new Set(pool.flat().map((i) => (i.code === 'invalid_type' ? i.expected : '')))];
        const input = pool[0]![0] !== undefined && 'input' in pool[0]![0] ? pool[0]![0].input : undefined;
        const params = { expected, required: false, ...gotParams(input) };
        out.push({ code: 'invalid_type', path, message: EN_ISSUES.invalid_type(params), params });
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
      out.push({ code: 'invalid_value', path, message: EN_ISSUES.invalid_value(params), params });
    } else if (issue.code === 'invalid_key') {
      // A record's key that its key schema refused: named with the key schema's own words.
      const key = String(issue.input);
      const words = issue.issues.map((inner) => inner.message).find((message) => message !== 'Invalid input');
      const params = { key, ...(words === undefined ? {} : ruleOf(words)) };
      out.push({ code: 'invalid_key', path, message: EN_ISSUES.invalid_key(params), params });
    } else if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys)
        out.push({
          code: 'unknown_key',
          path: [...path, key],
          message: EN_ISSUES.unknown_key({ key }),
          params: { key },
        });
    } else {
      const typed = issueOf(issue, path);
      // A date's refinement fails after its pattern did ("2019-2-3"): one problem, said once.
      const last = out.at(-1);
      if (last?.message !== typed.message || String(last.path) !== String(typed.path)) out.push(typed);
    }
  }
  return out;
}
