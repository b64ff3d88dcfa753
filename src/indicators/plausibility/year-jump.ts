import { warning } from '../../errors/index.js';
import type { Issue } from '../../errors/index.js';
import { lastBefore, unitSlip } from './magnitude.js';
import { thresholdsFor } from './settings.js';
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
  const issues: Issue[] = [];
  for (const list of input.series.values()) {
    const indicator = input.indicators.get(list[0]!.indicator);
    if (!indicator) continue;
    const { year_jump: limit, jump_floor: floor } = thresholdsFor(input.settings, indicator.id);
    list.forEach((o, i) => {
      const previous = lastBefore(list, i);
      if (!previous || previous.year !== o.year - 1 || previous.value <= 0) return;
      if (Math.max(o.value, previous.value) <= floor) return;
      const factor = o.value / previous.value;
      if (factor <= limit && factor >= 1 / limit) return;
      if (unitSlip(o.value, previous.value, indicator.unit, limit)) return;
      issues.push(warning('PLAUSIBILITY_YEAR_JUMP', {
        region: regionLabel(input, o.region), year: o.year, field: fieldName(indicator),
        value: o.value, previous: previous.value, previousYear: previous.year, unit: indicator.unit,
        factor, threshold: limit,
      }, cellOf(o, indicator)));
    });
  }
  return issues;
}
