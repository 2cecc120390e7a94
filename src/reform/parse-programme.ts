import { parseWith } from '../model/parse-with.js';
import { checkProgramme } from './check-programme.js';
import { Programme } from './programme.js';

/** Validates a reform programme; throws a LawGaugeError naming every problem and task. */
export function parseProgramme(input: unknown): Programme {
  return parseWith(Programme, input, 'programme', { check: checkProgramme });
}
