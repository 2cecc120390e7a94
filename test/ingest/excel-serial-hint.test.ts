import { describe, expect, it } from 'vitest';
import { builtInCatalog, ingest } from '../../src/index.js';

const cases = builtInCatalog('court-case-quality').datasets[0]!;
// Each record its own case number: a repeated one would be a duplicate of the rejected first copy.
let casesRead = 0;
const record = (filed_on: unknown) => ({
  case_id: `A${++casesRead}`,
  district: '黄浦区',
  case_type: '民事',
  procedure: '一审',
  filed_on,
});

describe('a date that is an Excel serial number', () => {
  it('is rejected with the mapping format that reads it', () => {
    const { quarantine } = ingest(cases, [record('43529'), record(43529), record('2019-02-30')]);
    expect(quarantine.map((entry) => entry.reason)).toEqual([
      expect.stringMatching(
        /^"43529" is not a valid date \(expected .*\); it looks like an Excel date serial number: set the mapping's "formats": \{"filed_on": "excel-serial"\}$/,
      ),
      expect.stringMatching(/^43529 is not a valid date \(.*\); it looks like an Excel date serial number/),
      expect.not.stringContaining('Excel'),
    ]);
  });
});
