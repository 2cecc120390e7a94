import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CollationOrder } from '../../widgets/indicator-table/collation-order.js';
import type { OrderJob } from '../../widgets/indicator-table/order-job.js';
import { RadixOrder } from '../../widgets/indicator-table/radix-order.js';

/** Runs `job` to the end, `deadline` giving each call's deadline (0: past at once); the calls it took. */
function finish(job: OrderJob, deadline: () => number): number {
  let calls = 1;
  while (!job.run(deadline())) calls++;
  return calls;
}

/** What a stable comparator sort gives: keyed rows by key (descending or not), then NaN rows in their order. */
function stableOrder(keys: readonly number[], descending: boolean): number[] {
  const rows = keys.map((_, index) => index);
  const keyed = rows.filter((index) => !Number.isNaN(keys[index]));
  keyed.sort((a, b) => (descending ? keys[b]! - keys[a]! : keys[a]! - keys[b]!));
  return keyed.concat(rows.filter((index) => Number.isNaN(keys[index])));
}

const awkward = [0, -0, 1, -1, 0.5, -0.5, 1e300, -1e300, 5e-324, -5e-324, Infinity, -Infinity, NaN, 0.1 + 0.2];

describe('RadixOrder', () => {
  it('orders as a stable sort does, rows without a key last both ways (fast-check, seeded)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...awkward), fc.double(), fc.integer({ min: -3, max: 3 })), {
          maxLength: 80,
        }),
        fc.boolean(),
        (keys, descending) => {
          const job = new RadixOrder(keys.length, (index) => keys[index]!, descending);
          finish(job, () => Infinity);
          expect(Array.from(job.order!)).toEqual(stableOrder(keys, descending));
        },
      ),
      { seed: 22, numRuns: 500 },
    );
  });

  it('a long list stopped at every deadline still ends in the same order, after many calls', () => {
    const keys = Array.from({ length: 60_000 }, (_, index) =>
      index % 89 === 0 ? NaN : ((index * 7919) % 1000) - 300.5,
    );
    for (const descending of [false, true]) {
      const job = new RadixOrder(keys.length, (index) => keys[index]!, descending);
      expect(finish(job, () => 0)).toBeGreaterThan(4);
      expect(Array.from(job.order!)).toEqual(stableOrder(keys, descending));
    }
  });
});

describe('CollationOrder', () => {
  it('orders names as a stable sort with the collator does, whether or not it stops at each deadline', () => {
    const compare = new Intl.Collator('zh-CN').compare;
    const names = Array.from(
      { length: 5_000 },
      (_, index) => `${['黄浦区', '徐汇区', '区', 'a', 'B', 'é'][index % 6]}${(index * 37) % 101}`,
    );
    const expected = names.map((_, index) => index).sort((a, b) => compare(names[a]!, names[b]!));
    const atOnce = new CollationOrder(names.length, (index) => names[index]!, compare);
    expect(finish(atOnce, () => Infinity)).toBe(1);
    expect(Array.from(atOnce.order!)).toEqual(expected);
    const sliced = new CollationOrder(names.length, (index) => names[index]!, compare);
    expect(finish(sliced, () => 0)).toBeGreaterThan(10);
    expect(Array.from(sliced.order!)).toEqual(expected);
  });

  it('orders any names as a stable sort with the collator does: runs, ties, one name, none (fast-check, seeded)', () => {
    const compare = new Intl.Collator('en').compare;
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'A', 'b', 'ä', '10', '9', '区1', '区10', '区2', ''), { maxLength: 60 }),
        (names) => {
          const job = new CollationOrder(names.length, (index) => names[index]!, compare);
          finish(job, () => Infinity);
          expect(Array.from(job.order!)).toEqual(
            names.map((_, index) => index).sort((a, b) => compare(names[a]!, names[b]!)),
          );
        },
      ),
      { seed: 22, numRuns: 500 },
    );
  });

  it('sorts a small list in one call even past its deadline', () => {
    const names = ['静安区', '黄浦区', '徐汇区'];
    const job = new CollationOrder(names.length, (index) => names[index]!, new Intl.Collator('zh-CN').compare);
    expect(job.run(0)).toBe(true);
    expect(Array.from(job.order!).map((index) => names[index])).toEqual(['黄浦区', '静安区', '徐汇区']);
  });
});
