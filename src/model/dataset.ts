import * as z from 'zod/mini';
import { Predicate } from './predicate.js';
import { FiniteNumber, Identifier, LocalizedText } from './primitives.js';
import { TOTAL } from './report-constants.js';

const fieldCommon = {
  name: Identifier,
  label: z.optional(LocalizedText),
  description: z.optional(LocalizedText),
  /** A row whose value is missing or empty is quarantined. Default `false`. */
  required: z.optional(z.boolean()),
};

export const EnumValue = z.strictObject({
  /** The canonical value stored and shown in reports; `*` is the total row's marker. */
  value: z.string().check(
    z.minLength(1),
    z.refine((value) => value !== TOTAL, `is "${TOTAL}", which Reports use for the total row`),
  ),
  /** Other spellings accepted on ingest, e.g. the Chinese `刑事` for `criminal`. Case-insensitive. */
  synonyms: z.optional(z.array(z.string().check(z.minLength(1)))),
  label: z.optional(LocalizedText),
});
export type EnumValue = z.infer<typeof EnumValue>;

export const StringField = z.strictObject({ ...fieldCommon, type: z.literal('string') });
export const IntegerField = z.strictObject({
  ...fieldCommon,
  type: z.literal('integer'),
  min: z.optional(z.int()),
  max: z.optional(z.int()),
  /** Stored when the cell is empty (e.g. `excluded_days` empty means 0). */
  default: z.optional(z.int()),
});
export const NumberField = z.strictObject({
  ...fieldCommon,
  type: z.literal('number'),
  min: z.optional(FiniteNumber),
  max: z.optional(FiniteNumber),
  default: z.optional(FiniteNumber),
});
export const BooleanField = z.strictObject({
  ...fieldCommon,
  type: z.literal('boolean'),
  default: z.optional(z.boolean()),
});
/** A civil date, stored as a Shanghai day number. */
export const DateField = z.strictObject({ ...fieldCommon, type: z.literal('date') });
/** An instant; stored as the Shanghai civil day it falls on. */
export const DatetimeField = z.strictObject({ ...fieldCommon, type: z.literal('datetime') });
export const EnumField = z.strictObject({
  ...fieldCommon,
  type: z.literal('enum'),
  values: z.array(EnumValue).check(z.minLength(1)),
});

export const Field = z.discriminatedUnion('type', [
  StringField,
  IntegerField,
  NumberField,
  BooleanField,
  DateField,
  DatetimeField,
  EnumField,
]);
export type Field = z.infer<typeof Field>;
export type FieldType = Field['type'];

/**
 * A rule every record must keep, across its fields: `closed_on >= filed_on` is
 * `{id: "closed_after_filed", rule: {field: "closed_on", op: "ge", other: "filed_on"}}`. A record
 * breaks it when the rule is false; as in a SQL `CHECK`, a rule that is unknown because a value is
 * missing (a case not yet closed) is kept. Breaking records are quarantined, in process and in SQL
 * engines alike.
 */
export const RecordCheck = z.strictObject({
  id: Identifier,
  /** Says what the rule means, shown with every record that breaks it. */
  label: z.optional(LocalizedText),
  rule: Predicate,
});
export type RecordCheck = z.infer<typeof RecordCheck>;

export const Dataset = z.strictObject({
  id: Identifier,
  label: z.optional(LocalizedText),
  description: z.optional(LocalizedText),
  fields: z.array(Field).check(z.minLength(1)),
  /**
   * The fields that identify a record (`["case_id"]`); they must be required. A later record with
   * the same key as an earlier one is quarantined, naming the first one's row and line. SQL
   * engines leave keys to the database (a table has no first row): declare a `PRIMARY KEY` there.
   */
  key: z.optional(z.array(Identifier).check(z.minLength(1))),
  checks: z.optional(z.array(RecordCheck).check(z.minLength(1))),
});
export type Dataset = z.infer<typeof Dataset>;

export type EnumField = z.infer<typeof EnumField>;
