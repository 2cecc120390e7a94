// What both generators of the contracts' zod-free checks (checker-source.ts, valid-source.ts)
// read of a zod/mini schema, and the names they give what they write.
import type * as z from 'zod/mini';
import * as rules from '../src/model/contract-rules.js';

/** The parts of zod's definitions this generator reads (zod/mini's `schema._zod.def`). */
export interface Def {
  readonly type: string;
  readonly checks?: readonly z.core.$ZodCheck[];
  readonly shape?: Readonly<Record<string, z.core.$ZodType>>;
  readonly catchall?: z.core.$ZodType;
  readonly element?: z.core.$ZodType;
  readonly innerType?: z.core.$ZodType;
  readonly options?: readonly z.core.$ZodType[];
  readonly keyType?: z.core.$ZodType;
  readonly valueType?: z.core.$ZodType;
  readonly partial?: boolean;
  readonly mode?: string;
  readonly items?: readonly z.core.$ZodType[];
  readonly rest?: z.core.$ZodType | null;
  readonly entries?: Readonly<Record<string, string | number>>;
  readonly values?: readonly unknown[];
  readonly format?: string;
  readonly coerce?: boolean;
}
export interface CheckDef {
  readonly check: string;
  readonly format?: string;
  readonly pattern?: RegExp;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly value?: number;
  readonly inclusive?: boolean;
  readonly fn?: unknown;
  readonly error?: () => unknown;
  readonly abort?: boolean;
  readonly when?: unknown;
}

export const defOf = (schema: z.core.$ZodType): Def => schema._zod.def as unknown as Def;
export const checkDefOf = (check: z.core.$ZodCheck): CheckDef => check._zod.def as unknown as CheckDef;

/** What a generated checker reads as its source: the schema and names for its shared parts. */
export interface CheckerSpec {
  /** The export: `reportShape`. */
  readonly name: string;
  readonly schema: z.core.$ZodType;
  /** Where the schema is defined, for the header. */
  readonly from: string;
  /** Shared sub-schemas by name, so their functions read as the schema does (`localizedText`). */
  readonly named?: readonly (readonly [z.core.$ZodType, string])[];
}

/** A function's name from the place it checks: `report.rows[].group.*` → `reportRowsItemGroupValue`. */
export const functionName = (where: string): string =>
  where
    .replaceAll('[]', '.item')
    .replaceAll('.*', '.value')
    .replaceAll(' (key)', '.key')
    .replace(/\|(\d+)/g, '.option$1')
    .replace(/\[(\d+)\]/g, '.at$1')
    .replace(/[^A-Za-z0-9]+(.)?/g, (_, next: string | undefined) => (next ?? '').toUpperCase());

export const RULE_NAMES = new Map<unknown, string>(Object.entries(rules).map(([name, fn]) => [fn, name]));
export const JS = (value: unknown): string => JSON.stringify(value);

/** The file of a contract's validity test, beside its checker's: `report-shape.ts` → `report-valid.ts`. */
export const validFile = (file: string): string => file.replace(/-shape\.ts$/, '-valid.ts');

/** The name of a contract's validity test, from its checker's: `reportShape` → `reportValid`. */
export const validName = (spec: CheckerSpec): string => spec.name.replace(/Shape$/, '') + 'Valid';
