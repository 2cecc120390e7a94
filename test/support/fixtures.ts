import { readFileSync } from 'node:fs';

/** Records of a JSON fixture in test/fixtures. */
export function fixture(name: string): unknown[] {
  return JSON.parse(readFileSync(new URL(`../fixtures/${name}.json`, import.meta.url), 'utf8')) as unknown[];
}
