import { warning } from '../../errors/index.js';
import type { Issue } from '../../errors/index.js';
import type { RuleInput } from './types.js';
import { cellOf, fieldName, regionLabel } from './types.js';

/**
 * Part ≤ whole: a field declared `part_of` another (科普专项经费 of 政府拨款, as the form's own
 * definition says) above that whole in the same region, year and group. The warning sits on the
 * part's cell and names the whole's.
 */
export function partWhole(input: RuleInput): Issue[] {
  const { table, series, definitions } = input;
  // The whole's indicator number in the table for each part's (-1: no whole, or none observed).
  const wholeOf = definitions.map((part) => {
    const whole = part?.partOf ? input.indicators.get(part.partOf) : undefined;
    return whole ? table.indicatorIds.indexOf(whole.id) : -1;
  });
  if (wholeOf.every((w) => w < 0)) return [];
  const issues: Issue[] = [];
  for (let i = 0; i < table.length; i++) {
    const whole = wholeOf[table.indicator[i]!]!;
    if (whole < 0) continue;
    const s = series.find(table.region[i]!, whole, table.group[i]!);
    if (s < 0) continue;
    const year = table.year[i]!;
    let w = -1;
    for (let k = series.start[s]!; k < series.start[s + 1]! && w < 0; k++) if (table.year[series.rows[k]!] === year) w = series.rows[k]!;
    if (w < 0 || table.value[i]! <= table.value[w]!) continue;
    issues.push(exceeds(input, i, w));
  }
  return issues;
}

/** The warning of row i, a part above the whole of row w. */
function exceeds(input: RuleInput, i: number, w: number): Issue {
  const o = input.table.at(i);
  const whole = input.table.at(w);
  const part = input.definitions[input.table.indicator[i]!]!;
  const sameRow = whole.file === o.file && whole.row === o.row;
  const wholeAt = sameRow ? (whole.column ? { column: whole.column } : undefined) : { file: whole.file, row: whole.row, ...(whole.column ? { column: whole.column } : {}) };
  return warning('PLAUSIBILITY_PART_EXCEEDS_WHOLE', {
    region: regionLabel(input, o.region), year: o.year,
    part: fieldName(part), value: o.value, whole: fieldName(input.indicators.get(part.partOf!)!), wholeValue: whole.value, unit: part.unit,
    ...(wholeAt ? { wholeAt } : {}),
  }, cellOf(o, part));
}
