/**
 * The vocabulary of small-area estimation (小区域估计): the Fay–Herriot area-level model
 *   θ̂_d = x_d'β + u_d + e_d,  u_d ~ N(0, σ²_u),  e_d ~ N(0, ψ_d),  ψ_d = se_d² known
 * (Fay & Herriot 1979; Rao & Molina 2015, Small Area Estimation, 2nd ed., ch. 6).
 */

/** One area as the model reads it: its direct estimate θ̂_d, sampling variance ψ_d and auxiliaries x_d. */
export interface FhArea {
  code: string;
  direct: number;
  /** ψ_d: the direct estimate's sampling variance (its standard error squared), taken as known. */
  variance: number;
  /** x_d without the intercept (the model adds it). */
  x: readonly number[];
}

/** One area's Fay–Herriot estimate, with its shrinkage weight and the three parts of its MSE. */
export interface FhEstimate {
  code: string;
  direct: number;
  variance: number;
  /** γ_d = σ²_u ÷ (σ²_u + ψ_d): the weight of the direct estimate (1 − γ_d goes to the synthetic one). */
  gamma: number;
  /** x_d'β̂: the regression (synthetic) estimate. */
  synthetic: number;
  /** EBLUP θ̃_d = γ_d θ̂_d + (1 − γ_d) x_d'β̂. */
  eblup: number;
  /** Prasad–Rao / Datta–Lahiri MSE for REML: g1 + g2 + 2 g3. */
  mse: number;
  g1: number;
  g2: number;
  g3: number;
}

/** A fitted Fay–Herriot model. */
export interface FhFit {
  /** σ²_u by REML, truncated at 0. */
  sigma2u: number;
  /** β̂ (intercept first) by weighted least squares at σ²_u. */
  beta: number[];
  /** (X'V⁻¹X)⁻¹, the covariance of β̂. */
  betaCovariance: number[][];
  /** Fisher-scoring iterations used. */
  iterations: number;
  /** The design rows x_d with the intercept first, in the order of `estimates`. */
  rows: number[][];
  estimates: FhEstimate[];
}

/** An area's estimate after benchmarking, and its approximate MSE. */
export interface BenchmarkedEstimate {
  code: string;
  estimate: number;
  /** MSE of the EBLUP plus g4 (Steorts & Ghosh 2013): an approximation (docs/methods.md). */
  mse: number;
}

/** Difference benchmarking: every EBLUP moved by the same amount so that their weighted sum is the target. */
export interface Benchmark {
  /** The parent's own direct estimate the weighted sum is made to equal. */
  target: number;
  /** target − Σ w_d θ̃_d, added to every area (points for a share). */
  adjustment: number;
  /** The MSE the adjustment adds (Steorts & Ghosh 2013, Theorem 1). */
  g4: number;
  estimates: BenchmarkedEstimate[];
}

/** One sub-region's small-area estimate as the evaluation carries it, beside (never instead of) its direct estimate. */
export interface SmallAreaEstimate {
  region: string;
  /** The direct (survey) estimate and its standard error. */
  direct: number;
  direct_se: number;
  /** γ_d, the weight of the direct estimate. */
  gamma: number;
  /** The EBLUP before benchmarking and its MSE. */
  eblup: number;
  eblup_mse: number;
  /** The estimate reported: the benchmarked EBLUP when benchmarked, else the EBLUP. */
  estimate: number;
  /** √MSE of `estimate` (approximate when benchmarked). */
  rmse: number;
}

/**
 * The small-area model of one share indicator over a region's sub-regions in one survey year:
 * what src/app fits from the workspace and the evaluation and report carry as data.
 */
export interface SmallAreaModel {
  method: 'fay_herriot';
  indicator: string;
  /** The region whose sub-regions are modelled (the plan's jurisdiction). */
  parent: string;
  /** The survey year modelled: the latest with sub-region estimates up to the evaluation year. */
  year: number;
  /** Auxiliary indicator ids, in the order of β after the intercept. */
  auxiliaries: string[];
  sigma2u: number;
  beta: number[];
  iterations: number;
  /** The difference benchmark to the parent's direct estimate; null when it could not be made (say why in `unbenchmarked`). */
  benchmark: { target: number; adjustment: number; weight: string } | null;
  /** Why there is no benchmark: a sub-region without an estimate or weight, or a parent without a direct estimate. */
  unbenchmarked: 'missing_subregion' | 'missing_weight' | 'missing_parent' | null;
  estimates: SmallAreaEstimate[];
}
