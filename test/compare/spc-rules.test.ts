import { describe, expect, it } from 'vitest';
import { rulesOf, spcSignals, variationOf, xmrLimits, type SpcLimits } from '../../src/compare/index.js';
import { phasesOf } from '../../src/compare/phases.js';
import { emptyLimits } from '../../src/compare/spc-limits.js';

/** Constant lines for rule tests: centre 0, two-sigma lines ±2, limits ±3, one phase (or split at `phaseStarts`). */
function flatLimits(length: number, phaseStarts: number[] = []): SpcLimits {
  const limits = emptyLimits(length, phasesOf(length, { phaseStarts }));
  limits.centre.fill(0);
  limits.lower.fill(-3);
  limits.upper.fill(3);
  limits.twoSigmaLower.fill(-2);
  limits.twoSigmaUpper.fill(2);
  return limits;
}

/** Each point's rules under flat limits. */
function rules(values: number[], phaseStarts: number[] = []): string[][] {
  const signals = spcSignals(Float64Array.from(values), flatLimits(values.length, phaseStarts));
  return Array.from(signals, (signal) => rulesOf(signal));
}

/** Each point's variation under flat limits, for a polarity. */
function variations(values: number[], polarity: Parameters<typeof variationOf>[1]): string[] {
  const signals = spcSignals(Float64Array.from(values), flatLimits(values.length));
  return Array.from(signals, (signal) => variationOf(signal, polarity));
}

const none: string[] = [];
const repeat = <T>(value: T, times: number): T[] => Array.from({ length: times }, () => value);

describe('outside: strictly beyond a process limit', () => {
  it('marks 3.0001 and −3.0001, not 3 and −3 exactly on the limits', () => {
    // Points apart, so that no two of three lie beyond a two-sigma line together.
    expect(rules([3, 0, 0, 3.0001, 0, 0, -3, 0, 0, -3.0001])).toEqual([
      none,
      none,
      none,
      ['outside'],
      none,
      none,
      none,
      none,
      none,
      ['outside'],
    ]);
  });

  it('does not mark a point exactly on an XmR limit computed from a baseline', () => {
    // Baseline [0, 1]: centre 0.5, mR̄ = |1 − 0| = 1, upper limit 0.5 + 2.66·1 = 3.16.
    const onLimit = 0.5 + 2.66;
    const values = Float64Array.from([0, 1, onLimit, 0.5, 0.5, onLimit + 1e-9]);
    const limits = xmrLimits(values, { baseline: 2 });
    expect(limits.upper[2]).toBe(onLimit);
    const signals = Array.from(spcSignals(values, limits), rulesOf);
    expect(signals[2]).toEqual([]);
    expect(signals[5]).toEqual(['outside']);
  });

  it('never fires where a phase has no limits', () => {
    const limits = emptyLimits(3, phasesOf(3));
    limits.centre.fill(0);
    expect(Array.from(spcSignals(Float64Array.from([0, 100, -100]), limits), rulesOf)).toEqual([none, none, none]);
  });
});

describe('shift: 7 or more points strictly on one side of the centre', () => {
  it('a run of 6 is not a shift; a run of 7 marks all 7', () => {
    expect(rules([-1, ...repeat(1, 6), -1])).toEqual(repeat(none, 8));
    expect(rules([-1, ...repeat(1, 7), -1])).toEqual([none, ...repeat(['shift'], 7), none]);
    expect(rules(repeat(-1, 9))).toEqual(repeat(['shift'], 9));
  });

  it('a point exactly on the centre breaks the run and is not marked', () => {
    expect(rules([1, 1, 1, 0, 1, 1, 1, 1])).toEqual(repeat(none, 8));
    expect(rules([...repeat(1, 7), 0])).toEqual([...repeat(['shift'], 7), none]);
  });

  it('judges the side against each point’s own centre', () => {
    const limits = flatLimits(7);
    limits.centre.set([0, 0, 0, 5, 5, 5, 5]);
    // 1 is above 0 but below 5: the run ends at the third point.
    expect(Array.from(spcSignals(Float64Array.from(repeat(1, 7)), limits), rulesOf)).toEqual(repeat(none, 7));
  });
});

