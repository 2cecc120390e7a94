import fc from 'fast-check';
import { expect } from 'vitest';
import type { DefinitionIssue } from '../../src/index.js';
import { ShapeFailure, shapeIssueText } from '../../src/internal.js';

/*
 * Holds a generated checker to its zod schema: the same verdict and the same issues (codes,
 * paths, params and messages) on documents the core writes and on mutations of them; and the
 * widgets' words for those issues (shapeIssueText) to their messages.
 */

/** The issues `check` throws for `input` (none when it accepts it). */
export function issuesOf(check: (input: unknown) => unknown, input: unknown): readonly DefinitionIssue[] {
  try {
    check(input);
    return [];
  } catch (error) {
    const issues = (error as { issues?: readonly DefinitionIssue[] }).issues;
    if (issues === undefined) throw error;
    return issues;
  }
}

/**
 * Holds a widget's validity test (`validReport`, …) to the full check's verdict on `input`: it
 * accepts what has no issue, and otherwise names a place that is, or holds, an issue's path.
 */
export function agreesOnValidity(
  valid: (input: unknown) => unknown,
  input: unknown,
  issues: readonly DefinitionIssue[],
  where = '',
): void {
  let failure: ShapeFailure | undefined;
  try {
    valid(input);
  } catch (error) {
    if (!(error instanceof ShapeFailure)) throw error;
    failure = error;
  }
  expect(failure === undefined, `${where}: validity test agrees`).toBe(issues.length === 0);
  if (failure === undefined) return;
  const at = JSON.stringify(failure.path).slice(0, -1);
  expect(
    issues.some((issue) => JSON.stringify(issue.path).startsWith(at)),
    `${where}: ${JSON.stringify(failure.path)} leads to an issue`,
  ).toBe(true);
}

export const accepts = (check: (input: unknown) => unknown, input: unknown): boolean =>
  issuesOf(check, input).length === 0;

/** Every path to a value inside a JSON value. */
export function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return [prefix, ...value.flatMap((item, i) => paths(item, [...prefix, i]))];
  if (value !== null && typeof value === 'object')
    return [prefix, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...prefix, k]))];
  return [prefix];
}

export const DELETE = Symbol('delete');

/** A copy of `root` with the value at `path` replaced by `make(old)` (or deleted, for DELETE). */
export function setAt(root: unknown, path: readonly (string | number)[], make: (old: unknown) => unknown): unknown {
  if (path.length === 0) return make(root);
  const copy = JSON.parse(JSON.stringify(root)) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  const replacement = make(node[last]);
  if (replacement === DELETE) Reflect.deleteProperty(node, last);
  else node[last] = replacement;
  return copy;
}

const isPlain = (old: unknown): old is Record<string, unknown> =>
  old !== null && typeof old === 'object' && !Array.isArray(old);

/** Changes to one value: other types, impossible numbers, dates and keys, extra and renamed keys. */
export const MUTATIONS: readonly ((old: unknown) => unknown)[] = [
  () => DELETE,
  () => null,
  () => 'x',
  () => '',
  () => -1.5,
  () => 7,
  () => 0,
  () => true,
  () => [],
  () => [1],
  () => ({}),
  () => '2019-13',
  () => '2019-02-30',
  () => '__proto__',
  () => Number.NaN,
  () => -5,
  () => 1e300,
  () => -1e300,
  () => 2.5,
  () => 2 ** 60,
  () => '<b>x</b>',
  () => 'bad-key',
  () => ({ band: [0, 'y'] }),
  () => ({ warning: [0] }),
  (old) => (isPlain(old) ? { ...old, extra: 1 } : old),
  (old) => (isPlain(old) ? { ...old, 'bad-key': 1 } : old),
  (old) => (isPlain(old) ? Object.fromEntries(Object.entries(old).slice(1)) : old),
  (old) => (Array.isArray(old) ? [] : old),
  (old) => (Array.isArray(old) ? [...old, old[0]] : old),
  (old) => (typeof old === 'string' ? ` ${old}` : old),
  (old) => (typeof old === 'number' ? -old : old),
];

/**
 * `check` and `parse` (the zod schema) give the same issues on every document and on mutations
 * of them: one to three changes at random places (fast-check, seeded).
 */
export function agreesOnMutations(
  documents: readonly unknown[],
  check: (input: unknown) => unknown,
  parse: (input: unknown) => unknown,
  runs = 3000,
  valid?: (input: unknown) => unknown,
): void {
  for (const document of documents) {
    expect(issuesOf(parse, document)).toEqual([]);
    expect(issuesOf(check, JSON.parse(JSON.stringify(document)))).toEqual([]);
    if (valid !== undefined) agreesOnValidity(valid, JSON.parse(JSON.stringify(document)), []);
  }
  const change = fc.tuple(fc.nat(), fc.nat(MUTATIONS.length - 1));
  fc.assert(
    fc.property(fc.nat(), fc.array(change, { minLength: 1, maxLength: 3 }), (d, changes) => {
      let mutated = JSON.parse(JSON.stringify(documents[d % documents.length])) as unknown;
      const where: string[] = [];
      for (const [p, m] of changes) {
        const all = paths(mutated);
        const path = all[p % all.length]!;
        where.push(`${JSON.stringify(path)} mutation ${m}`);
        mutated = setAt(mutated, path, MUTATIONS[m]!);
      }
      const issues = issuesOf(check, mutated);
      expect(issues, where.join('; ')).toEqual(issuesOf(parse, mutated));
      if (valid !== undefined) agreesOnValidity(valid, mutated, issues, where.join('; '));
      // The widgets' words: in English the message itself, in Chinese words of their own.
      for (const issue of issues) {
        expect(shapeIssueText(issue, 'en'), where.join('; ')).toBe(issue.message);
        expect(shapeIssueText(issue, 'zh-CN'), where.join('; ')).not.toBe(issue.message);
      }
    }),
    { seed: 3, numRuns: runs },
  );
}
