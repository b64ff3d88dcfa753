import type { Issue } from '../../errors/index.js';
import { issue } from '../../errors/index.js';
import { bootstrapReplicates } from './bootstrap.js';
import { jackknifeReplicates } from './jackknife.js';
import type { ReplicateSpec, ReplicateWeights, SurveyDesign } from '../types.js';

/** The most bootstrap replicates accepted (their factors take replicates × PSUs numbers). */
export const MAX_REPLICATES = 100_000;

/**
 * Reads a replicate method as the CLI writes it: `jk1`, `jkn` or `bootstrap:<replicates>:<seed>`.
 * @example
 * parseReplicates('bootstrap:500:2024'); // { spec: { method: 'bootstrap', replicates: 500, seed: '2024' }, issues: [] }
 */
export function parseReplicates(text: string): { spec?: ReplicateSpec; issues: Issue[] } {
  const value = text.trim().toLowerCase();
  if (value === 'jk1' || value === 'jkn') return { spec: { method: value }, issues: [] };
  const boot = /^bootstrap:(\d+):(.+)$/.exec(text.trim());
  const replicates = boot ? Number(boot[1]) : NaN;
  if (!boot || !(replicates >= 2 && replicates <= MAX_REPLICATES)) return { issues: [issue('SURVEY_BAD_REPLICATES', { value: text })] };
  return { spec: { method: 'bootstrap', replicates, seed: boot[2]! }, issues: [] };
}

/**
 * Replicate weights for a built design: jackknife (jackknife.ts) or Rao–Wu bootstrap (bootstrap.ts).
 * @example
 * const { replicates } = replicateWeights(design, { method: 'jkn' });
 */
export function replicateWeights(design: SurveyDesign, spec: ReplicateSpec): { replicates?: ReplicateWeights; issues: Issue[] } {
  if (spec.method === 'bootstrap') {
    if (!(Number.isInteger(spec.replicates) && spec.replicates >= 2 && spec.replicates <= MAX_REPLICATES)) {
      return { issues: [issue('SURVEY_BAD_REPLICATES', { value: `bootstrap:${spec.replicates}:${spec.seed}` })] };
    }
    return { replicates: bootstrapReplicates(design, spec.replicates, spec.seed), issues: [] };
  }
  return jackknifeReplicates(design, spec.method);
}

/**
 * Replicate k's factor of every PSU: the bootstrap's stored row, or the jackknife's written into
 * `scratch` (length = PSUs).
 */
export function replicateFactors(replicates: ReplicateWeights, design: SurveyDesign, k: number, scratch: Float64Array): Float64Array {
  const P = design.psus.length;
  if (replicates.method === 'bootstrap') return replicates.factors.subarray(k * P, (k + 1) * P);
  const h = replicates.scaledStratum[k]!;
  scratch.fill(replicates.outFactor[k]!);
  if (h >= 0) scratch.fill(replicates.inFactor[k]!, design.strata[h]!.psuStart, design.strata[h]!.psuEnd);
  scratch[replicates.deleted[k]!] = 0;
  return scratch;
}
