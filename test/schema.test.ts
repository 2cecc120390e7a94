import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonSchemas } from '../src/index.js';
import { schemaFileText } from '../scripts/schema-file-text.js';

describe('schema/*.schema.json', () => {
  it.each(Object.entries(jsonSchemas()))(
    'schema/%s.schema.json is up to date (run `npm run schema` if not)',
    (name, schema) => {
      const onDisk = readFileSync(new URL(`../schema/${name}.schema.json`, import.meta.url), 'utf8');
      expect(onDisk).toBe(schemaFileText(schema));
    },
  );

  it('describes the catalog contract: strict objects and the predicate language', () => {
    const catalog = jsonSchemas()['catalog'] as { additionalProperties: boolean; $defs?: Record<string, unknown> };
    expect(catalog.additionalProperties).toBe(false);
    expect(JSON.stringify(catalog)).toContain('"notIn"');
  });
});
