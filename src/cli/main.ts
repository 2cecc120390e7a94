import { LawGaugeError } from '../errors/law-gauge-error.js';
import { jsonSchemas } from '../model/json-schemas.js';
import manifest from '../../package.json' with { type: 'json' };
import { catalogs } from './catalogs-command.js';
import { processIo, type CliIo } from './cli-io.js';
import { compute } from './compute.js';
import { reform } from './reform-command.js';
import { EXIT, USAGE, UsageError } from './usage.js';
import { validate } from './validate-command.js';
import { sql } from './sql-command.js';

export { EXIT } from './usage.js';
export type { CliIo } from './cli-io.js';

function schema(args: readonly string[], io: CliIo): number {
  const schemas = jsonSchemas();
  const name = args[0];
  if (name === undefined || args.length > 1 || !Object.hasOwn(schemas, name)) {
    throw new UsageError(`schema: expected one of ${Object.keys(schemas).join(', ')}${name === undefined ? '' : `, got "${name}"`}`);
  }
  io.out(`${JSON.stringify(schemas[name], null, 2)}\n`);
  return EXIT.ok;
}

/** Node's parseArgs errors (unknown option, missing value) are usage errors. */
function isArgumentError(error: unknown): error is Error {
  return error instanceof Error && typeof (error as { code?: unknown }).code === 'string' && (error as unknown as { code: string }).code.startsWith('ERR_PARSE_ARGS');
}

/** An error's message and its causes' (a driver's error wrapped by lawgauge's), on one line. */
function oneLine(error: unknown): string {
  const parts: string[] = [];
  for (let current: unknown = error; current !== undefined && parts.length < 4; current = (current as { cause?: unknown }).cause) {
    const message = current instanceof Error ? current.message : String(current);
    if (message !== '' && !parts.includes(message)) parts.push(message.replace(/\s+/g, ' ').trim());
    if (!(current instanceof Error)) break;
  }
  return parts.join(': ');
}

/** Runs the command line `args` (without `node` and the script) and returns the exit code. */
export async function runCli(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  // --debug anywhere: an unexpected error (an engine, the file system) shows its stack trace.
  const debug = argv.includes('--debug');
  const args = argv.filter((arg) => arg !== '--debug');
  const [command, ...rest] = args;
  if (command === '--version' || command === '-v') {
    io.out(`${manifest.version}\n`);
    return EXIT.ok;
  }
  if (command === undefined || command === '--help' || command === '-h') {
    io.out(`${USAGE}\n`);
    return command === undefined ? EXIT.usage : EXIT.ok;
  }
  try {
    switch (command) {
      case 'compute':
        return await compute(rest, io);
      case 'reform':
        return await reform(rest, io);
      case 'validate':
        return await validate(rest, io);
      case 'sql':
        return await sql(rest, io);
      case 'schema':
        return schema(rest, io);
      case 'catalogs':
        return catalogs(rest, io);
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof UsageError || isArgumentError(error)) {
      io.err(`lawgauge ${command}: ${error.message}\nRun "lawgauge --help" for usage.\n`);
      return EXIT.usage;
    }
    if (error instanceof LawGaugeError) {
      // Definitions, options, headers and files that cannot be used at all: nothing was computed.
      io.err(`lawgauge ${command}: ${error.message}\n${error.issues.length} problem(s)\n`);
      return EXIT.usage;
    }
    // A database that refuses, a table or column it lacks, a file that cannot be read: one line
    // naming it (the driver's message says which), exit 2, and the stack only when asked for.
    io.err(`lawgauge ${command}: ${oneLine(error)}\n${debug && error instanceof Error ? `${error.stack ?? ''}\n` : '(--debug shows the stack trace)\n'}`);
    return EXIT.usage;
  }
}
