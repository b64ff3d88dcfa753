import { baseUnit, unitFactor } from './units.js';

/**
 * Ways to write a number in a field of this unit that parseNumber reads (tests prove each), for
 * the instructions and cell prompts of the forms: 15000, 15,000 and 1.5万 in a field of 人次; in a
 * field already counted in 万 (万元) a bare 万 is refused as ambiguous, so 26.5 or 265000元; a share
 * 15 or 15%. Plus the blank mark "—" (not applicable), which reads as not reported, never 0.
 */
export function numberExamples(unit: string): string[] {
  if (unit === '%') return ['15', '15%'];
  const base = baseUnit(unit);
  if (unitFactor(unit, base) !== 1) return ['26.5', `${26.5 * unitFactor(unit, base)!}${base}`];
  return ['15000', '15,000', '1.5万'];
}

/** The mark for "not applicable / not reported" the forms ask for (never 0). */
export const NOT_REPORTED = '—';
