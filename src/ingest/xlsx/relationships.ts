import { readPart } from './read-part.js';
import { attribute } from './xml-scanner.js';
import type { ZipDirectory } from './zip-directory.js';

/** One relationship of a part: its id, type (the last segment of the type URI) and target part name. */
export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
}

/** `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`. */
export function relationshipsPart(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A target relative to the part that names it (`worksheets/sheet1.xml`, `../x.xml`, `/xl/y.xml`) as a zip name. */
export function resolveTarget(fromPart: string, target: string): string {
  const segments = target.startsWith('/') ? [] : fromPart.split('/').slice(0, -1);
  for (const segment of target.split('/')) {
    if (segment === '..') segments.pop();
    else if (segment !== '.' && segment !== '') segments.push(segment);
  }
  return segments.join('/');
}

/** The relationships of a part (none when it has no `.rels`). External targets are left out. */
export async function readRelationships(zip: ZipDirectory, part: string, source: string): Promise<Relationship[]> {
  const entry = zip.find(relationshipsPart(part));
  const found: Relationship[] = [];
  if (entry === undefined) return found;
  await readPart(zip, entry, source, {
    wantText: false,
    open(name, attributes) {
      if (name !== 'Relationship' || attribute(attributes, 'TargetMode') === 'External') return;
      const id = attribute(attributes, 'Id');
      const type = attribute(attributes, 'Type');
      const target = attribute(attributes, 'Target');
      if (id === undefined || type === undefined || target === undefined) return;
      found.push({ id, type: type.slice(type.lastIndexOf('/') + 1), target: resolveTarget(part, target) });
    },
    close() {},
    text() {},
  });
  return found;
}
