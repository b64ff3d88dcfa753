import { quadratic } from './matrix.js';

/**
 * Each area's MSE of the Fay–Herriot EBLUP, second-order correct (Prasad & Rao 1990; Datta &
 * Lahiri 2000 for REML; Rao & Molina 2015, §6.2.1), with B_d = ψ_d ÷ (σ²_u + ψ_d) = 1 − γ_d:
 *   g1 = γ_d ψ_d                         (the EBLUP's error with σ²_u and β known)
 *   g2 = B_d² x_d'(X'V⁻¹X)⁻¹x_d           (from estimating β)
 *   g3 = B_d² V̄(σ̂²_u) ÷ (σ²_u + ψ_d),  V̄ = 2 ÷ Σ_d (σ²_u + ψ_d)⁻²   (from estimating σ²_u by REML)
 *   MSE = g1 + g2 + 2 g3
 * With σ²_u given rather than estimated, g3 is 0 and the MSE is g1 + g2.
 */
export function prasadRaoMse(
  rows: readonly (readonly number[])[],
  psi: readonly number[],
  sigma2u: number,
  betaCovariance: readonly (readonly number[])[],
  options: { estimated: boolean },
): { mse: number; g1: number; g2: number; g3: number }[] {
  const varSigma = 2 / psi.reduce((s, p) => s + 1 / (sigma2u + p) ** 2, 0);
  return rows.map((x, d) => {
    const total = sigma2u + psi[d]!;
    const b = psi[d]! / total;
    const g1 = (sigma2u * psi[d]!) / total;
    const g2 = b * b * quadratic(x, betaCovariance);
    const g3 = options.estimated ? (b * b * varSigma) / total : 0;
    return { mse: g1 + g2 + 2 * g3, g1, g2, g3 };
  });
}
