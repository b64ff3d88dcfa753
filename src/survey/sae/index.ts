/**
 * Small-area estimation: the Fay–Herriot area-level model of the sub-regions' direct survey
 * estimates, reported beside them, never instead of them (docs/methods.md#small-area-estimates).
 *
 *   fit (reml.ts: σ²_u by REML Fisher scoring) → EBLUP and shrinkage (fay-herriot.ts) → MSE
 *   (mse.ts: Prasad–Rao / Datta–Lahiri) → benchmark to the parent's direct estimate (benchmark.ts)
 */
export type { Benchmark, BenchmarkedEstimate, FhArea, FhEstimate, FhFit, SmallAreaEstimate, SmallAreaModel } from './types.js';
export type { FayHerriotOptions } from './fay-herriot.js';
export { fayHerriot } from './fay-herriot.js';
export type { RemlOptions } from './reml.js';
export { remlVariance } from './reml.js';
export { prasadRaoMse } from './mse.js';
export { differenceBenchmark } from './benchmark.js';
