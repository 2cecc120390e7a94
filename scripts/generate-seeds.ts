// Writes seeds/court-cases.json: deterministic synthetic Shanghai court cases for `npm start`,
// the examples and the README. Regenerate with:
//   npx tsc -p tsconfig.scripts.json && node .build/scripts/generate-seeds.js
import { writeFileSync } from 'node:fs';
import { generateCases } from '../bench/generate-cases.js';

const cases = generateCases({ count: 3000, seed: 2019, first: '2017-01-01', last: '2019-12-31' });
writeFileSync(new URL('../../seeds/court-cases.json', import.meta.url), `[\n${cases.map((record) => JSON.stringify(record)).join(',\n')}\n]\n`);
console.log(`wrote seeds/court-cases.json (${cases.length} cases)`);
