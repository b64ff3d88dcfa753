import { cagr } from '../../indicators/ops/functions.js';
import type { ProgressInput } from './types.js';

/**
 * Observed and required compound annual growth (REFERENCE.md §3): CAGRₒ from x0 to x over t − t0
 * years, CAGRᵣ from x0 to x* over T − t0 years. Zero values are replaced by 0.001 as Open SDG does.
 */
export function growthRates(input: ProgressInput): { observed: number; required: number } | undefined {
  const nz = (v: number) => (v === 0 ? 0.001 : v);
  const observed = cagr(nz(input.x0), nz(input.x), input.t - input.t0);
  const required = cagr(nz(input.x0), nz(input.target), input.T - input.t0);
  if (observed === undefined || required === undefined) return undefined;
  return { observed, required };
}
