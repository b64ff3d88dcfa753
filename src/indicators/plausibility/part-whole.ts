import { warning } from '../../errors/index.js';
import type { Issue } from '../../errors/index.js';
import { seriesKey } from './series.js';
import type { RuleInput } from './types.js';
import { cellOf, fieldName, regionLabel } from './types.js';

/**
 * Part ≤ whole: a field declared `part_of` another (科普专项经费 of 政府拨款, as the form's own
 * definition says) above that whole in the same region, year and group. The warning sits on the
 * part's cell and names the whole's.
 */
export function partWhole(input: RuleInput): Issue[] {
  const issues: Issue[] = [];
  for (const o of input.observations) {
    const part = input.indicators.get(o.indicator);
    const whole = part?.partOf ? input.indicators.get(part.partOf) : undefined;
    if (!part || !whole) continue;
    const w = input.series.get(seriesKey(o.region, whole.id, o.group))?.find((x) => x.year === o.year);
    if (!w || o.value <= w.value) continue;
    const sameRow = w.file === o.file && w.row === o.row;
    const wholeAt = sameRow ? (w.column ? { column: w.column } : undefined) : { file: w.file, row: w.row, ...(w.column ? { column: w.column } : {}) };
    issues.push(warning('PLAUSIBILITY_PART_EXCEEDS_WHOLE', {
      region: regionLabel(input, o.region), year: o.year,
      part: fieldName(part), value: o.value, whole: fieldName(whole), wholeValue: w.value, unit: part.unit,
      ...(wholeAt ? { wholeAt } : {}),
    }, cellOf(o, part)));
  }
  return issues;
}
