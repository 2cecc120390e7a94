import { parseArgs, type ParseArgsConfig } from 'node:util';
import { closest } from '../model/closest.js';
import type { ArgumentProblem } from './messages/messages.js';
import type { CliRun } from './cli-io.js';
import { UsageError } from './usage.js';

type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

/** A value Node's parser would call ambiguous: `--width -5`, `--catalog --data` (but `-` alone is stdin). */
const optionLike = (value: string): boolean => value.length > 1 && value.startsWith('-');

/** An option that takes one value, given several different ones: the last is used. */
export interface Overridden {
  readonly option: string;
  readonly first: string;
  readonly last: string;
}

/**
 * What a command line holds that the user should hear of: `problem`, the first thing wrong with
 * it, in the order it was written — an option the command does not have (with the nearest
 * spelling it has), a value missing or given to a flag, an argument the command does not take
 * (`positionals`: how many it takes); and `overridden`, the options that take one value and were
 * given different ones (the last wins, as for `--lang`, so a script can add to a base command
 * line). Found here rather than read from Node's English error messages, so every language can say
 * it, naming the option as typed.
 */
export function readCommandLine(
  args: readonly string[],
  options: OptionsConfig,
  positionals = 0,
): { readonly problem: ArgumentProblem | undefined; readonly overridden: readonly Overridden[] } {
  const { tokens } = parseArgs({ args: [...args], options, strict: false, allowPositionals: true, tokens: true });
  const names = Object.keys(options);
  const seen = new Map<string, { option: string; first: string; last: string }>();
  const overridden = (): Overridden[] => [...seen.values()].filter(({ first, last }) => first !== last);
  const fail = (problem: ArgumentProblem) => ({ problem, overridden: overridden() });
  let taken = 0;
  for (const token of tokens) {
    if (token.kind === 'option-terminator') continue;
    if (token.kind === 'positional') {
      if (++taken > positionals) return fail({ kind: 'unexpected_argument', token: token.value });
      continue;
    }
    const option = token.rawName;
    const config = Object.hasOwn(options, token.name) ? options[token.name] : undefined;
    if (config === undefined || !option.startsWith('--')) {
      const suggestion = closest(token.name, names);
      return fail({
        kind: 'unknown_option',
        token: option,
        ...(suggestion === undefined ? {} : { suggestion: `--${suggestion}` }),
      });
    }
    if (config.type === 'boolean') {
      if (token.value !== undefined) return fail({ kind: 'takes_no_value', token: option });
      continue;
    }
    if (token.value === undefined) return fail({ kind: 'missing_value', token: option });
    if (!token.inlineValue && optionLike(token.value))
      return fail({
        kind: Object.hasOwn(options, token.value.replace(/^--?/, '').replace(/=.*$/, ''))
          ? 'missing_value'
          : 'dash_value',
        token: option,
      });
    if (config.multiple === true) continue;
    const before = seen.get(token.name);
    seen.set(token.name, { option, first: before?.first ?? token.value, last: token.value });
  }
  return { problem: undefined, overridden: overridden() };
}

/** Throws the command line's problem as a {@link UsageError}, else notes on stderr each option whose last value is used. */
function checkCommandLine(read: ReturnType<typeof readCommandLine>, run: CliRun | undefined): void {
  const { problem, overridden } = read;
  if (problem !== undefined) throw new UsageError((messages) => messages.argumentError(problem));
  for (const { option, first, last } of overridden) run?.io.err(`${run.messages.lastValueUsed(option, first, last)}\n`);
}

/**
 * A command's options, as `parseArgs` reads them strictly, after {@link readCommandLine} found
 * nothing wrong: a problem is thrown as a {@link UsageError} in the run's language.
 */
export function parseOptions<T extends OptionsConfig>(
  args: readonly string[],
  options: T,
  run?: CliRun,
): ReturnType<typeof parseArgs<{ options: T; strict: true; allowPositionals: false }>>['values'] {
  checkCommandLine(readCommandLine(args, options), run);
  return parseArgs({ args: [...args], options, strict: true, allowPositionals: false }).values;
}

/** The positional arguments of a command that takes `count` of them and no options (`validate <file>`, `schema <name>`). */
export function parsePositionals(args: readonly string[], count: number): string[] {
  checkCommandLine(readCommandLine(args, {}, count), undefined);
  return parseArgs({ args: [...args], options: {}, strict: true, allowPositionals: true }).positionals;
}
