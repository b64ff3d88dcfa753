import { growthRates } from './cagr.js';
import type { ProgressMethod } from './types.js';

/**
 * Open SDG / Eurostat CAGR ratio, as implemented in Open SDG 2.4 (sdg-build ProgressMeasure;
 * REFERENCE.md §3): R = d·CAGRₒ / |CAGRᵣ| with d = +1 when up is good and −1 when down is good.
 * R ≥ 0.95 on track; 0.60–0.95 moderate; 0–0.60 limited; < 0 deterioration. Near a natural limit L
 * the positive thresholds are scaled by C = 1 − (x0/L)^4.44.
 */
export const eurostat: ProgressMethod = (input, thresholds) => {
  const rates = growthRates(input);
  if (!rates || rates.required === 0) return { ratio: null, methodClass: 'not_assessable', status: 'not_assessable' };
  const d = input.direction === 'higher' ? 1 : -1;
  const ratio = (d * rates.observed) / Math.abs(rates.required);
  const c = input.limit ? 1 - Math.pow(input.x0 / input.limit, 4.44) : 1;
  const { onTrack, moderate } = thresholds.eurostat;
  if (ratio >= onTrack * c) return { ratio, methodClass: 'on_track', status: 'on_track' };
  if (ratio >= moderate * c) return { ratio, methodClass: 'moderate', status: 'behind' };
  if (ratio >= 0) return { ratio, methodClass: 'limited', status: 'seriously_behind' };
  return { ratio, methodClass: 'deterioration', status: 'regressing' };
};
