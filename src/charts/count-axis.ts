import type { Indicator } from '../indicators/types.js';

/**
 * Whether an indicator counts things (个, 人, 人次, 次, 期: valueType 'count' in indicators/*.yaml).
 * Counts are whole numbers, so their axes tick at integers only (never "0.2 个示范县") and start
 * at zero, so that 2 of 3 demonstration counties does not look like none.
 */
export function isCount(indicator: Pick<Indicator, 'valueType'>): boolean {
  return indicator.valueType === 'count';
}

/** The value scale of an indicator: `scale` as given, with a zero baseline for counts. */
export function valueScale(indicator: Pick<Indicator, 'valueType'>, scale: Record<string, unknown> = {}): Record<string, unknown> {
  return isCount(indicator) ? { ...scale, zero: true } : scale;
}

/** The value axis of an indicator: `axis` as given, with ticks one apart at least, at whole numbers, for counts. */
export function valueAxis(indicator: Pick<Indicator, 'valueType'>, axis: Record<string, unknown> = {}): Record<string, unknown> {
  return isCount(indicator) ? { ...axis, tickMinStep: 1, format: 'd' } : axis;
}
