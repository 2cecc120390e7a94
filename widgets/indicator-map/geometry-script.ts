// dist/lawgauge-map-geometry.iife.min.js: reading and projecting host geometry, and checking a
// host's tile layout, for <indicator-map> in the <script> bundles, which load this file beside
// themselves when a map is first given GeoJSON, TopoJSON or a layout (geometry-kit.script.ts).
export { readGeometry } from './read-geometry.js';
export { projectShapes } from './project-shapes.js';
export { checkTileLayout } from './tile-layout.js';
export { GEOMETRY_WORDS as words } from './geometry-messages.js';
