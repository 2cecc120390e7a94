import * as aq from 'arquero';
import { cellKey, type Cells } from '../cells.js';

const op = aq.op;

/** The benchmark's columns as Arquero users hold them: strings, Dates, numbers, nulls. */
export interface ArqueroColumns {
  district: string[];
  procedure: string[];
  filed: Date[];
  closed: (Date | null)[];
  limit: (number | null)[];
  excluded: number[];
  appealed: (boolean | null)[];
}

export interface Month {
  key: string;
  start: Date;
  end: Date;
}

type Row = Record<string, unknown>;

function monthKey(yearMonth: number): string {
  const year = Math.floor(yearMonth / 100);
  const month = yearMonth % 100;
  return `${year}-${month < 10 ? '0' : ''}${month}`;
}

/**
 * The seven indicators by month × district (and by month for totals), written the way an
 * Arquero user would: derive month keys, filter, group, roll up; stocks by one filter per month.
 */
export function arqueroTask(columns: ArqueroColumns, months: readonly Month[]): Cells {
  const cells: Cells = new Map();
  const first = months[0]!.start;
  const last = months.at(-1)!.end;
  const cases = aq
    .table(columns as unknown as Record<string, unknown[]>)
    .params({ first, last })
    .derive({
      fm: 'op.utcyear(d.filed) * 100 + op.utcmonth(d.filed) + 1',
      cm: 'd.closed === null ? null : op.utcyear(d.closed) * 100 + op.utcmonth(d.closed) + 1',
      trial: 'd.closed === null ? null : (d.closed - d.filed) / 86400000 - d.excluded',
    });
  const filedInRange = cases.filter('d.filed >= $.first && d.filed <= $.last');
  const closedInRange = cases.filter('d.closed !== null && d.closed >= $.first && d.closed <= $.last');

  const both = (
    table: aq.ColumnTable,
    key: string,
    rollup: Parameters<aq.ColumnTable['rollup']>[0],
    emit: (row: Row, month: string, district: string) => void,
  ): void => {
    for (const row of table.groupby(key, 'district').rollup(rollup).objects() as Row[])
      emit(row, monthKey(row[key] as number), row['district'] as string);
    for (const row of table.groupby(key).rollup(rollup).objects() as Row[])
      emit(row, monthKey(row[key] as number), '*');
  };

  both(filedInRange, 'fm', { n: op.count() }, (row, month, district) =>
    cells.set(cellKey('filed_cases', month, district), {
      value: row['n'] as number,
      numerator: null,
      denominator: null,
    }),
  );
  both(closedInRange, 'cm', { n: op.count() }, (row, month, district) =>
    cells.set(cellKey('closed_cases', month, district), {
      value: row['n'] as number,
      numerator: null,
      denominator: null,
    }),
  );

  // Clearance: closed / (pending at month start + filed in month).
  const denominators = new Map<string, number>();
  const addDenominator = (month: string, district: string, n: number): void => {
    const key = cellKey('clearance_rate', month, district);
    denominators.set(key, (denominators.get(key) ?? 0) + n);
  };
  for (const month of months) {
    const pending = cases
      .params({ start: month.start })
      .filter('d.filed < $.start && (d.closed === null || d.closed >= $.start)');
    for (const row of pending.groupby('district').count().objects() as Row[])
      addDenominator(month.key, row['district'] as string, row['count'] as number);
    addDenominator(month.key, '*', pending.numRows());
  }
  both(filedInRange, 'fm', { n: op.count() }, (row, month, district) =>
    addDenominator(month, district, row['n'] as number),
  );
  const closedCounts = new Map<string, number>();
  both(closedInRange, 'cm', { n: op.count() }, (row, month, district) =>
    closedCounts.set(cellKey('clearance_rate', month, district), row['n'] as number),
  );
  for (const [key, denominator] of denominators) {
    const numerator = closedCounts.get(key) ?? 0;
    cells.set(key, { value: denominator === 0 ? null : numerator / denominator, numerator, denominator });
  }

  const withLimit = closedInRange.filter('d.limit !== null');
  both(withLimit, 'cm', { num: 'op.sum(d.trial <= d.limit ? 1 : 0)', den: op.count() }, (row, month, district) =>
    cells.set(cellKey('on_time_closure_rate', month, district), {
      value: (row['num'] as number) / (row['den'] as number),
      numerator: row['num'] as number,
      denominator: row['den'] as number,
    }),
  );
  both(closedInRange, 'cm', { mean: op.mean('trial'), median: op.median('trial') }, (row, month, district) => {
    cells.set(cellKey('avg_trial_days', month, district), {
      value: row['mean'] as number,
      numerator: null,
      denominator: null,
    });
    cells.set(cellKey('median_trial_days', month, district), {
      value: row['median'] as number,
      numerator: null,
      denominator: null,
    });
  });
  const firstInstance = closedInRange.filter("d.procedure === 'first_instance'");
  both(firstInstance, 'cm', { num: 'op.sum(d.appealed === true ? 1 : 0)', den: op.count() }, (row, month, district) =>
    cells.set(cellKey('appeal_rate', month, district), {
      value: (row['num'] as number) / (row['den'] as number),
      numerator: row['num'] as number,
      denominator: row['den'] as number,
    }),
  );
  return cells;
}
