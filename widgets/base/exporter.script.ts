import type * as ExportKit from './export-kit.js';
import { scriptBeside } from './script-beside.js';

/** The export script's file: beside the bundle in dist/. */
export const EXPORT_SCRIPT = 'lawgauge-export.iife.min.js';

/**
 * Stands in for `exporter.ts` in the `<script>` bundles: the first export (exportSvg, exportPng or
 * the download menu's SVG and PNG) loads `lawgauge-export.iife.min.js` (global `LawGaugeExport`)
 * from the same folder. A script that does not load rejects the export with its URL; the next one
 * tries again.
 */
export const exportKit = (): Promise<typeof ExportKit> => scriptBeside(EXPORT_SCRIPT, 'LawGaugeExport');
