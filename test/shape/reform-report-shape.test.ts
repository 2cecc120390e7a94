import { readFileSync } from 'node:fs';
import { validReformReport } from '../../src/internal.js';
import { describe, expect, it } from 'vitest';
import { checkReformReportShape, progress, type ReformReport } from '../../src/index.js';
import { parseWith } from '../../src/model/parse-with.js';
import { ReformReport as ReformReportSchema } from '../../src/reform/reform-report.js';
import { agreesOnMutations, issuesOf } from '../support/shape-differential.js';

const json = (path: string): unknown => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const seed = json('../../seeds/shanghai-2019/programme.json');
const fixture = json('../fixtures/programme.json');
const reports: ReformReport[] = [
  progress(fixture, { asOf: '2019-06-30' }),
  progress(fixture, { asOf: '2020-12-31' }),
  progress(seed, { asOf: '2019-09-30' }),
  json('../../seeds/shanghai-2019/report.json') as ReformReport,
];
const parseReformReport = (input: unknown): ReformReport => parseWith(ReformReportSchema, input, 'reformReport');

describe('checkReformReportShape(json): generated from the zod ReformReport schema', () => {
  it('accepts what progress writes, and gives the issues zod gives on mutated reports (fast-check, seeded)', () => {
    agreesOnMutations(reports, checkReformReportShape, parseReformReport, 800, validReformReport);
  });

  it('is a strict contract: an unknown key, a missing field and a task status outside the list', () => {
    const copy = JSON.parse(JSON.stringify(reports[0])) as { tasks: Record<string, unknown>[] } & Record<
      string,
      unknown
    >;
    copy['extra'] = 1;
    delete copy.tasks[0]!['weight'];
    copy.tasks[1]!['status'] = 'done';
    expect(issuesOf(checkReformReportShape, copy).map((issue) => [issue.code, issue.path.join('.')])).toEqual([
      ['invalid_type', 'tasks.0.weight'],
      ['invalid_value', 'tasks.1.status'],
      ['unknown_key', 'extra'],
    ]);
    expect(() => checkReformReportShape(copy)).toThrow('reformReport.tasks[0].weight: is required (expected number)');
  });
});
