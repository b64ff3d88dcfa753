import { warning } from '../../errors/index.js';
import type { Issue } from '../../errors/index.js';
import { unitSlip } from './magnitude.js';
import { lastBefore } from './series.js';
import type { RuleInput } from './types.js';
import { cellOf, fieldName, regionLabel } from './types.js';

/**
 * Year-on-year jump: a value more than `year_jump` times the previous year's, or less than its
 * 1/`year_jump`, per indicator. Only consecutive years are compared (a gap of years may hold a
 * real change); values both at or below `jump_floor` are not (1 → 4 venues); a change a unit slip
 * explains is left to the magnitude rule, which says more. A value that drops to 0 from above the
 * floor is flagged: it is often a "not reported" written as 0.
 */
export function yearJump(input: RuleInput): Issue[] {
  const { table, series } = input;
  const issues: Issue[] = [];
  for (let s = 0; s < series.count; s++) {
    const from = series.start[s]!;
    const indicator = input.definitions[table.indicator[series.rows[from]!]!];
    if (!indicator) continue;
    const { year_jump: limit, jump_floor: floor } = input.thresholds[table.indicator[series.rows[from]!]!]!;
    for (let k = from + 1; k < series.start[s + 1]!; k++) {
      const previous = lastBefore(series, table.year, from, k);
      const i = series.rows[k]!;
      if (previous < 0 || table.year[previous] !== table.year[i]! - 1 || table.value[previous]! <= 0) continue;
      const value = table.value[i]!;
      const before = table.value[previous]!;
      if (Math.max(value, before) <= floor) continue;
      const factor = value / before;
      if (factor <= limit && factor >= 1 / limit) continue;
      if (unitSlip(value, before, indicator.unit, limit)) continue;
      const o = table.at(i);
      const p = table.at(previous);
      issues.push(warning('PLAUSIBILITY_YEAR_JUMP', {
        region: regionLabel(input, o.region), year: o.year, field: fieldName(indicator),
        value: o.value, previous: p.value, previousYear: p.year, unit: indicator.unit,
        factor, threshold: limit,
      }, cellOf(o, indicator)));
    }
  }
  return issues;
}
