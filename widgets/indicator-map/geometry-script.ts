// dist/lawgauge-map-geometry.iife.min.js: reading and projecting host geometry for <indicator-map>
// in the <script> bundles, which load this file beside themselves when a map is first given
// GeoJSON or TopoJSON (geometry-kit.script.ts).
export { readGeometry } from './read-geometry.js';
export { projectShapes } from './project-shapes.js';
export { GEOMETRY_WORDS as words } from './geometry-messages.js';
