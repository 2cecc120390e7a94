import { EN } from './messages/en.js';
import type { Messages } from './messages/messages.js';
import { ZH_CN } from './messages/zh-CN.js';

/** The languages the CLI speaks. */
export const CLI_LANGS = ['zh-CN', 'en'] as const;
export type CliLang = (typeof CLI_LANGS)[number];

/** Every text of a run, by language: one table each, checked against one key set. */
export const MESSAGES: Readonly<Record<CliLang, Messages>> = { 'zh-CN': ZH_CN, en: EN };

/** The locale variables, as POSIX ranks them for messages. */
export interface LocaleEnv {
  readonly LC_ALL?: string | undefined;
  readonly LC_MESSAGES?: string | undefined;
  readonly LANG?: string | undefined;
}

/** `zh_CN.UTF-8`, `zh-TW`, `zh` → zh-CN; any other locale (`en_US.UTF-8`, `C`, `POSIX`, `fr_FR`) → en. */
function langOfLocale(locale: string): CliLang {
  return /^zh([_.@-]|$)/i.test(locale.trim()) ? 'zh-CN' : 'en';
}

/**
 * The language a run speaks when `--lang` is not given: from the first of `LC_ALL`,
 * `LC_MESSAGES`, `LANG` that is set and not empty, as POSIX programs choose their messages. When
 * none is set (as on Windows, where the system setting is not in the environment) it follows
 * `systemLocale`, Node's default locale; with neither, English. `C` and `POSIX` mean English:
 * they are what containers and CI machines set, not a reader's choice of Chinese.
 */
export function localeLang(env: LocaleEnv, systemLocale?: string): CliLang {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const) {
    const value = env[name];
    if (value !== undefined && value.trim() !== '') return langOfLocale(value);
  }
  return systemLocale === undefined || systemLocale === '' ? 'en' : langOfLocale(systemLocale);
}

/**
 * Takes `--lang <zh-CN|en>` (or `--lang=…`) out of a command line: it applies to every command,
 * and is read before the command's own options so that even their errors are in its language.
 * Arguments after `--` are left alone. `value` is undefined when `--lang` is absent, `''` when it
 * has no value; the last one given wins.
 */
export function takeLangOption(args: readonly string[]): {
  readonly value: string | undefined;
  readonly rest: string[];
} {
  const rest: string[] = [];
  let value: string | undefined;
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    if (arg === '--') {
      rest.push(...args.slice(index));
      break;
    }
    if (arg === '--lang') {
      const next = args[index + 1];
      value = next === undefined || next.startsWith('-') ? '' : next;
      if (value !== '') index++;
    } else if (arg.startsWith('--lang=')) value = arg.slice('--lang='.length);
    else rest.push(arg);
  }
  return { value, rest };
}
