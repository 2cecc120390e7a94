import { describe, expect, it } from 'vitest';
import { steppedIndex } from '../../widgets/base/stepped-index.js';

describe('steppedIndex: the widgets keyboard traversal', () => {
  it('forward (bars, periods): → and ↓ next, ← and ↑ previous, Home and End the ends', () => {
    expect(
      ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp', 'Home', 'End'].map((key) =>
        steppedIndex(key, 2, 5, 'forward'),
      ),
    ).toEqual([3, 3, 1, 1, 0, 4]);
  });

  it('rising (a funnel along sizes): → and ↑ next, ← and ↓ previous', () => {
    expect(['ArrowRight', 'ArrowUp', 'ArrowLeft', 'ArrowDown'].map((key) => steppedIndex(key, 2, 5, 'rising'))).toEqual(
      [3, 3, 1, 1],
    );
  });

  it('list (reform tasks): ↓ and ↑ only; ← and → are left to the page', () => {
    expect(['ArrowDown', 'ArrowUp', 'ArrowLeft', 'ArrowRight'].map((key) => steppedIndex(key, 2, 5, 'list'))).toEqual([
      3,
      1,
      undefined,
      undefined,
    ]);
  });

  it('stays within the items, and leaves other keys alone', () => {
    expect(steppedIndex('ArrowRight', 4, 5, 'forward')).toBe(4);
    expect(steppedIndex('ArrowLeft', 0, 5, 'forward')).toBe(0);
    expect(steppedIndex('End', 0, 0, 'forward')).toBe(0);
    expect(steppedIndex('Enter', 2, 5, 'forward')).toBeUndefined();
    expect(steppedIndex('a', 2, 5, 'rising')).toBeUndefined();
  });
});
