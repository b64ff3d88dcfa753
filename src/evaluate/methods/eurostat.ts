import { growthRates } from './cagr.js';
import type { ProgressMethod } from './types.js';

/**
 * Open SDG / Eurostat CAGR ratio, as implemented in Open SDG 2.4 (sdg-build ProgressMeasure;
 * REFERENCE.md §3): R = d·CAGRₒ / |CAGRᵣ| with d = +1 when up is good and −1 when down is good.
 * R ≥ 0.95 on track; 0.60–0.95 moderate; 0–0.60 limited; < 0 deterioration. These bands are
 * fixed: sdg-build scales its thresholds near a natural limit (C = 1 − (x0/L)^4.44) only for an
 * indicator without a target (its "methodology 1", thresholds on the observed CAGR), and ignores
 * the limit when a target is given — every target kepu evaluates has one.
 */
export const eurostat: ProgressMethod = (input, thresholds) => {
  const rates = growthRates(input);
  if (!rates || rates.required === 0) return { ratio: null, methodClass: 'not_assessable', status: 'not_assessable' };
  const d = input.direction === 'higher' ? 1 : -1;
  const ratio = (d * rates.observed) / Math.abs(rates.required);
  const { onTrack, moderate } = thresholds.eurostat;
  if (ratio >= onTrack) return { ratio, methodClass: 'on_track', status: 'on_track' };
  if (ratio >= moderate) return { ratio, methodClass: 'moderate', status: 'behind' };
  if (ratio >= 0) return { ratio, methodClass: 'limited', status: 'seriously_behind' };
  return { ratio, methodClass: 'deterioration', status: 'regressing' };
};
