import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MANIFEST_PATH, REFERENCE_PATH, widgetsReference } from '../scripts/widgets-doc.mjs';

const root = new URL('..', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, root), 'utf8');

describe(REFERENCE_PATH, () => {
  it('is what scripts/widgets-doc.mjs makes of custom-elements.json (run `npm run build` if not; never edit it by hand)', () => {
    expect(read(REFERENCE_PATH)).toBe(widgetsReference(JSON.parse(read(MANIFEST_PATH))));
  });

  it('has a section per tag with every kind of entry, and escapes table cells', () => {
    const page = read(REFERENCE_PATH);
    const manifest = JSON.parse(read(MANIFEST_PATH)) as { modules: { declarations?: { tagName?: string }[] }[] };
    const tags = manifest.modules
      .flatMap((module) => module.declarations ?? [])
      .flatMap((declaration) => (declaration.tagName === undefined ? [] : [declaration.tagName]));
    expect(tags).toContain('indicator-card');
    for (const tag of tags) expect(page).toContain(`## \`<${tag}>\``);
    for (const heading of [
      'Attributes',
      'Properties',
      'Methods',
      'Events',
      'CSS parts',
      'CSS custom properties',
      'Slots',
    ])
      expect(page.split(`### ${heading}\n`).length, heading).toBe(tags.length + 1);
    expect(page).toContain('`string \\| undefined`');
  });

  it('turns a manifest entry into table rows', () => {
    const manifest = {
      modules: [
        {
          path: 'widgets/x/x.ts',
          declarations: [
            {
              name: 'X',
              tagName: 'x-el',
              summary: 'An element.',
              attributes: [{ name: 'a-b', fieldName: 'aB', description: 'one\nline | two' }],
              members: [
                { kind: 'field', name: 'aB', attribute: 'a-b' },
                { kind: 'field', name: 'hidden', privacy: 'private' },
                {
                  kind: 'method',
                  name: 'go',
                  parameters: [{ name: 'n', type: { text: 'number' } }],
                  return: { type: { text: 'void' } },
                },
              ],
              slots: [{ name: '', description: 'content' }],
            },
          ],
        },
      ],
    };
    const page = widgetsReference(manifest);
    expect(page).toContain('| `a-b` | `aB` | — | — | one line \\| two |');
    expect(page).toContain('| `aB` | — | — | `a-b` | one line \\| two |');
    expect(page).not.toContain('hidden');
    expect(page).toContain('| `go(n: number)` | `void` | — |');
    expect(page).toContain('| (default) | content |');
  });
});
