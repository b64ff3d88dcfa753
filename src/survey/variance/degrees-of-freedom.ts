import type { SurveyDesign } from '../types.js';

/**
 * Design degrees of freedom of a domain: PSUs with a respondent in it minus strata with one
 * (R's degf() on the subset design, which svyby and svyciprop use). A simple random sample has
 * n − 1; a stratified one n − H. With replicate weights, see replicateDegreesOfFreedom.
 * @example
 * const df = degreesOfFreedom(design, rows); // tQuantile(0.975, df)
 */
export function degreesOfFreedom(design: SurveyDesign, rows: ArrayLike<number>): number {
  const psus = new Uint8Array(design.psus.length);
  const strata = new Int32Array(design.strata.length);
  let p = 0;
  let h = 0;
  let previous = -1;
  for (let k = 0; k < rows.length; k++) {
    const r = rows[k]!;
    const i = design.psuOf[r]!;
    if (i === previous) continue; // a PSU's respondents usually come together
    previous = i;
    if (!psus[i]) {
      psus[i] = 1;
      p++;
      if (strata[design.stratumOf[r]!]!++ === 0) h++;
    }
  }
  return design.replicates ? replicateDegreesOfFreedom(design, p, strata) : p - h;
}

/**
 * The whole sample's degrees of freedom, degreesOfFreedom over every respondent, from the design's
 * unit counts: every PSU has a respondent and every stratum a PSU.
 */
export function designDegreesOfFreedom(design: SurveyDesign): number {
  if (!design.replicates) return design.psus.length - design.strata.length;
  const present = Int32Array.from(design.strata, (s) => s.psuEnd - s.psuStart);
  return replicateDegreesOfFreedom(design, design.psus.length, present);
}

/**
 * R's degf() for a replicate design: the rank of the replicate weights over the domain's respondents,
 * minus 1 (qr(weights(design, "analysis"))$rank − 1). Worked out rather than computed: over the p PSUs
 * the domain reaches, the PSUs of each stratum whose PSUs all carry it add up to a constant in every
 * replicate (n_h · 1), as does each PSU whose factor is always 1 (a single-PSU or census stratum), so
 * with c such strata and PSUs the rank is p − max(c − 1, 0), and never more than the replicates.
 * For the jackknife this is exact; for the bootstrap it holds unless the draws happen to repeat.
 * After calibration kepu keeps this value, where R recomputes the rank of the calibrated replicates
 * (usually replicates − 1).
 */
function replicateDegreesOfFreedom(design: SurveyDesign, p: number, present: Int32Array): number {
  const { stratumKind, count } = design.replicates!;
  let constant = 0;
  design.strata.forEach((s, h) => {
    if (stratumKind[h] === 1) constant += present[h]!;
    else if (stratumKind[h] === 0 && present[h] === s.psuEnd - s.psuStart) constant++;
  });
  return Math.min(count, p - Math.max(constant - 1, 0)) - 1;
}
