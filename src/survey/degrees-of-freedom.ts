import type { SurveyDesign } from './types.js';

/**
 * Design degrees of freedom of a domain: PSUs with a respondent in it minus strata with one
 * (R's degf() on the subset design, which svyby and svyciprop use). A simple random sample has
 * n − 1; a stratified one n − H.
 * @example
 * const df = degreesOfFreedom(design, rows); // tQuantile(0.975, df)
 */
export function degreesOfFreedom(design: SurveyDesign, rows: ArrayLike<number>): number {
  const psus = new Uint8Array(design.psus.length);
  const strata = new Uint8Array(design.strata.length);
  let p = 0;
  let h = 0;
  for (let k = 0; k < rows.length; k++) {
    const r = rows[k]!;
    const i = design.psuOf[r]!;
    const s = design.stratumOf[r]!;
    if (!psus[i]) {
      psus[i] = 1;
      p++;
    }
    if (!strata[s]) {
      strata[s] = 1;
      h++;
    }
  }
  return p - h;
}
