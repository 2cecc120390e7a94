import * as z from 'zod/mini';
import { FiniteNumber, Identifier, IsoDate, LocalizedText } from '../model/primitives.js';

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
  id: Identifier,
  parent: z.optional(z.nullable(Identifier)),
  area: Identifier,
  title: LocalizedText,
  owner: z.string().check(z.minLength(1)),
  /** Default 1. */
  weight: z.optional(FiniteNumber.check(z.gt(0))),
  start_on: IsoDate,
  due_on: IsoDate,
  completed_on: z.optional(z.nullable(IsoDate)),
  verified_on: z.optional(z.nullable(IsoDate)),
  milestones: z.optional(z.array(Milestone)),
});
export type ReformTask = z.infer<typeof ReformTask>;

export const ReformArea = z.strictObject({ id: Identifier, label: LocalizedText });
export type ReformArea = z.infer<typeof ReformArea>;

export const Programme = z.strictObject({
  $schema: z.optional(z.string()),
  id: z.string().check(z.regex(/^[a-z][a-z0-9_-]*$/, 'expected an id (lower-case letters, digits, - and _)')),
  label: LocalizedText,
  /** Marks data that is made up (the seed programme), so every view can say so. */
  synthetic: z.optional(z.boolean()),
  areas: z.array(ReformArea).check(z.minLength(1)),
  tasks: z.array(ReformTask).check(z.minLength(1)),
});
export type Programme = z.infer<typeof Programme>;
