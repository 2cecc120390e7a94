import type { LawGaugeErrorCode } from '../errors/law-gauge-error.js';
import { isObject, validity, type Validity } from './validity.js';

/**
 * A document that failed a generated validity test: where the first failure found is. What is
 * wrong, in words, comes from the contract's full check (`checkReportShape`, …), which the widget
 * bundles load only then.
 */
export class ShapeFailure extends Error {
  constructor(
    /** The contract's root name: `report`, `reformReport`, `dashboard`. */
    readonly root: string,
    readonly code: LawGaugeErrorCode,
    readonly path: readonly (string | number)[],
    /** The document, for the full check to explain. */
    readonly input: unknown,
  ) {
    super(`${root}: invalid`);
  }
}

/**
 * The widgets' check of one contract, from its generated validity test (src/shape/generated/*-valid.ts):
 * the same verdicts as the contract's full check, with `rules` (what the schema cannot state, as
 * zod-shaped issues) on a document of the right shape, but none of its explaining. With
 * `remember`, documents are treated as immutable once checked: the same object given to many
 * widgets is checked once.
 *
 * @throws ShapeFailure (root `root`, code `code`) naming where the document first fails.
 */
export function validChecker<T>(
  root: string,
  valid: (value: unknown, context: Validity) => boolean,
  {
    rules = () => [],
    remember = false,
    code = 'invalid_definition',
  }: {
    rules?: (value: T) => readonly { readonly path: readonly PropertyKey[] }[];
    remember?: boolean;
    code?: LawGaugeErrorCode;
  } = {},
): (input: unknown) => T {
  const checked = new WeakSet<object>();
  return (input) => {
    if (remember && isObject(input) && checked.has(input)) return input as T;
    const context = validity();
    const failure = valid(input, context) ? rules(input as T)[0]?.path : context.path;
    if (failure !== undefined) throw new ShapeFailure(root, code, failure as (string | number)[], input);
    if (remember) checked.add(input as object);
    return input as T;
  };
}
