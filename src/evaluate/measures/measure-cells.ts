import type { Measure } from '../../model/measure.js';
import type { CellValues } from '../cell-values.js';
import { complementCells } from './complement.js';
import { countCells } from './count.js';
import type { MeasureContext } from './measure-context.js';
import { orderStatisticCells } from './order-statistic.js';
import { rateCells } from './rate.js';
import { ratioCells } from './ratio.js';
import { sumLikeCells } from './sum-and-mean.js';

/** Computes any measure's cells. */
export function measureCells(measure: Measure, context: MeasureContext): CellValues {
  switch (measure.kind) {
    case 'count':
      return countCells(measure, context);
    case 'sum':
    case 'mean':
    case 'rescaledMean':
      return sumLikeCells(measure, context);
    case 'median':
    case 'quantile':
    case 'min':
    case 'max':
      return orderStatisticCells(measure, context);
    case 'rate':
      return rateCells(measure, context);
    case 'ratio':
      return ratioCells(measure, context);
    case 'complement':
      return complementCells(measure, context);
  }
}
