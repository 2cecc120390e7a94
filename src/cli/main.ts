import { LawGaugeError } from '../errors/law-gauge-error.js';
import { jsonSchemas } from '../model/json-schemas.js';
import { loadCatalogFile } from '../node/load-catalog-file.js';
import manifest from '../../package.json' with { type: 'json' };

/** Exit codes: 0 success; 1 invalid input data or definitions; 2 usage errors. */
export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

const USAGE = `Usage:
  lawgauge schema <catalog|dataset|indicator|report>   print a JSON Schema
  lawgauge validate <catalog.json>                     check a catalog; list every problem
  lawgauge --version | --help`;

export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

const processIo: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

function version(): string {
  return manifest.version;
}

/** Runs the command line `args` (without `node` and the script) and returns the exit code. */
export async function runCli(args: readonly string[], io: CliIo = processIo): Promise<number> {
  const [command, ...rest] = args;
  if (command === '--version' || command === '-v') {
    io.out(`${version()}\n`);
    return EXIT.ok;
  }
  if (command === undefined || command === '--help' || command === '-h') {
    io.out(`${USAGE}\n`);
    return command === undefined ? EXIT.usage : EXIT.ok;
  }
  if (command === 'schema') {
    const schemas = jsonSchemas();
    const name = rest[0];
    if (name === undefined || rest.length > 1 || !Object.hasOwn(schemas, name)) {
      io.err(`lawgauge schema: expected one of ${Object.keys(schemas).join(', ')}${name === undefined ? '' : `, got "${name}"`}\n`);
      return EXIT.usage;
    }
    io.out(`${JSON.stringify(schemas[name], null, 2)}\n`);
    return EXIT.ok;
  }
  if (command === 'validate') {
    if (rest.length !== 1) {
      io.err(`lawgauge validate: expected one file\n${USAGE}\n`);
      return EXIT.usage;
    }
    try {
      const catalog = await loadCatalogFile(rest[0]!);
      io.out(`${rest[0]}: valid catalog "${catalog.id}" (${catalog.datasets.length} dataset(s), ${catalog.indicators.length} indicator(s))\n`);
      return EXIT.ok;
    } catch (error) {
      if (!(error instanceof LawGaugeError)) throw error;
      io.err(`${error.message}\n${error.issues.length} problem(s)\n`);
      return error.code === 'invalid_argument' ? EXIT.usage : EXIT.invalid;
    }
  }
  io.err(`lawgauge: unknown command "${command}"\n${USAGE}\n`);
  return EXIT.usage;
}
