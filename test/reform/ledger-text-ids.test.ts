import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkReformReportShape,
  ingestCsv,
  LawGaugeError,
  parseDataset,
  parseProgramme,
  programmeFromTables,
  progress,
  reformReportAsOf,
  REFORM_TASKS_DATASET,
  type ReformReport,
} from '../../src/index.js';
import { reformCsv } from '../../src/cli/reform-command.js';

// A 任务台账 as offices number it: 1, 1.1, （二）; areas and owners are names, not code identifiers.
const ledger = `任务编号,上级任务,领域,任务名称,责任单位,开始日期,完成时限,完成日期
1,,司法体制综合配套改革,深化司法责任制,市高院,2019-01-01,2019-12-31,
1.1,1,司法体制综合配套改革,完善办案团队,市高院,2019-01-01,2019-06-30,2019-06-20
（二）,1, 司法体制综合配套改革 ,推进繁简分流,市高院 审管办,2019-02-01,2019-09-30,
`;
const label = { 'zh-CN': '政法改革任务', en: 'Political-legal reform tasks' };

describe('programmeFromTables reads ledgers whose task numbers and areas are text, not identifiers', () => {
  const programme = programmeFromTables({
    id: 'ledger',
    label,
    tasks: ingestCsv(REFORM_TASKS_DATASET, ledger, { optional: ['title_en', 'weight', 'verified_on'] }).table,
  });
  const report = progress(programme, { asOf: '2019-07-31' });

  it('keeps ids 1, 1.1 and （二） (NFKC: (二)), their parents and the area exactly as written, trimmed', () => {
    expect(report.tasks.map((task) => [task.id, task.parent, task.area, task.owner, task.depth])).toEqual([
      ['1', null, '司法体制综合配套改革', '市高院', 0],
      ['1.1', '1', '司法体制综合配套改革', '市高院', 1],
      ['(二)', '1', '司法体制综合配套改革', '市高院 审管办', 1],
    ]);
  });

  it('makes each area named in the ledger an area labelled with its own text in both languages', () => {
    expect(programme.areas).toEqual([
      { id: '司法体制综合配套改革', label: { 'zh-CN': '司法体制综合配套改革', en: '司法体制综合配套改革' } },
    ]);
    expect(report.byArea.map((area) => [area.id, area.tasks, area.completed])).toEqual([
      ['司法体制综合配套改革', 2, 1],
    ]);
  });

  it('writes the ids unchanged into the CSV export', () => {
    const lines = reformCsv(report, { bom: false }).trim().split('\r\n');
    expect(lines.slice(1).map((line) => line.split(',').slice(0, 4).join(','))).toEqual([
      '1,,司法体制综合配套改革,市高院',
      '1.1,1,司法体制综合配套改革,市高院',
      '(二),1,司法体制综合配套改革,市高院 审管办',
    ]);
  });

  it('passes the ReformReport shape check and recomputes an earlier date from the report', () => {
    const json = JSON.parse(JSON.stringify(report)) as unknown;
    expect(checkReformReportShape(json)).toEqual(json);
    expect(reformReportAsOf(json as ReformReport, '2019-03-31')).toEqual(progress(programme, { asOf: '2019-03-31' }));
  });
});

describe('parseProgramme (JSON) takes task ids, parents, areas and owners as text', () => {
  const base = {
    id: 'p',
    label,
    areas: [{ id: '  司法体制综合配套改革', label }],
    tasks: [
      {
        id: '（一）',
        area: '司法体制综合配套改革',
        title: label,
        owner: ' 市高院 ',
        start_on: '2019-01-01',
        due_on: '2019-12-31',
      },
      {
        id: '1.1',
        parent: '(一)',
        area: '司法体制综合配套改革',
        title: label,
        owner: '市高院',
        start_on: '2019-01-01',
        due_on: '2019-12-31',
      },
    ],
  };

  it('trims and NFKC-normalises them, so a parent written either way finds its task', () => {
    const programme = parseProgramme(base);
    expect(programme.areas[0]!.id).toBe('司法体制综合配套改革');
    expect(programme.tasks.map((task) => [task.id, task.parent ?? null, task.owner])).toEqual([
      ['(一)', null, '市高院'],
      ['1.1', '(一)', '市高院'],
    ]);
  });

  it('still refuses empty or blank ids and unknown parents, naming the task', () => {
    expect(() => parseProgramme({ ...base, tasks: [{ ...base.tasks[0], id: '   ' }] })).toThrow(LawGaugeError);
    expect(() => parseProgramme({ ...base, tasks: [{ ...base.tasks[0], id: '' }] })).toThrow(LawGaugeError);
    expect(() => parseProgramme({ ...base, tasks: [base.tasks[0], { ...base.tasks[1], parent: '（二）' }] })).toThrow(
      'task "1.1": unknown parent "(二)"',
    );
  });

  it('refuses two areas that are the same text once normalised', () => {
    expect(() => parseProgramme({ ...base, areas: [...base.areas, { id: '司法体制综合配套改革 ', label }] })).toThrow(
      'programme.areas[1].id: duplicate area id "司法体制综合配套改革"',
    );
  });

  it('round-trips any non-empty text id: the report carries it trimmed and NFKC-normalised', () => {
    const text = fc.string({
      unit: fc.oneof(
        fc.constantFrom('（', '）', '一', '二', '.', '-', ' ', '\u3000', '１', 'ｱ', '_', '—', '__proto__'),
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
      ),
      minLength: 1,
      maxLength: 8,
    });
    fc.assert(
      fc.property(text, text, text, (parentId, childId, area) => {
        const normal = (value: string): string => value.trim().normalize('NFKC');
        fc.pre(
          normal(parentId) !== '' &&
            normal(childId) !== '' &&
            normal(area) !== '' &&
            normal(parentId) !== normal(childId),
        );
        const report = progress(
          {
            id: 'p',
            label,
            areas: [{ id: area, label }],
            tasks: [
              { id: parentId, area, title: label, owner: area, start_on: '2019-01-01', due_on: '2019-12-31' },
              {
                id: childId,
                parent: parentId,
                area,
                title: label,
                owner: area,
                start_on: '2019-01-01',
                due_on: '2019-12-31',
                completed_on: '2019-03-01',
              },
            ],
          },
          { asOf: '2019-06-30' },
        );
        expect(report.tasks.map((task) => [task.id, task.parent, task.area, task.owner])).toEqual([
          [normal(parentId), null, normal(area), normal(area)],
          [normal(childId), normal(parentId), normal(area), normal(area)],
        ]);
        expect(report.byArea[0]).toMatchObject({ id: normal(area), tasks: 1, completed: 1 });
        expect(checkReformReportShape(JSON.parse(JSON.stringify(report)))).toBeTruthy();
      }),
      { seed: 20, numRuns: 200 },
    );
  });

  it('leaves catalog field names identifiers', () => {
    expect(() => parseDataset({ id: 'cases', label, fields: [{ name: '1.1', type: 'string', label }] })).toThrow(
      'expected an identifier',
    );
  });
});
