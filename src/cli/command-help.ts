import type { Command, Messages } from './messages/messages.js';
import { displayWidth } from './text-table.js';

/** Options wider than this get their text on the next line, so the texts stay in one column. */
const OPTION_COLUMN = 32;

/** `[option, text]` rows as an indented two-column list. */
function optionLines(rows: readonly (readonly [string, string])[]): string[] {
  return rows.map(([option, text]) => {
    const width = displayWidth(option);
    return width < OPTION_COLUMN
      ? `  ${option}${' '.repeat(OPTION_COLUMN - width)}${text}`
      : `  ${option}\n  ${' '.repeat(OPTION_COLUMN)}${text}`;
  });
}

/** `lawgauge <command> --help`: its synopsis, what it does, every option with its default, the options every command takes, and the exit codes. */
export function commandHelp(command: Command, messages: Messages): string {
  const { synopsis, about, options } = messages.commandHelp[command];
  const words = messages.helpWords;
  return [
    words.usage,
    ...synopsis.split('\n').map((line) => `  ${line}`),
    '',
    about,
    ...(options.length === 0 ? [] : ['', words.options, ...optionLines(options)]),
    '',
    words.common,
    ...optionLines(words.commonOptions),
    '',
    words.exitCodes,
  ].join('\n');
}
