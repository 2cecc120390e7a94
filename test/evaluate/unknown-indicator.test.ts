import { describe, expect, it } from 'vitest';
import { builtInCatalog, evaluate, LawGaugeError } from '../../src/index.js';

describe('an unknown indicator', () => {
  it('names the nearest id when one is close, and the known ones', () => {
    const catalog = builtInCatalog('court-case-quality');
    let error: unknown;
    try {
      evaluate(catalog, {}, { indicators: ['clearence_rate'] });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(LawGaugeError);
    const issue = (error as LawGaugeError).issues[0]!;
    expect(issue.code).toBe('unknown_reference');
    expect(issue.params).toMatchObject({ kind: 'indicator', id: 'clearence_rate', suggestion: 'clearance_rate' });
    expect((error as LawGaugeError).message).toMatch(
      /^options\.indicators\[0\]: unknown indicator "clearence_rate" \(did you mean "clearance_rate"\?\); known: /,
    );
  });
});
