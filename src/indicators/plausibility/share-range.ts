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
  const { table } = input;
  const checked = input.definitions.map((indicator) => !!indicator && indicator.unit === '%' && !indicator.range);
  if (!checked.includes(true)) return [];
  const issues: Issue[] = [];
  for (let i = 0; i < table.length; i++) {
    const value = table.value[i]!;
    if (!checked[table.indicator[i]!] || (value >= 0 && value <= 100)) continue;
    const o = table.at(i);
    const indicator = input.definitions[table.indicator[i]!]!;
    issues.push(warning('PLAUSIBILITY_SHARE_RANGE', { region: regionLabel(input, o.region), year: o.year, field: fieldName(indicator), value: o.value }, cellOf(o, indicator)));
  }
  return issues;
}
