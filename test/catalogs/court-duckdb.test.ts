import { DuckDBInstance } from '@duckdb/node-api';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCases } from '../../scripts/seeds/cases.js';
import { builtInCatalog, evaluate, ingest } from '../../src/index.js';

/*
 * court-case-quality on 50,000 generated cases, evaluated by lawgauge and by DuckDB SQL written
 * here from DOMAIN.md's definitions (not from the catalog), month × district, 2017–2019.
 */
const FROM = '2017-01-01';
const TO = '2019-12-31';
const trial = '(closed_on - filed_on - coalesce(excluded_days, 0))';
const group = "CASE WHEN grouping(district) = 1 THEN '*' ELSE district END AS g";
const sets = 'GROUP BY GROUPING SETS ((month, district), (month))';
const months = `months AS (
  SELECT m::DATE AS month_start, (m + INTERVAL 1 MONTH)::DATE - 1 AS month_end, strftime(m, '%Y-%m') AS month
  FROM range(DATE '${FROM}', DATE '${TO}' + INTERVAL 1 DAY, INTERVAL 1 MONTH) t(m))`;
const closedIn = `closed AS (SELECT strftime(closed_on, '%Y-%m') AS month, * FROM cases WHERE closed_on BETWEEN DATE '${FROM}' AND DATE '${TO}')`;
const flow = (column: string, where = 'TRUE'): string =>
  `SELECT strftime(${column}, '%Y-%m') AS month, district FROM cases WHERE ${column} BETWEEN DATE '${FROM}' AND DATE '${TO}' AND ${where}`;
const closedRate = (numerator: string, where: string): string =>
  `WITH ${closedIn} SELECT month, ${group}, count(*) FILTER (WHERE ${numerator}) AS num, count(*) AS den, NULL AS v FROM closed WHERE ${where} ${sets}`;

/** Each indicator as a query returning month, g, num, den, v. */
const QUERIES: Record<string, string> = {
  filed_cases: `WITH f AS (${flow('filed_on')}) SELECT month, ${group}, NULL AS num, NULL AS den, count(*) AS v FROM f ${sets}`,
  closed_cases: `WITH c AS (${flow('closed_on')}) SELECT month, ${group}, NULL AS num, NULL AS den, count(*) AS v FROM c ${sets}`,
  pending_cases: `WITH ${months}, p AS (SELECT months.month, cases.district FROM months JOIN cases ON cases.filed_on <= months.month_end AND (cases.closed_on IS NULL OR cases.closed_on > months.month_end))
    SELECT month, ${group}, NULL AS num, NULL AS den, count(*) AS v FROM p ${sets}`,
  clearance_rate: `WITH ${months}, members AS (
      SELECT months.month, cases.district, 0 AS closed FROM months JOIN cases ON cases.filed_on < months.month_start AND (cases.closed_on IS NULL OR cases.closed_on >= months.month_start)
      UNION ALL SELECT month, district, 0 FROM (${flow('filed_on')})
      UNION ALL SELECT month, district, 1 FROM (${flow('closed_on')}))
    SELECT month, ${group}, count(*) FILTER (WHERE closed = 1) AS num, count(*) FILTER (WHERE closed = 0) AS den, NULL AS v FROM members ${sets}`,
  closed_filed_ratio: `WITH members AS (SELECT month, district, 1 AS closed FROM (${flow('closed_on')}) UNION ALL SELECT month, district, 0 FROM (${flow('filed_on')}))
    SELECT month, ${group}, count(*) FILTER (WHERE closed = 1) AS num, count(*) FILTER (WHERE closed = 0) AS den, NULL AS v FROM members ${sets}`,
  on_time_closure_rate: closedRate(`${trial} <= time_limit_days`, 'time_limit_days IS NOT NULL'),
  avg_trial_days: `WITH ${closedIn} SELECT month, ${group}, NULL AS num, NULL AS den, avg(${trial}) AS v FROM closed ${sets}`,
  median_trial_days: `WITH ${closedIn} SELECT month, ${group}, NULL AS num, NULL AS den, median(${trial}) AS v FROM closed ${sets}`,
  long_pending_ratio: `WITH ${months}, p AS (SELECT months.month, cases.district, months.month_end - cases.filed_on > 365 AS old FROM months JOIN cases
      ON cases.filed_on <= months.month_end AND (cases.closed_on IS NULL OR cases.closed_on > months.month_end))
    SELECT month, ${group}, count(*) FILTER (WHERE old) AS num, count(*) AS den, NULL AS v FROM p ${sets}`,
  appeal_rate: closedRate('appealed', "procedure = 'first_instance'"),
  acceptance_rate: closedRate('appealed IS NOT TRUE', "procedure = 'first_instance'"),
  reversal_remand_rate: closedRate("appeal_outcome IN ('amended', 'remanded')", "procedure = 'first_instance'"),
  mediation_withdrawal_rate: closedRate("disposition IN ('mediation', 'withdrawal')", 'mediable'),
  enforcement_recovery_rate: `WITH ${closedIn} SELECT month, ${group}, sum(recovered_amount) AS num, sum(claim_amount) AS den, NULL AS v
    FROM closed WHERE case_type = 'enforcement' AND claim_amount IS NOT NULL ${sets}`,
  review_pass_rate: closedRate("review_grade IN ('excellent', 'pass')", 'review_grade IS NOT NULL'),
  // CEPEJ's disposition time, month by month: the month's days × pending at its end ÷ closed in it.
  disposition_time: `WITH ${months}, members AS (
      SELECT months.month, cases.district, 1 AS pending FROM months JOIN cases ON cases.filed_on <= months.month_end AND (cases.closed_on IS NULL OR cases.closed_on > months.month_end)
      UNION ALL SELECT month, district, 0 FROM (${flow('closed_on')})),
    days AS (SELECT month, month_end - month_start + 1 AS days FROM months)
    SELECT month, ${group}, count(*) FILTER (WHERE pending = 1) AS num, count(*) FILTER (WHERE pending = 0) AS den,
      any_value(days) * count(*) FILTER (WHERE pending = 1) / nullif(count(*) FILTER (WHERE pending = 0), 0) AS v
    FROM members JOIN days USING (month) ${sets}`,
};

