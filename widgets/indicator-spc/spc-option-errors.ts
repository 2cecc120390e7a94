import { LawGaugeError, type Report } from '../../src/index.js';
import type { Detail } from '../base/load-report.js';
import { TEXT_MESSAGES } from '../base/text-messages.js';
import { SPC_MESSAGES } from './spc-messages.js';

/** The options as the widget's attributes gave them. */
export interface GivenOptions {
  readonly chart: unknown;
  readonly baseline: unknown;
  readonly phases: readonly string[];
  readonly target: unknown;
}

const shown = (value: unknown): string => (typeof value === 'string' ? `"${value}"` : String(value));

/**
 * Why spc() refused the widget's options, in the widget's language and naming the attribute:
 * spc() names the option it refused (`chart`, `phases` 1, … under `options`), and the words
 * come from the widget's messages. Anything else is not about the options: undefined.
 */
export function optionError(error: unknown, report: Report, given: GivenOptions): Detail | undefined {
  if (!(error instanceof LawGaugeError) || error.code !== 'invalid_argument') return undefined;
  // spc() names the refused option by its path under `options`: ['chart'], ['phases', 1], …
  const issue = error.issues[0];
  const [option, index] = error.root === 'options' ? (issue?.path ?? []) : [];
  const { id, measure } = report.indicator;
  return (lang) => {
    const m = SPC_MESSAGES[lang].errors;
    if (option === 'chart') return given.chart === 'pprime' ? m.notRate(id, measure) : m.chart(shown(given.chart));
    if (option === 'baseline') return m.baseline(shown(given.baseline));
    if (option === 'target') return m.target(shown(given.target));
    // The periods the Report has, as spc() lists them (the first and last few of a long list).
    if (option === 'phases' && typeof index === 'number' && issue?.code === 'unknown_period')
      return m.phase(shown(given.phases[index]), issue.params.known.join(TEXT_MESSAGES[lang].punctuation.list));
    return error.message;
  };
}
