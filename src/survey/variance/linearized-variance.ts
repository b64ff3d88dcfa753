// Taylor-linearisation variance, the default method; design-variance.ts chooses between it and the others.
import { CENSUS_TOLERANCE } from '../build-design.js';
import type { LonelyPsu, SurveyDesign } from '../types.js';

/**
 * Taylor-linearisation variance of an estimator from its linearised values z (R's svyrecvar):
 *
 *   V = Σ_h (1 − f_h) · n_h/(n_h − 1) · Σ_i (z_hi − z̄_h)²                      PSU totals z_hi, with replacement when no fpc (f_h = 0)
 *     + Σ_h f_h Σ_i (1 − f_hi) · m_hi/(m_hi − 1) · Σ_j (z_hij − z̄_hi)²         only with fpcs at both stages
 *
 * Domain estimation on the full design: `rows` lists the respondents of the domain, z[k] belongs to
 * rows[k], and every other respondent counts as zero, so strata and PSUs keep their full sizes.
 * Single-PSU strata follow design.lonelyPsu exactly as R 4.x's onestrat/onestage do; the one
 * difference: a PSU with a single SSU under 'average' adds nothing at stage 2 (R returns NaN there).
 * @example
 * const v = linearizedVariance(design, rows, z); // se = Math.sqrt(v)
 */
export function linearizedVariance(design: SurveyDesign, rows: ArrayLike<number>, z: ArrayLike<number>): number {
  const { strata, psus, stratumOf, psuOf, lonelyPsu } = design;
  const psuTotal = new Float64Array(psus.length);
  const present = new Uint8Array(strata.length);
  // Files list a PSU's respondents together: a run of rows in one PSU is summed in a register and
  // stored once, the same additions in the same order as adding each z to psuTotal in turn.
  let psu = -1;
  let sum = 0;
  for (let k = 0; k < rows.length; k++) {
    const r = rows[k]!;
    if (psuOf[r] !== psu) {
      if (psu >= 0) psuTotal[psu] = sum;
      psu = psuOf[r]!;
      sum = psuTotal[psu]!;
      present[stratumOf[r]!] = 1;
    }
    sum += z[k]!;
  }
  if (psu >= 0) psuTotal[psu] = sum;
  let v = 0;
  let nPresent = 0;
  let nOk = 0;
  for (let h = 0; h < strata.length; h++) {
    if (!present[h]) continue;
    nPresent++;
    const s = strata[h]!;
    const part = stageContribution(psuTotal, s.psuStart, s.psuEnd, 1 - s.fraction, lonelyPsu);
    if (Number.isNaN(part)) continue; // 'average': this stratum takes the others' mean, below
    nOk++;
    v += part;
  }
  // R's onestage: the sum over the strata that have a variance, scaled up to all strata present.
  if (nOk < nPresent) v = nOk === 0 ? NaN : (v * nPresent) / nOk;
  if (design.ssuOf) v += secondStage(design, rows, z, design.ssuOf);
  return v;
}

/** Σ over one stratum's PSUs (or one PSU's SSUs), totals at [start, end), with the lonely-unit rule. */
function stageContribution(totals: Float64Array, start: number, end: number, factor: number, lonely: LonelyPsu): number {
  if (factor < CENSUS_TOLERANCE) return 0; // a census at this stage: no sampling variance
  const m = end - start;
  if (m === 1) {
    const t = totals[start]!;
    switch (lonely) {
      case 'adjust': return factor * t * t; // centred at the grand mean, 0, not the stratum mean
      case 'average': return NaN;
      case 'fail': return NaN; // refused by buildDesign; never reached with a built design
      default: return 0; // remove, certainty
    }
  }
  let mean = 0;
  for (let i = start; i < end; i++) mean += totals[i]!;
  mean /= m;
  let ss = 0;
  for (let i = start; i < end; i++) ss += (totals[i]! - mean) ** 2;
  return (factor * m * ss) / (m - 1);
}

/** The within-PSU term of the two-stage formula, each PSU's term times its stratum's n/N. */
function secondStage(design: SurveyDesign, rows: ArrayLike<number>, z: ArrayLike<number>, ssuOf: Int32Array): number {
  const { strata, psus, psuOf } = design;
  const ssuTotal = new Float64Array(psus.length ? psus[psus.length - 1]!.ssuEnd : 0);
  const present = new Uint8Array(psus.length);
  for (let k = 0; k < rows.length; k++) {
    const r = rows[k]!;
    ssuTotal[ssuOf[r]!]! += z[k]!;
    present[psuOf[r]!] = 1;
  }
  let v = 0;
  for (let i = 0; i < psus.length; i++) {
    if (!present[i]) continue;
    const p = psus[i]!;
    const part = stageContribution(ssuTotal, p.ssuStart, p.ssuEnd, 1 - p.fraction, design.lonelyPsu);
    if (!Number.isNaN(part)) v += strata[p.stratum]!.fraction * part;
  }
  return v;
}
