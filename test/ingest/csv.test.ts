import { describe, expect, it } from 'vitest';
import { builtInCatalog, ingest, LawGaugeError, recordsFromCsv } from '../../src/index.js';

const dataset = builtInCatalog('procuratorate').datasets[0];
const mapping = { dataset: 'procuratorate_cases', columns: { 受理日期: 'accepted_on', 区: 'district', 审查逮捕: 'arrest_review', 审查起诉: 'prosecution_review', 环节: 'extra_steps' } };

describe('recordsFromCsv(text, {mapping, dataset})', () => {
  it('drops a BOM, maps Chinese headers to fields, and ignores unmapped columns', () => {
    const { records, lines } = recordsFromCsv('\uFEFF受理日期,区,审查逮捕,审查起诉,环节,备注\n2019/3/5,黄浦区,是,否,2,x\n', { mapping, dataset });
    expect(records).toEqual([{ accepted_on: '2019/3/5', district: '黄浦区', arrest_review: '是', prosecution_review: '否', extra_steps: '2' }]);
    expect(lines).toEqual([2]);
  });

  it('gives each record the line it starts on, past quoted line breaks, so ingest errors name the line', () => {
    const text = '受理日期,区,审查逮捕,审查起诉,环节\n2019/3/5,"黄浦\n区",是,否,1\n2019/2/30,徐汇区,是,否,0\n';
    const { records, lines } = recordsFromCsv(text, { mapping });
    expect(lines).toEqual([2, 4]);
    const table = ingest(dataset, records, { lines });
    expect(table.quarantine[0]!.message).toBe('dataset "procuratorate_cases", row 2 (line 4), field "accepted_on": "2019/2/30" is not a valid date (expected YYYY-MM-DD, YYYY/M/D, YYYY.M.D, YYYY年M月D日 or YYYYMMDD, optionally with a time and offset)');
  });

  it('rejects forbidden and duplicate headers, missing mapped columns and unknown fields, all at once', () => {
    try {
      recordsFromCsv('__proto__,区,区\n1,2,3\n', { mapping: { dataset: 'procuratorate_cases', columns: { 受理日期: 'accepted_on', 区: 'distrct' } }, dataset, source: 'cases.csv' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(LawGaugeError);
      expect((error as LawGaugeError).message.split('\n')).toEqual([
        'cases.csv.header[0]: the column name "__proto__" is not allowed',
        'cases.csv.header[2]: column "区" appears twice',
        'cases.csv.mapping.columns["受理日期"]: the file has no column "受理日期"; its columns: __proto__, 区, 区',
        'cases.csv.mapping.columns["区"]: unknown field "distrct" in dataset "procuratorate_cases"; known: accepted_on, district, arrest_review, prosecution_review, extra_steps',
      ]);
    }
  });

  it('builds records without a prototype, keyed by header when there is no mapping', () => {
    const { records } = recordsFromCsv('toString,a\nx,1\n');
    expect(Object.getPrototypeOf(records[0])).toBeNull();
    expect(records[0]).toEqual(Object.assign(Object.create(null) as object, { toString: 'x', a: '1' }));
  });
});
