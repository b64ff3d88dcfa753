import { growthRates } from './cagr.js';
import type { ProgressMethod } from './types.js';

/**
 * UN Statistics Division SDG Progress Chart, technical notes up to 2022 (REFERENCE.md §3):
 * ratio = CAGRₒ / CAGRᵣ; > 0.95 substantial progress; 0.5–0.95 fair; −0.1–0.5 limited or none;
 * < −0.1 deterioration. A ratio, not a signed rate, so it works for either direction.
 */
export const unsd: ProgressMethod = (input, thresholds) => {
  const rates = growthRates(input);
  if (!rates || rates.required === 0) return { ratio: null, methodClass: 'not_assessable', status: 'not_assessable' };
  const ratio = rates.observed / rates.required;
  const { substantial, fair, limited } = thresholds.unsd;
  if (ratio > substantial) return { ratio, methodClass: 'substantial', status: 'on_track' };
  if (ratio >= fair) return { ratio, methodClass: 'fair', status: 'behind' };
  if (ratio >= limited) return { ratio, methodClass: 'limited', status: 'seriously_behind' };
  return { ratio, methodClass: 'deterioration', status: 'regressing' };
};
