import type { Assessment } from '../evaluate/assess.js';
import type { EvaluationRow } from '../evaluate/types.js';

/**
 * The quantitative rows of the region a report is about: for the jurisdiction its plan targets,
 * for a sub-region every row of its own (it has no targets of its own, only the jurisdiction's
 * applied to it). The table, the actions and the findings of a report all take their rows here,
 * so that a sub-region's report never mixes in the jurisdiction's figures.
 */
export function ownRows(a: Assessment, region: string): EvaluationRow[] {
  const own = a.rows.filter((r) => r.region === region && r.indicator !== null && r.kind !== 'qualitative');
  return region === a.root ? own.filter((r) => r.role === 'target') : own;
}
