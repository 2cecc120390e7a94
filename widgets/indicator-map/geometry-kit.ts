import { GEOMETRY_WORDS } from './geometry-messages.js';
import { projectShapes } from './project-shapes.js';
import { readGeometry } from './read-geometry.js';
import { checkTileLayout } from './tile-layout.js';

/**
 * What drawing the host's own regions takes: reading GeoJSON / TopoJSON and projecting it, checking
 * a tile layout, and the words for their problems. Shanghai's tile grid needs none of it.
 */
export interface GeometryKit {
  readonly readGeometry: typeof readGeometry;
  readonly projectShapes: typeof projectShapes;
  readonly checkTileLayout: typeof checkTileLayout;
  readonly words: typeof GEOMETRY_WORDS;
}

const kit: GeometryKit = { readGeometry, projectShapes, checkTileLayout, words: GEOMETRY_WORDS };

/** The geometry code when it is there without waiting: always, in the ES module build. */
export function loadedGeometryKit(): GeometryKit | undefined {
  return kit;
}

/**
 * The geometry code, for the ES module build: imported with the widget. The `<script>` bundles
 * use geometry-kit.script.ts instead (rollup.config.mjs), which loads it on first use, so a page
 * drawing only Shanghai's tile grid does not download it.
 */
export function geometryKit(): Promise<GeometryKit> {
  return Promise.resolve(kit);
}
