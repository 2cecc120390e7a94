// Writes the JSON Schemas of the definition and Report contracts into schema/.
// Run with `npm run schema`; test/schema.test.ts fails while a checked-in file is stale.
import { writeFileSync } from 'node:fs';
import { jsonSchemas } from '../src/model/json-schemas.js';
import { schemaFileText } from './schema-file-text.js';

const directory = new URL('../../schema/', import.meta.url);
for (const [name, schema] of Object.entries(jsonSchemas())) {
  const file = new URL(`${name}.schema.json`, directory);
  writeFileSync(file, schemaFileText(schema));
  console.log(`wrote schema/${name}.schema.json`);
}
