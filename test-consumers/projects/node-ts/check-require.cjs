// require() of every JavaScript export entry (Node >= 20.19 loads ES modules this way), as a
// CommonJS tool or test runner would. Prints one JSON line for the test.
(async () => {
  const { exportEntries } = await import('./entries.mjs');
  const results = {};
  for (const [specifier, kind] of exportEntries()) {
    if (kind !== 'module' && kind !== 'json') continue;
    try {
      require(specifier);
      results[specifier] = 'ok';
    } catch (error) {
      results[specifier] = `${error.name}: ${error.message}`;
    }
  }
  const { builtInCatalog } = require('lawgauge');
  console.log(JSON.stringify({ results, catalog: builtInCatalog('procuratorate').id }));
})();
