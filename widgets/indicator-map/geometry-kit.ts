import { GEOMETRY_WORDS } from './geometry-messages.js';
import { projectShapes } from './project-shapes.js';
import { readGeometry } from './read-geometry.js';

/** What drawing host geometry takes: reading GeoJSON / TopoJSON, projecting it, and the words for its problems. */
export interface GeometryKit {
  readonly readGeometry: typeof readGeometry;
  readonly projectShapes: typeof projectShapes;
  readonly words: typeof GEOMETRY_WORDS;
}

const kit: GeometryKit = { readGeometry, projectShapes, words: GEOMETRY_WORDS };

/**
 * The geometry code, for the ES module build: imported with the widget. The `<script>` bundles
 * use geometry-kit.script.ts instead (rollup.config.mjs), which loads it on first use, so a page
 * drawing only the tile grid does not download it.
 */
export function geometryKit(): Promise<GeometryKit> {
  return Promise.resolve(kit);
}
