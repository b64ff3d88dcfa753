import type { Issue } from '../../errors/index.js';
import { issue } from '../../errors/index.js';
import { CENSUS_TOLERANCE } from '../build-design.js';
import type { JackknifeReplicates, SurveyDesign } from '../types.js';

/**
 * Jackknife replicate weights, as R's as.svrepdesign(type = "JK1" | "JKn") (jk1weights, jknweights):
 * one replicate per PSU, which drops that PSU and multiplies the other PSUs of its stratum by
 * n_h/(n_h − 1). Variance = Σ_h (1 − f_h)(n_h − 1)/n_h Σ_i (θ_(hi) − θ̄)², θ̄ the mean of the
 * replicates (R's default, options(survey.replicates.mse = FALSE)); f_h is the first-stage sampling
 * fraction (fpcs of later stages are not used, as in R). JK1 is the one-stratum case and refuses a
 * stratified design (SURVEY_JK1_STRATIFIED), as R does; JKn on an unstratified design is JK1.
 * A census stratum (f_h = 1) gets no replicates. A single-PSU stratum gets none under remove,
 * certainty and average (average then scales the variance by PSUs/replicates), and under adjust one
 * replicate that drops it and multiplies every other PSU by H/(H − 1), with rscale (H − 1)/H (R's jknweights).
 * @example
 * const { replicates } = jackknifeReplicates(design, 'jkn'); // replicates.count = number of PSUs
 */
export function jackknifeReplicates(design: SurveyDesign, method: 'jk1' | 'jkn'): { replicates?: JackknifeReplicates; issues: Issue[] } {
  const { strata, psus, lonelyPsu } = design;
  if (method === 'jk1' && strata.length > 1) return { issues: [issue('SURVEY_JK1_STRATIFIED', { strata: strata.length })] };
  const H = strata.length;
  const deleted: number[] = [];
  const scaledStratum: number[] = [];
  const inFactor: number[] = [];
  const outFactor: number[] = [];
  const rscales: number[] = [];
  const stratumKind = new Uint8Array(H);
  strata.forEach((s, h) => {
    const n = s.psuEnd - s.psuStart;
    if (1 - s.fraction < CENSUS_TOLERANCE) {
      stratumKind[h] = 1;
      return;
    }
    if (n === 1) {
      if (lonelyPsu !== 'adjust' || H === 1) {
        stratumKind[h] = 1;
        return;
      }
      stratumKind[h] = 2;
      deleted.push(s.psuStart);
      scaledStratum.push(-1);
      inFactor.push(1);
      outFactor.push(H / (H - 1));
      rscales.push((H - 1) / H);
      return;
    }
    for (let i = s.psuStart; i < s.psuEnd; i++) {
      deleted.push(i);
      scaledStratum.push(h);
      inFactor.push(n / (n - 1));
      outFactor.push(1);
      rscales.push(((1 - s.fraction) * (n - 1)) / n);
    }
  });
  const count = deleted.length;
  // R's jknweights: under 'average' the variance is scaled by PSUs ÷ replicates.
  const scale = lonelyPsu === 'average' && count > 0 && count < psus.length ? psus.length / count : 1;
  return {
    replicates: {
      method, count, scale, rscales: Float64Array.from(rscales), stratumKind,
      deleted: Int32Array.from(deleted), scaledStratum: Int32Array.from(scaledStratum),
      inFactor: Float64Array.from(inFactor), outFactor: Float64Array.from(outFactor),
    },
    issues: [],
  };
}
