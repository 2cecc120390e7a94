// The server embedded a Report (every string carrying an XSS attempt) in the first card's inline
// JSON; the second card gets the same Report as a property. No inline script on this page.
const report = JSON.parse(document.getElementById('report-json').textContent);
document.getElementById('from-property').report = report;
for (const element of document.querySelectorAll('.hostile')) element.report = report;
const trend = document.querySelector('indicator-trend');
trend.groups = report.rows.map((row) => row.group.district).filter((name) => name !== '*').join(',');
trend.annotations = [{ date: '2019-03-01', label: report.indicator.source }];
