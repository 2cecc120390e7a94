import { readFile } from 'node:fs/promises';
import { LawGaugeError } from '../errors/law-gauge-error.js';
import { errnoOf } from './errno-of.js';

/**
 * Reads a UTF-8 JSON file (a BOM is allowed). An unreadable file or invalid JSON is a
 * LawGaugeError naming the file and, for JSON, the position.
 */
export async function readJsonFile(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new LawGaugeError('invalid_argument', path, [
      {
        code: 'unreadable_file',
        path: [],
        message: `cannot read the file: ${(error as Error).message}`,
        params: { errno: errnoOf(error), detail: (error as Error).message },
      },
    ]);
  }
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as unknown;
  } catch (error) {
    const detail = (error as Error).message;
    throw new LawGaugeError('invalid_definition', path, [
      { code: 'invalid_json', path: [], message: `not valid JSON: ${detail}`, params: { detail } },
    ]);
  }
}
