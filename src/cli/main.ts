import { LawGaugeError } from '../errors/law-gauge-error.js';
import { jsonSchemas } from '../model/json-schemas.js';
import manifest from '../../package.json' with { type: 'json' };
import { catalogs } from './catalogs-command.js';
import { processIo, type CliIo, type CliRun } from './cli-io.js';
import { CLI_LANGS, localeLang, MESSAGES, takeLangOption, type CliLang } from './cli-lang.js';
import { compute } from './compute.js';
import { closest } from '../model/closest.js';
import { commandHelp } from './command-help.js';
import { COMMANDS, type Command } from './messages/messages.js';
import { lawGaugeErrorText } from './error-text.js';
import { parsePositionals } from './parse-options.js';
import { reform } from './reform-command.js';
import { render } from './render-command.js';
import { EngineFailure, driverDetail } from './engine-failure.js';
import { EXIT, UsageError } from './usage.js';
import { validate } from './validate-command.js';
import { sql } from './sql-command.js';

export { EXIT } from './usage.js';
export type { CliIo } from './cli-io.js';

function schema(args: readonly string[], run: CliRun): number {
  const schemas = jsonSchemas();
  const [name] = parsePositionals(args, 1);
  if (name === undefined || !Object.hasOwn(schemas, name)) {
    throw new UsageError((messages) =>
      messages.schemaExpected(Object.keys(schemas), name, closest(name ?? '', Object.keys(schemas))),
    );
  }
  run.io.out(`${JSON.stringify(schemas[name], null, 2)}\n`);
  return EXIT.ok;
}

/** An error's message and its causes' (a driver's error wrapped by lawgauge's), on one line. */
function oneLine(error: unknown): string {
  const parts: string[] = [];
  for (
    let current: unknown = error;
    current !== undefined && parts.length < 4;
    current = (current as { cause?: unknown }).cause
  ) {
    const message = current instanceof Error ? current.message : String(current);
    if (message !== '' && !parts.includes(message)) parts.push(message.replace(/\s+/g, ' ').trim());
    if (!(current instanceof Error)) break;
  }
  return parts.join(': ');
}

/**
 * The run's language: `--lang` when given, else the locale. A `--lang` that is neither zh-CN nor en
 * is refused in the locale's language, naming both.
 */
function runLang(value: string | undefined, io: CliIo): CliLang | UsageError {
  if (value === undefined) return localeLang(io.env ?? {}, io.systemLocale);
  return (CLI_LANGS as readonly string[]).includes(value)
    ? (value as CliLang)
    : new UsageError((messages) => messages.expectedOneOf('--lang', CLI_LANGS, value));
}

/**
 * Runs the command line `args` (without `node` and the script) and returns the exit code. Every
 * command takes `--lang zh-CN|en`; without it the language follows `io.env`'s locale (see
 * {@link localeLang}), and everything the run prints is in that language.
 */
export async function runCli(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  // --debug anywhere: an unexpected error (an engine, the file system) shows its stack trace.
  const debug = argv.includes('--debug');
  const { value, rest: args } = takeLangOption(argv.filter((arg) => arg !== '--debug'));
  const chosen = runLang(value, io);
  const lang = chosen instanceof UsageError ? localeLang(io.env ?? {}, io.systemLocale) : chosen;
  const run: CliRun = { io, lang, messages: MESSAGES[lang] };
  const { messages } = run;
  const [command, ...rest] = args;
  if (command === '--version' || command === '-v') {
    io.out(`${manifest.version}\n`);
    return EXIT.ok;
  }
  const known = (COMMANDS as readonly string[]).includes(command ?? '') ? (command as Command) : undefined;
  const helpAsked = args.includes('--help') || args.includes('-h');
  // `lawgauge help compute`, `lawgauge compute --help`: that command's options and their defaults.
  const topics = rest.filter((arg) => arg !== '--help' && arg !== '-h');
  const helpOf =
    command === 'help' ? topics[0] : helpAsked && command !== '--help' && command !== '-h' ? command : undefined;
  // `lawgauge help`, `lawgauge --help`: every command's usage; with no command at all too (exit 2).
  if (command === undefined || (helpOf === undefined && (helpAsked || command === 'help'))) {
    io.out(`${messages.usage}\n`);
    return command === undefined ? EXIT.usage : EXIT.ok;
  }
  if (helpOf !== undefined && (COMMANDS as readonly string[]).includes(helpOf)) {
    io.out(`${commandHelp(helpOf as Command, messages)}\n`);
    return EXIT.ok;
  }
  try {
    // Help asked of a command there is none of (`lawgauge help comptue`, `lawgauge comptue --help`).
    if (helpOf !== undefined) throw new UsageError((texts) => texts.unknownCommand(helpOf, closest(helpOf, COMMANDS)));
    if (chosen instanceof UsageError) throw chosen;
    switch (command) {
      case 'compute':
        return await compute(rest, run);
      case 'reform':
        return await reform(rest, run);
      case 'validate':
        return await validate(rest, run);
      case 'render':
        return await render(rest, run);
      case 'sql':
        return await sql(rest, run);
      case 'schema':
        return schema(rest, run);
      case 'catalogs':
        return catalogs(rest, run);
      default:
        throw new UsageError((texts) => texts.unknownCommand(command, closest(command, COMMANDS)));
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(
        `lawgauge ${command}: ${error.text(messages)}\n${messages.runHelp(known === 'help' ? undefined : known)}\n`,
      );
      return EXIT.usage;
    }
    if (error instanceof LawGaugeError) {
      // Definitions, options, headers and files that cannot be used at all: nothing was computed.
      io.err(`lawgauge ${command}: ${lawGaugeErrorText(error, messages)}\n`);
      return EXIT.usage;
    }
    // A database that refuses, a table or column it lacks, a file that cannot be read: one line
    // naming it, exit 2, and the stack only when asked for.
    if (error instanceof EngineFailure) {
      const datasets = error.target.kind === 'connect' ? null : error.target.datasets;
      const stack = error.cause instanceof Error ? error.cause.stack : undefined;
      io.err(
        `lawgauge ${command}: ${messages.engineFailure(error.engine, datasets, driverDetail(error.cause))}\n${debug ? `${stack ?? ''}\n` : `${messages.debugHint}\n`}`,
      );
      return EXIT.usage;
    }
    io.err(
      `lawgauge ${command}: ${messages.failure(oneLine(error))}\n${debug && error instanceof Error ? `${error.stack ?? ''}\n` : `${messages.debugHint}\n`}`,
    );
    return EXIT.usage;
  }
}
