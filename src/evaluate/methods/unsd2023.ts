import { growthRates } from './cagr.js';
import type { ProgressMethod } from './types.js';

/**
 * UNSD 2023 onwards, extrapolate then compare (REFERENCE.md §3): x̂_T = x·(1 + CAGRₒ)^(T − t),
 * P = (x̂_T − x0)/(x* − x0); P ≥ 0.95 on track; 0.10–0.95 fair; < 0.10 stagnation or regression.
 * (The official five-band cut-offs were not found; these three bands are a statistics office's
 * published adaptation.)
 */
export const unsd2023: ProgressMethod = (input, thresholds) => {
  const rates = growthRates(input);
  if (!rates) return { ratio: null, methodClass: 'not_assessable', status: 'not_assessable' };
  const projected = input.x * Math.pow(1 + rates.observed, input.T - input.t);
  const ratio = (projected - input.x0) / (input.target - input.x0);
  const { onTrack, fair } = thresholds.unsd2023;
  if (ratio >= onTrack) return { ratio, methodClass: 'on_track', status: 'on_track' };
  if (ratio >= fair) return { ratio, methodClass: 'fair', status: 'behind' };
  return { ratio, methodClass: 'stagnation_or_regression', status: ratio < 0 ? 'regressing' : 'seriously_behind' };
};
