// The server embedded a Report (every string carrying an XSS attempt) in the first card's inline
// JSON; the second card gets the same Report as a property. No inline script on this page.
const report = JSON.parse(document.getElementById('report-json').textContent);
document.getElementById('from-property').report = report;
for (const element of document.querySelectorAll('.hostile')) element.report = report;
const trend = document.querySelector('indicator-trend');
trend.groups = report.rows.map((row) => row.group.district).filter((name) => name !== '*').join(',');
trend.annotations = [{ date: '2019-03-01', label: report.indicator.source }];
// The map draws the hostile district names on GeoJSON regions of the same names (synthetic
// squares): its geometry script loads beside the bundle through the lawgauge Trusted Types policy.
const districts = report.rows.map((row) => row.group.district).filter((name) => name !== '*');
document.querySelector('indicator-map').geometry = {
  type: 'FeatureCollection',
  features: districts.map((name, index) => {
    const [west, south] = [121 + index * 0.1, 31];
    const ring = [[west, south], [west + 0.1, south], [west + 0.1, south + 0.1], [west, south + 0.1], [west, south]];
    return { type: 'Feature', properties: { name }, geometry: { type: 'Polygon', coordinates: [ring] } };
  }),
};
