// Writes the zod-free checkers of the contracts (Report, ReformReport, Dashboard) into
// src/shape/generated/, from their zod schemas. Run with `npm run schema`;
// test/shape/generated.test.ts fails while a checked-in file is stale.
import { writeFileSync } from 'node:fs';
import { checkerSource } from './checker-source.js';
import { CHECKERS } from './checker-specs.js';

const root = new URL('../../', import.meta.url);
for (const [file, spec] of Object.entries(CHECKERS)) {
  const path = new URL(file, root);
  writeFileSync(path, await checkerSource(spec, path.pathname));
  console.log(`wrote ${file}`);
}
