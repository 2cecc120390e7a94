// import() of every export entry in plain Node, no DOM: nothing may throw, and registering widgets
// where there is no browser does nothing. Prints one JSON line for the test.
import { existsSync } from 'node:fs';
import { exportEntries, typesFile } from './entries.mjs';

const results = {};
for (const [specifier, kind] of exportEntries()) {
  try {
    if (kind === 'module') await import(specifier);
    else if (kind === 'json') await import(specifier, { with: { type: 'json' } });
    else if (kind === 'types') {
      if (!existsSync(typesFile(specifier))) throw new Error(`missing ${typesFile(specifier)}`);
    } else import.meta.resolve(specifier);
    results[specifier] = 'ok';
  } catch (error) {
    results[specifier] = `${error.name}: ${error.message}`;
  }
}
const { defineWidgets } = await import('lawgauge/widgets');
defineWidgets({ prefix: 'x' });
console.log(JSON.stringify({ results, document: typeof document }));
