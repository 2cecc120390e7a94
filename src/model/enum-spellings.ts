import { closestName } from './closest.js';
import type { EnumField } from './dataset.js';

/** What an unknown enum value's message says beyond the canonical values: the other spellings and the nearest one. */
export interface EnumSpellings {
  /** For each value, its synonyms joined by `/` (`民事` for `civil`), `""` for none; absent when no value has one. */
  readonly synonyms?: readonly string[];
  /** The accepted spelling (value or synonym) nearest to what was written, when one is close (`民时` → `民事`). */
  readonly suggestion?: string;
}

/**
 * The spellings a file may write for `field`'s values, and the one nearest to `typed` (by
 * {@link closestName}, so a Chinese spelling one character off is suggested): an
 * `unknown_enum_value` issue lists values as the file would write them and says which was meant.
 */
export function enumSpellings(field: EnumField, typed: unknown): EnumSpellings {
  const synonyms = field.values.map((entry) => (entry.synonyms ?? []).join('/'));
  const spellings = field.values.flatMap((entry) => [entry.value, ...(entry.synonyms ?? [])]);
  const suggestion = typeof typed === 'string' && typed.trim() !== '' ? closestName(typed, spellings) : undefined;
  return {
    ...(synonyms.some((joined) => joined !== '') ? { synonyms } : {}),
    ...(suggestion === undefined ? {} : { suggestion }),
  };
}
