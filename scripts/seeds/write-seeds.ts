// `npm run seeds`: regenerates seeds/ byte for byte.
// `npm run seeds -- --cases 1000000 --out /tmp/big`: also writes that many cases (JSON) for benchmarks.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateCases } from './cases.js';
import { seedFiles } from './seed-files.js';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const directory = new URL('../../../seeds/', import.meta.url);
mkdirSync(directory, { recursive: true });
let total = 0;
for (const [name, text] of seedFiles()) {
  mkdirSync(new URL(name.includes('/') ? name.slice(0, name.lastIndexOf('/') + 1) : './', directory), {
    recursive: true,
  });
  writeFileSync(new URL(name, directory), text);
  total += Buffer.byteLength(text);
  console.log(`wrote seeds/${name} (${(Buffer.byteLength(text) / 1024).toFixed(0)} KiB)`);
}
console.log(`seeds/: ${(total / 1048576).toFixed(2)} MiB in all`);
const count = option('--cases');
if (count !== undefined) {
  const out = option('--out') ?? '.';
  mkdirSync(out, { recursive: true });
  const file = join(out, `cases-${count}.json`);
  writeFileSync(file, JSON.stringify(generateCases({ count: Number(count), seed: 2019 })));
  console.log(`wrote ${file}`);
}
