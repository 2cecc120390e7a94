import type { Operand } from '../model/predicate.js';
import type { CellValues } from './cell-values.js';
import type { CellLayout, ValueSource } from './selection.js';
import type { SelectionScope } from './selection-for.js';
import { numericValues } from './operand-values.js';
import { periodOperand } from './period-predicate.js';
import { operandDependsOnPeriod } from './predicate-shape.js';

/** What a measure needs to compute its cells. */
export interface MeasureContext extends SelectionScope {
  readonly layout: CellLayout;
  /** Cells of another indicator of the catalog (a measure's `base`, such as a complement's rate). */
  readonly cellsOf: (indicatorId: string) => CellValues;
}

export function valueSource(context: MeasureContext, operand: Operand): ValueSource {
  return operandDependsOnPeriod(operand)
    ? periodOperand(context.table, operand)
    : numericValues(context.table, operand);
}
