import { builtInCatalog, evaluate, ingest, type Report } from '../../src/index.js';

/**
 * Reports computed in the browser by the core itself: street visibility for two districts,
 * January–June 2019. 黄浦区 sees police in 30 of 40 checks each month, rising to 36 of 40 in June;
 * 徐汇区 has 8 checks a month (below the minimum sample of 30).
 */
export function visibilityReports(options: { suppressBelow?: number } = {}): Report[] {
  const catalog = builtInCatalog('police-presence');
  const records: Record<string, unknown>[] = [];
  for (let month = 1; month <= 6; month++) {
    const seen = month === 6 ? 36 : 30;
    for (let i = 0; i < 40; i++)
      records.push({
        checked_at: `2019-0${month}-10`,
        district: '黄浦区',
        police_visible: i < seen,
        issue_present: false,
      });
    for (let i = 0; i < 8; i++)
      records.push({
        checked_at: `2019-0${month}-11`,
        district: '徐汇区',
        police_visible: i < 5,
        issue_present: false,
      });
  }
  const patrol_checks = ingest(catalog.datasets[0], records);
  const resident_survey = ingest(catalog.datasets[1], []);
  return evaluate(
    catalog,
    { patrol_checks, resident_survey },
    { from: '2019-01-01', to: '2019-06-30', by: 'district', indicators: ['street_visibility_rate'], ...options },
  );
}

export function visibilityReport(options: { suppressBelow?: number } = {}): Report {
  return visibilityReports(options)[0]!;
}

/**
 * March 2019 street visibility in five districts: 黄浦区 45/50, 徐汇区 35/50, "=SUM(A1)" (a
 * hostile district name) 40/50, 崇明区 3 of 4 checks (suppressed below 10) and 静安区 9 of 12
 * (suppressed with it, the fewest of the rest: else the total, 132/166, would give 崇明区 away).
 */
export function districtReport(): Report {
  const catalog = builtInCatalog('police-presence');
  const records: Record<string, unknown>[] = [];
  const add = (district: string, seen: number, total: number): void => {
    for (let i = 0; i < total; i++)
      records.push({ checked_at: '2019-03-10', district, police_visible: i < seen, issue_present: false });
  };
  add('黄浦区', 45, 50);
  add('徐汇区', 35, 50);
  add('=SUM(A1)', 40, 50);
  add('崇明区', 3, 4);
  add('静安区', 9, 12);
  const patrol_checks = ingest(catalog.datasets[0], records);
  const resident_survey = ingest(catalog.datasets[1], []);
  return evaluate(
    catalog,
    { patrol_checks, resident_survey },
    { from: '2019-03-01', to: '2019-03-31', by: 'district', indicators: ['street_visibility_rate'], suppressBelow: 10 },
  )[0]!;
}

/**
 * A Report of `groups` districts (区1, 区2, …) and their total in each of `periods` months from
 * January 2019, written directly (evaluating this many records would take the test's time): a
 * rate, district i seeing police in (i mod 50) of 50 checks, so values repeat every 50 groups.
 */
export function manyGroups(groups: number, periods = 1): Report {
  const rows: Report['rows'] = [];
  for (let p = 0; p < periods; p++) {
    const month = String(p + 1).padStart(2, '0');
    const days = new Date(Date.UTC(2019, p + 1, 0)).getUTCDate();
    for (let i = 0; i <= groups; i++) {
      const total = i === groups;
      const numerator = total ? 25 * groups : (i % 50) + (p % 2);
      const denominator = total ? 50 * groups : 51;
      rows.push({
        period: `2019-${month}`,
        start: `2019-${month}-01`,
        end: `2019-${month}-${days}`,
        group: { district: total ? '*' : `区${i + 1}` },
        value: numerator / denominator,
        numerator,
        denominator,
        n: denominator,
        ci: null,
        status: numerator / denominator >= 0.8 ? 'good' : numerator / denominator >= 0.6 ? 'warning' : 'bad',
        flag: null,
        change: { previous: null, yearAgo: null },
      });
    }
  }
  const template = districtReport();
  return { ...template, period: { unit: 'month', from: '2019-01-01', to: rows.at(-1)!.end, toDate: false }, rows };
}
