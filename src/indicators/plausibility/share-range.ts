import { warning } from '../../errors/index.js';
import type { Issue } from '../../errors/index.js';
import type { RuleInput } from './types.js';
import { cellOf, fieldName, regionLabel } from './types.js';

/**
 * Shares outside 0–100. A field that declares its own `range` (every bundled share does) already
 * refuses such a value as DATA_OUT_OF_RANGE when it is read; this catches the percentage fields of
 * local definitions that declare none.
 */
export function shareRange(input: RuleInput): Issue[] {
  const issues: Issue[] = [];
  for (const o of input.observations) {
    const indicator = input.indicators.get(o.indicator);
    if (!indicator || indicator.unit !== '%' || indicator.range) continue;
    if (o.value >= 0 && o.value <= 100) continue;
    issues.push(warning('PLAUSIBILITY_SHARE_RANGE', { region: regionLabel(input, o.region), year: o.year, field: fieldName(indicator), value: o.value }, cellOf(o, indicator)));
  }
  return issues;
}
