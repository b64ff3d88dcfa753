import { SeededRandom } from '../../util/seeded-random.js';
import { CENSUS_TOLERANCE } from '../build-design.js';
import type { BootstrapReplicates, SurveyDesign } from '../types.js';

/**
 * Rao–Wu rescaling bootstrap replicate weights (Rao & Wu 1988; with the fpc as Rao, Wu & Yue 1992):
 * in each replicate and stratum, m_h = n_h − 1 PSUs are drawn with replacement, and PSU i, drawn
 * c_i times, gets the factor 1 − λ_h + λ_h · (n_h/m_h) · c_i with λ_h = √(1 − f_h) (f_h the
 * first-stage sampling fraction; 0 without an fpc, when the factor is n_h/(n_h − 1) · c_i, R's
 * as.svrepdesign(type = "subbootstrap")). Variance = Σ_b (θ_b − θ̄)² / (B − 1). The draws come from
 * the seeded stream, so a seed gives the same replicates on every machine. Single-PSU and census
 * strata keep factor 1 (no variance contribution).
 * @example
 * bootstrapReplicates(design, 500, '2024'); // factors of replicate b at [b·PSUs, (b + 1)·PSUs)
 */
export function bootstrapReplicates(design: SurveyDesign, replicates: number, seed: string): BootstrapReplicates {
  const { strata, psus } = design;
  const P = psus.length;
  const factors = new Float64Array(replicates * P).fill(1);
  const stratumKind = new Uint8Array(strata.length);
  strata.forEach((s, h) => {
    if (s.psuEnd - s.psuStart < 2 || 1 - s.fraction < CENSUS_TOLERANCE) stratumKind[h] = 1;
  });
  const random = new SeededRandom(seed);
  const drawn = new Int32Array(P);
  for (let b = 0; b < replicates; b++) {
    strata.forEach((s, h) => {
      if (stratumKind[h]) return;
      const n = s.psuEnd - s.psuStart;
      const m = n - 1;
      const lambda = Math.sqrt(1 - s.fraction);
      drawn.fill(0, s.psuStart, s.psuEnd);
      for (let j = 0; j < m; j++) drawn[s.psuStart + random.int(0, n - 1)]!++;
      for (let i = s.psuStart; i < s.psuEnd; i++) factors[b * P + i] = 1 - lambda + (lambda * n * drawn[i]!) / m;
    });
  }
  return { method: 'bootstrap', count: replicates, scale: 1 / (replicates - 1), rscales: new Float64Array(replicates).fill(1), stratumKind, factors, seed };
}