interface Cell {
  num: number | null;
  den: number | null;
  v: number | null;
}

async function duckdbCells(csv: string): Promise<Map<string, Cell>> {
  const instance = await DuckDBInstance.create(':memory:', { threads: '2' });
  const connection = await instance.connect();
  await connection.run(`CREATE TABLE cases AS SELECT * FROM read_csv('${csv}', header = true, nullstr = '', columns = {
    'district': 'VARCHAR', 'case_type': 'VARCHAR', 'procedure': 'VARCHAR', 'filed_on': 'DATE', 'closed_on': 'DATE',
    'time_limit_days': 'INTEGER', 'excluded_days': 'INTEGER', 'disposition': 'VARCHAR', 'mediable': 'BOOLEAN', 'appealed': 'BOOLEAN',
    'appeal_outcome': 'VARCHAR', 'claim_amount': 'DOUBLE', 'recovered_amount': 'DOUBLE', 'review_grade': 'VARCHAR'})`);
  const cells = new Map<string, Cell>();
  const number = (x: unknown): number | null => (x === null ? null : Number(x));
  for (const [indicator, sql] of Object.entries(QUERIES)) {
    for (const row of (await connection.runAndReadAll(sql)).getRowObjectsJS()) {
      cells.set(`${indicator}|${String(row['month'])}|${String(row['g'])}`, {
        num: number(row['num']),
        den: number(row['den']),
        v: number(row['v']),
      });
    }
  }
  connection.closeSync();
  return cells;
}

describe('court-case-quality agrees with DuckDB SQL written from DOMAIN.md', () => {
  it('on 50,000 generated cases, month × district: identical counts and values within 1e-9', async () => {
    const records = generateCases({ count: 50_000, seed: 4 });
    const columns = [
      'district',
      'case_type',
      'procedure',
      'filed_on',
      'closed_on',
      'time_limit_days',
      'excluded_days',
      'disposition',
      'mediable',
      'appealed',
      'appeal_outcome',
      'claim_amount',
      'recovered_amount',
      'review_grade',
    ] as const;
    const csv = join(mkdtempSync(join(tmpdir(), 'lawgauge-duckdb-')), 'cases.csv');
    writeFileSync(
      csv,
      [columns.join(','), ...records.map((record) => columns.map((column) => record[column] ?? '').join(','))].join(
        '\n',
      ),
    );
    const expected = await duckdbCells(csv);

    const catalog = builtInCatalog('court-case-quality');
    const reports = evaluate(
      catalog,
      { cases: ingest(catalog.datasets[0], records) },
      { from: FROM, to: TO, by: 'district' },
    );
    let compared = 0;
    const mismatches: string[] = [];
    for (const report of reports) {
      const isRate = report.rows[0]!.denominator !== null;
      for (const row of report.rows) {
        const key = `${report.indicator.id}|${row.period}|${String(row.group['district'])}`;
        const sql = expected.get(key) ?? { num: 0, den: 0, v: null };
        compared++;
        const close = (a: number | null, b: number | null): boolean =>
          a === null || b === null ? a === b : Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
        const ok = isRate
          ? close(row.numerator ?? 0, sql.num ?? 0) &&
            close(row.denominator ?? 0, sql.den ?? 0) &&
            close(row.value, sql.v ?? (sql.den === 0 || sql.den === null ? null : sql.num! / sql.den))
          : close(
              row.value ?? (report.indicator.unit === 'count' ? 0 : null),
              sql.v ?? (report.indicator.unit === 'count' ? 0 : null),
            );
        if (!ok && mismatches.length < 5)
          mismatches.push(
            `${key}: lawgauge ${JSON.stringify([row.numerator, row.denominator, row.value])} vs SQL ${JSON.stringify(sql)}`,
          );
      }
    }
    expect(mismatches).toEqual([]);
    expect(compared).toBe(16 * 36 * 17);
  });
});
