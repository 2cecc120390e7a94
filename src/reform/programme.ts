import * as z from 'zod/mini';
import { FiniteNumber, IsoDate, LocalizedText } from '../model/primitives.js';

/**
 * A ledger's own words: task numbers (`1`, `1.1`, `（二）`), parent references, area and owner
 * names. They are data, not code identifiers (they are never keys, columns or SQL names), so any
 * non-empty text is allowed. Trimmed and NFKC-normalised as ingest reads CSV text, so a parent
 * written `（二）` finds task `(二)`; outputs carry the normalised text.
 */
export const LedgerText = z.pipe(
  z.pipe(
    z.string().check(z.minLength(1)),
    z.transform((text) => text.trim().normalize('NFKC')),
  ),
  z.string().check(z.minLength(1, 'expected text, not only spaces')),
);

/** A checkpoint inside a task; `done_on` null while open. */
export const Milestone = z.strictObject({
  title: LocalizedText,
  due_on: IsoDate,
  done_on: z.optional(z.nullable(IsoDate)),
});
export type Milestone = z.infer<typeof Milestone>;

/**
 * One task of a reform programme (任务台账). `parent` nests tasks to any depth (大项 → 小项);
 * `completed_on` is when the owner reported it done, `verified_on` when it was checked and struck
 * off (督查核实, 销号).
 */
export const ReformTask = z.strictObject({
  id: LedgerText,
  parent: z.optional(z.nullable(LedgerText)),
  area: LedgerText,
  title: LocalizedText,
  owner: LedgerText,
  /** Default 1. */
  weight: z.optional(FiniteNumber.check(z.gt(0))),
  start_on: IsoDate,
  due_on: IsoDate,
  completed_on: z.optional(z.nullable(IsoDate)),
  verified_on: z.optional(z.nullable(IsoDate)),
  milestones: z.optional(z.array(Milestone)),
});
export type ReformTask = z.infer<typeof ReformTask>;

export const ReformArea = z.strictObject({ id: LedgerText, label: LocalizedText });
export type ReformArea = z.infer<typeof ReformArea>;

/**
 * An owner's name in both languages (`市高院` / `Shanghai High People's Court`), as areas have
 * labels: tasks name their owner by `id`; an owner not listed is shown by its own text.
 */
export const ReformOwner = z.strictObject({ id: LedgerText, label: LocalizedText });
export type ReformOwner = z.infer<typeof ReformOwner>;

export const Programme = z.strictObject({
  $schema: z.optional(z.string()),
  id: z.string().check(z.regex(/^[a-z][a-z0-9_-]*$/, 'expected an id (lower-case letters, digits, - and _)')),
  label: LocalizedText,
  /** Marks data that is made up (the seed programme), so every view can say so. */
  synthetic: z.optional(z.boolean()),
  areas: z.array(ReformArea).check(z.minLength(1)),
  tasks: z.array(ReformTask).check(z.minLength(1)),
  /** Owners' names in both languages (optional; see {@link ReformOwner}). */
  owners: z.optional(z.array(ReformOwner)),
});
export type Programme = z.infer<typeof Programme>;
