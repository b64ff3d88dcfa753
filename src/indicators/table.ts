import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { InputError } from '../errors/index.js';
import type { ComputeInput } from './compute.js';
import { computeIndicatorValues } from './compute.js';

// Its own module so that the CLI's commands, which use the rows, do not load arquero (a quarter
// of a second at every start).
/**
 * The same computation as an arquero table, the form later stages and users' scripts consume.
 * Throws an InputError if the indicator definitions do not compile.
 */
export function computeIndicators(input: ComputeInput): ColumnTable {
  const { values, issues } = computeIndicatorValues(input);
  if (issues.some((i) => i.severity === 'error')) throw new InputError(issues);
  return aq.from(values);
}
