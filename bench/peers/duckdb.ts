import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { cellKey, type Cells } from '../cells.js';

/** An in-memory DuckDB holding the cases table, loaded from a CSV file (not timed). */
export async function duckdbWithCases(csvPath: string): Promise<DuckDBConnection> {
  const instance = await DuckDBInstance.create(':memory:', { threads: '2' });
  const connection = await instance.connect();
  await connection.run(`CREATE TABLE cases AS SELECT * FROM read_csv('${csvPath}', header = true, columns = {
    'district': 'VARCHAR', 'procedure': 'VARCHAR', 'filed_on': 'DATE', 'closed_on': 'DATE',
    'time_limit_days': 'INTEGER', 'excluded_days': 'INTEGER', 'appealed': 'BOOLEAN'})`);
  return connection;
}

const GROUP = `CASE WHEN grouping(district) = 1 THEN '*' ELSE district END AS g`;

/** The seven indicators written in SQL from DOMAIN.md's definitions, totals by GROUPING SETS. */
export function duckdbQueries(from: string, to: string): Record<string, string> {
  const inRange = (column: string): string => `${column} BETWEEN DATE '${from}' AND DATE '${to}'`;
  const trial = `(closed_on - filed_on - excluded_days)`;
  const sets = `GROUP BY GROUPING SETS ((month, district), (month))`;
  return {
    filed_cases: `SELECT strftime(filed_on, '%Y-%m') AS month, ${GROUP}, count(*) AS v, NULL AS num, NULL AS den FROM cases WHERE ${inRange('filed_on')} ${sets}`,
    closed_cases: `SELECT strftime(closed_on, '%Y-%m') AS month, ${GROUP}, count(*) AS v, NULL AS num, NULL AS den FROM cases WHERE ${inRange('closed_on')} ${sets}`,
    clearance_rate: `WITH months AS (
        SELECT m::DATE AS month_start, strftime(m, '%Y-%m') AS month
        FROM range(DATE '${from}', DATE '${to}' + INTERVAL 1 DAY, INTERVAL 1 MONTH) t(m)),
      members AS (
        SELECT months.month, cases.district, 0 AS closed FROM months JOIN cases
          ON cases.filed_on < months.month_start AND coalesce(cases.closed_on, DATE '9999-12-31') >= months.month_start
        UNION ALL SELECT strftime(filed_on, '%Y-%m'), district, 0 FROM cases WHERE ${inRange('filed_on')}
        UNION ALL SELECT strftime(closed_on, '%Y-%m'), district, 1 FROM cases WHERE ${inRange('closed_on')})
      SELECT month, ${GROUP}, NULL AS v, count(*) FILTER (WHERE closed = 1) AS num, count(*) FILTER (WHERE closed = 0) AS den
      FROM members ${sets}`,
    on_time_closure_rate: `SELECT strftime(closed_on, '%Y-%m') AS month, ${GROUP}, NULL AS v,
        count(*) FILTER (WHERE ${trial} <= time_limit_days) AS num, count(*) AS den
      FROM cases WHERE ${inRange('closed_on')} AND time_limit_days IS NOT NULL ${sets}`,
    avg_trial_days: `SELECT strftime(closed_on, '%Y-%m') AS month, ${GROUP}, avg(${trial}) AS v, NULL AS num, NULL AS den FROM cases WHERE ${inRange('closed_on')} ${sets}`,
    median_trial_days: `SELECT strftime(closed_on, '%Y-%m') AS month, ${GROUP}, quantile_cont(${trial}, 0.5) AS v, NULL AS num, NULL AS den FROM cases WHERE ${inRange('closed_on')} ${sets}`,
    appeal_rate: `SELECT strftime(closed_on, '%Y-%m') AS month, ${GROUP}, NULL AS v, count(*) FILTER (WHERE appealed) AS num, count(*) AS den
      FROM cases WHERE ${inRange('closed_on')} AND procedure = 'first_instance' ${sets}`,
  };
}

export async function duckdbTask(connection: DuckDBConnection, from: string, to: string): Promise<Cells> {
  const cells: Cells = new Map();
  for (const [indicator, sql] of Object.entries(duckdbQueries(from, to))) {
    const reader = await connection.runAndReadAll(sql);
    for (const row of reader.getRowObjectsJS()) {
      const numerator = row['num'] === null ? null : Number(row['num']);
      const denominator = row['den'] === null ? null : Number(row['den']);
      const value =
        row['v'] !== null
          ? Number(row['v'])
          : numerator !== null && denominator !== null && denominator > 0
            ? numerator / denominator
            : null;
      cells.set(cellKey(indicator, String(row['month']), String(row['g'])), { value, numerator, denominator });
    }
  }
  return cells;
}
