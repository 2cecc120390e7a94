// Writes the zod-free checkers of the contracts (Report, ReformReport, Dashboard) into
// src/shape/generated/, from their zod schemas, each with its validity test (`*-valid.ts`). Run with `npm run schema`;
// test/shape/generated.test.ts fails while a checked-in file is stale.
import { writeFileSync } from 'node:fs';
import { checkerSource, validFile } from './checker-source.js';
import { CHECKERS } from './checker-specs.js';

const root = new URL('../../', import.meta.url);
for (const [file, spec] of Object.entries(CHECKERS)) {
  const path = new URL(file, root);
  writeFileSync(path, await checkerSource(spec, path.pathname));
  console.log(`wrote ${file}`);
  const valid = new URL(validFile(file), root);
  writeFileSync(valid, await checkerSource(spec, valid.pathname, 'valid'));
  console.log(`wrote ${validFile(file)}`);
}