describe('trend: 7 or more points each strictly above (or below) the one before', () => {
  it('6 rises in a row mark all 7 points, the first included; 5 rises mark none', () => {
    const sevenRising = [-1.5, -1, -0.5, 0.1, 0.5, 1, 1.5];
    expect(rules(sevenRising)).toEqual(repeat(['trend'], 7));
    // A fall into the run, then 5 rises (6 points), then a fall.
    expect(rules([0, -1.5, -1, -0.5, 0.5, 1, 1.5, 1.2])).toEqual(repeat(none, 8));
  });

  it('a tie breaks the run', () => {
    // −0.5 twice: the rises before (2) and after (4) are each too short.
    expect(rules([-1.5, -1, -0.5, -0.5, 0.5, 1, 1.5, 1.8])).toEqual(repeat(none, 8));
    // The same without the tie: 7 rises, 8 points.
    expect(rules([-1.5, -1, -0.5, -0.25, 0.5, 1, 1.5, 1.8])).toEqual(repeat(['trend'], 8));
  });

  it('agrees with NHSRplotthedots’ own trend cases (tests/testthat/test-ptd_calculate_point_type.R)', () => {
    // ptd_seven_point_trend(c(1:3, 3:6)): no trend (the tie); c(2, 1:7, 3): 1 … 7 is one (7 points).
    expect(rules([1, 2, 3, 3, 4, 5, 6].map((x) => (x - 3.5) / 4))).toEqual(repeat(none, 7));
    expect(rules([2, 1, 2, 3, 4, 5, 6, 7, 3].map((x) => (x - 4) / 2))).toEqual([none, ...repeat(['trend'], 7), none]);
  });

  it('falling runs are trends too; a peak can end a rise and start a fall', () => {
    expect(rules([1.5, 1, 0.5, 0.1, -0.5, -1, -1.5])).toEqual(repeat(['trend'], 7));
    const peak = [-1.5, -1, -0.5, -0.1, 0.5, 1, 1.5, 1, 0.5, 0.1, -0.5, -1, -1.5];
    expect(rules(peak)).toEqual(repeat(['trend'], 13));
    // The peak (index 6) is marked rising and falling: concern whichever way is better.
    expect(variations(peak, 'higher-better')[6]).toBe('concern');
    expect(variations(peak, 'lower-better')[6]).toBe('concern');
    expect(variations(peak, 'higher-better')[0]).toBe('improvement');
    expect(variations(peak, 'higher-better')[12]).toBe('concern');
    expect(variations(peak, 'lower-better')[12]).toBe('improvement');
  });
});

describe('two-of-three: 2 or 3 of 3 consecutive points strictly beyond the same two-sigma line', () => {
  it('marks the two beyond the upper line, not the one between', () => {
    expect(rules([2.5, 0, 2.5])).toEqual([['two-of-three'], none, ['two-of-three']]);
    expect(rules([-2.5, -2.1, -2.9])).toEqual(repeat(['two-of-three'], 3));
  });

  it('does not count points beyond opposite lines, points 3 apart, or a point exactly on the line', () => {
    expect(rules([2.5, 0, -2.5])).toEqual(repeat(none, 3));
    expect(rules([2.5, 0, 0, 2.5])).toEqual(repeat(none, 4));
    expect(rules([2, 2.5, 0])).toEqual(repeat(none, 3));
  });

  it('counts a point beyond the process limit, which is beyond the two-sigma line too', () => {
    expect(rules([3.5, 2.5, 0])).toEqual([['outside', 'two-of-three'], ['two-of-three'], none]);
  });
});

describe('rules per point, in order, and phases', () => {
  it('lists a point’s rules in the order outside, shift, trend, two-of-three', () => {
    // Seven points above the centre, rising, the last two beyond the two-sigma line and the last beyond the limit.
    expect(rules([0.5, 0.8, 1, 1.2, 1.5, 2.5, 3.5])).toEqual([
      ...repeat(['shift', 'trend'], 5),
      ['shift', 'trend', 'two-of-three'],
      ['outside', 'shift', 'trend', 'two-of-three'],
    ]);
  });

  it('does not carry a run across a phase break', () => {
    expect(rules(repeat(1, 8), [4])).toEqual(repeat(none, 8));
    expect(rules(repeat(1, 8), [1])).toEqual([none, ...repeat(['shift'], 7)]);
    expect(rules([-1.5, -1, -0.5, 0.1, 0.5, 1, 1.5], [3])).toEqual(repeat(none, 7));
    expect(rules([2.5, 2.5, 0], [1])).toEqual(repeat(none, 3));
  });
});

describe('variation by polarity', () => {
  const shiftUp = [-1, ...repeat(1, 7)];
  it('common without a rule; improvement or concern by direction; special for neutral and band', () => {
    expect(variations(shiftUp, 'higher-better')).toEqual(['common', ...repeat('improvement', 7)]);
    expect(variations(shiftUp, 'lower-better')).toEqual(['common', ...repeat('concern', 7)]);
    expect(variations(shiftUp, 'neutral')).toEqual(['common', ...repeat('special', 7)]);
    expect(variations(shiftUp, { band: [0.9, 1.1] })).toEqual(['common', ...repeat('special', 7)]);
  });

  it('a rising run below the centre is marked both ways: concern', () => {
    const risingBelow = [-1.9, -1.8, -1.7, -1.6, -1.5, -1.4, -1.3];
    expect(rules(risingBelow)).toEqual(repeat(['shift', 'trend'], 7));
    expect(variations(risingBelow, 'higher-better')).toEqual(repeat('concern', 7));
    expect(variations(risingBelow, 'lower-better')).toEqual(repeat('concern', 7));
  });
});
