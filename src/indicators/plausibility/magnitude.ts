import { baseUnit, unitFactor } from '../../data/units.js';
import { warning } from '../../errors/index.js';
import type { Issue } from '../../errors/index.js';
import { lastBefore } from './series.js';
import type { RuleInput } from './types.js';
import { cellOf, fieldName, regionLabel } from './types.js';

/** The scales a figure is slipped by in practice: 万 and 亿 (元 for 万元, 人 for 万人). */
const SCALE_WORDS = ['', '万', '亿'];

/**
 * The unit a value seems to have been typed in, when it stands about 10⁴ or 10⁸ times from the
 * previous value and that factor explains the change (what is left is within the year-on-year
 * threshold): 468,500 in a 万元 field whose last value was 26 reads 46.85 万元 if typed in 元.
 * Undefined when no slip explains it. Shares (%) are left to the parser, which refuses 0.15.
 */
export function unitSlip(value: number, previous: number, unit: string, jump: number): { typedUnit: string; factor: number } | undefined {
  if (unit === '%' || value <= 0 || previous <= 0) return undefined;
  const ratio = value / previous;
  if (ratio <= jump && ratio >= 1 / jump) return undefined;
  const base = baseUnit(unit);
  for (const word of SCALE_WORDS) {
    const typedUnit = `${word}${base}`;
    if (typedUnit === unit) continue;
    // A value typed in typedUnit is factor times the value in the field's unit.
    const factor = unitFactor(unit, typedUnit);
    if (factor === undefined) continue;
    const rest = ratio / factor;
    if (rest <= jump && rest >= 1 / jump) return { typedUnit, factor };
  }
  return undefined;
}

/**
 * Magnitude: a value about 10⁴ (or 10⁸) times its series' previous one, or as much smaller,
 * which a unit slip explains better than any real change. Compared with the latest earlier year
 * reported, however far back: no real change is this large.
 */
export function magnitude(input: RuleInput): Issue[] {
  const { table, series } = input;
  const issues: Issue[] = [];
  for (let s = 0; s < series.count; s++) {
    const from = series.start[s]!;
    const indicator = input.definitions[table.indicator[series.rows[from]!]!];
    if (!indicator) continue;
    const { year_jump } = input.thresholds[table.indicator[series.rows[from]!]!]!;
    for (let k = from + 1; k < series.start[s + 1]!; k++) {
      const previous = lastBefore(series, table.year, from, k);
      if (previous < 0) continue;
      const i = series.rows[k]!;
      const slip = unitSlip(table.value[i]!, table.value[previous]!, indicator.unit, year_jump);
      if (!slip) continue;
      const o = table.at(i);
      const p = table.at(previous);
      issues.push(warning('PLAUSIBILITY_MAGNITUDE', {
        region: regionLabel(input, o.region), year: o.year, field: fieldName(indicator),
        value: o.value, previous: p.value, previousYear: p.year, unit: indicator.unit,
        typedUnit: slip.typedUnit, corrected: Number((o.value / slip.factor).toPrecision(12)),
      }, cellOf(o, indicator)));
    }
  }
  return issues;
}
