import { describe, expect, it } from 'vitest';
import { builtInCatalog } from '../../src/index.js';
import { fieldsToRead } from '../../src/internal.js';

// What `lawgauge compute` and the dashboard's worker read of each data file: one rule for both.
describe('fieldsToRead', () => {
  const catalog = builtInCatalog('court-case-quality');

  it("is the fields the indicators use and the groups the dataset has, in the dataset's order", () => {
    expect(fieldsToRead(catalog, ['clearance_rate'], [])).toEqual(new Map([['cases', ['filed_on', 'closed_on']]]));
    expect(fieldsToRead(catalog, ['clearance_rate'], ['district', 'no_such_field'])).toEqual(
      new Map([['cases', ['district', 'filed_on', 'closed_on']]]),
    );
  });

  it('names only the datasets the indicators use; every indicator when none is named', () => {
    expect(fieldsToRead(catalog, ['no_such_indicator'], ['district'])).toEqual(new Map());
    const all = fieldsToRead(catalog, undefined, []);
    expect([...all.keys()]).toEqual(['cases']);
    expect(all.get('cases')!.length).toBeGreaterThan(2);
  });
});
