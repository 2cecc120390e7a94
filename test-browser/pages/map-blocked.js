// Two synthetic squares (not real boundaries) for the map that needs the geometry script; the
// errors it fires are kept for the test.
window.mapErrors = [];
const shapes = document.getElementById('shapes');
shapes.addEventListener('lg-error', (event) => window.mapErrors.push(event.detail));
const square = (west) => [
  [west, 31],
  [west + 0.1, 31],
  [west + 0.1, 31.1],
  [west, 31.1],
  [west, 31],
];
shapes.geometry = {
  type: 'FeatureCollection',
  features: ['黄浦区', '徐汇区'].map((name, index) => ({
    type: 'Feature',
    properties: { name },
    geometry: { type: 'Polygon', coordinates: [square(121 + index / 10)] },
  })),
};
