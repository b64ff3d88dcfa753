import { describe, expect, it } from 'vitest';
import { KepuError } from '../../../src/errors/index.js';
import type { FhArea } from '../../../src/survey/sae/index.js';
import { differenceBenchmark, fayHerriot, remlVariance } from '../../../src/survey/sae/index.js';
import { fixtureRows, fromR } from './r-reference.js';

// The milk data of R's sae (Arora & Lahiri 1997): 43 areas, four major areas as dummies.
const milk: FhArea[] = fixtureRows('milk.csv').map((r) => ({
  code: r.SmallArea!, direct: Number(r.yi), variance: Number(r.SD) ** 2, x: [2, 3, 4].map((m) => (Number(r.MajorArea) === m ? 1 : 0)),
}));
// tests/fixtures/sae/districts.csv: eight synthetic districts, urbanisation and college share as auxiliaries.
const rows = fixtureRows('districts.csv');
const districts = (direct: (r: Record<string, string>) => number = (r) => Number(r.direct), aux = ['urbanisation', 'college']): FhArea[] =>
  rows.map((r) => ({ code: r.code!, direct: direct(r), variance: Number(r.se) ** 2, x: aux.map((a) => Number(r[a])) }));

const each = (xs: readonly number[], expected: readonly number[], digits: number) => {
  expect(xs.length).toBe(expected.length);
  xs.forEach((x, i) => expect(x, `[${i}]`).toBeCloseTo(expected[i]!, digits));
};

describe('fayHerriot against R sae::eblupFH / mseFH (REML)', () => {
  it('fits the milk data as sae does: σ²_u = 0.01855, β, EBLUP and MSE of all 43 areas to 1e-6', () => {
    const fit = fayHerriot(milk);
    expect(fit.sigma2u).toBeCloseTo(fromR('milk.reml', 'sigma2u')[0]!, 8);
    // The restricted likelihood maximised directly (R optimize) peaks at the same σ²_u.
    expect(fit.sigma2u).toBeCloseTo(fromR('milk.reml.optimize', 'sigma2u')[0]!, 8);
    each(fit.beta, fromR('milk.beta', 'value'), 6);
    each(fit.beta.map((_, j) => Math.sqrt(fit.betaCovariance[j]![j]!)), fromR('milk.beta', 'se'), 6);
    each(fit.estimates.map((e) => e.eblup), fromR('milk.eblup', 'value'), 6);
    each(fit.estimates.map((e) => e.mse), fromR('milk.mse', 'value'), 6);
  });

  it('fits the eight districts with two auxiliaries: σ²_u = 4.2008, γ from 0.19 (se 4.3) to 0.73 (se 1.25)', () => {
    const fit = fayHerriot(districts());
    expect(fit.sigma2u).toBeCloseTo(fromR('districts.reml', 'sigma2u')[0]!, 6);
    each(fit.beta, fromR('districts.beta', 'value'), 6);
    each(fit.estimates.map((e) => e.gamma), fromR('districts.gamma', 'value'), 6);
    each(fit.estimates.map((e) => e.eblup), fromR('districts.eblup', 'value'), 6);
    each(fit.estimates.map((e) => e.mse), fromR('districts.mse', 'value'), 6);
  });

  it('fits one auxiliary (urbanisation) as sae does', () => {
    const fit = fayHerriot(districts(undefined, ['urbanisation']));
    expect(fit.sigma2u).toBeCloseTo(fromR('districts1.reml', 'sigma2u')[0]!, 6);
    each(fit.estimates.map((e) => e.eblup), fromR('districts1.eblup', 'value'), 6);
    each(fit.estimates.map((e) => e.mse), fromR('districts1.mse', 'value'), 6);
  });

  it('truncates σ²_u at 0 when the restricted likelihood peaks below it: every EBLUP is then the regression estimate', () => {
    const noise = [0.3, -0.2, 0.1, -0.3, 0.2, 0.1, -0.1, 0];
    const fit = fayHerriot(districts((r) => Math.round((-6.3 + 0.64 * Number(r.urbanisation) - 1.2 * Number(r.college) + noise[rows.indexOf(r)]!) * 100) / 100));
    expect(fit.sigma2u).toBe(0);
    expect(fromR('flat.reml', 'sigma2u')[0]).toBe(0);
    each(fit.estimates.map((e) => e.eblup), fromR('flat.eblup', 'value'), 6);
    each(fit.estimates.map((e) => e.mse), fromR('flat.mse', 'value'), 6);
    for (const e of fit.estimates) expect(e.eblup).toBeCloseTo(e.synthetic, 12);
  });
});

describe('fayHerriot with σ²_u known (worked by hand)', () => {
  // Four areas, intercept only, σ²_u = 1, ψ = 1, 1, 4, 4, y = 10, 12, 8, 14:
  // V⁻¹ = ½, ½, ⅕, ⅕ (Σ = 1.4); β̂ = (5 + 6 + 1.6 + 2.8) ÷ 1.4 = 11; γ = ½, ½, ⅕, ⅕.
  // EBLUP = ½·10 + ½·11 = 10.5; 11.5; ⅕·8 + ⅘·11 = 10.4; 11.6.
  // g1 = γψ = 0.5, 0.5, 0.8, 0.8; g2 = (1 − γ)² ÷ 1.4 = 0.178571…, 0.457142…; no g3 (σ²_u not estimated).
  const areas: FhArea[] = [10, 12, 8, 14].map((y, d) => ({ code: `a${d}`, direct: y, variance: d < 2 ? 1 : 4, x: [] }));
  const fit = fayHerriot(areas, { sigma2u: 1 });

  it('gives β̂ = 11, γ = ½ and ⅕, and the EBLUPs 10.5, 11.5, 10.4, 11.6', () => {
    expect(fit.beta[0]).toBeCloseTo(11, 12);
    each(fit.estimates.map((e) => e.gamma), [0.5, 0.5, 0.2, 0.2], 12);
    each(fit.estimates.map((e) => e.eblup), [10.5, 11.5, 10.4, 11.6], 12);
  });

  it('gives MSE = g1 + g2 = 0.5 + 0.25/1.4 and 0.8 + 0.64/1.4', () => {
    each(fit.estimates.map((e) => e.mse), [0.5 + 0.25 / 1.4, 0.5 + 0.25 / 1.4, 0.8 + 0.64 / 1.4, 0.8 + 0.64 / 1.4], 12);
    expect(fit.estimates.every((e) => e.g3 === 0)).toBe(true);
  });

  it('benchmarks to 11.5 with equal weights: every estimate + 0.5, MSE + g4 = 7.4/16 − 0.65²/1.4', () => {
    const b = differenceBenchmark(fit, [1, 1, 1, 1], 11.5);
    expect(b.adjustment).toBeCloseTo(0.5, 12);
    each(b.estimates.map((e) => e.estimate), [11, 12, 10.9, 12.1], 12);
    expect(b.g4).toBeCloseTo(7.4 / 16 - 0.65 ** 2 / 1.4, 12);
  });
});

describe('differenceBenchmark', () => {
  const fit = fayHerriot(districts());
  const pop = rows.map((r) => Number(r.population_18_69));
  const b = differenceBenchmark(fit, pop, 12.9);

  it('makes the districts add up exactly to the city: Σ w_d θ̃ᴮ_d = 12.9 with w the 18–69 population shares', () => {
    const total = pop.reduce((s, x) => s + x, 0);
    expect(b.estimates.reduce((s, e, d) => s + (pop[d]! / total) * e.estimate, 0)).toBeCloseTo(12.9, 12);
  });

  it('moves every district by the same 0.0882 points and adds g4 = 0.0909 to each MSE, as computed in R', () => {
    expect(b.adjustment).toBeCloseTo(fromR('districts.benchmark', 'adjustment')[0]!, 6);
    expect(b.g4).toBeCloseTo(fromR('districts.benchmark', 'g4')[0]!, 6);
    each(b.estimates.map((e) => e.estimate), fromR('districts.benchmarked', 'value'), 6);
    each(b.estimates.map((e) => e.mse), fromR('districts.benchmarked', 'mse'), 6);
  });
});

describe('fayHerriot refusals', () => {
  const thrown = (f: () => unknown): unknown => {
    try {
      f();
    } catch (e) {
      return e;
    }
    return undefined;
  };
  const code = (f: () => unknown) => (thrown(f) as KepuError | undefined)?.code ?? 'none';

  it('refuses four areas for two auxiliaries (m = 4 ≤ p + 1 = 4): SURVEY_SAE_TOO_FEW_AREAS', () => {
    const error = thrown(() => fayHerriot(districts().slice(0, 4), { indicator: 'literacy_share', year: 2024, where: { file: 'kepu.config.yaml', path: ['small_area'] } }));
    expect(error).toBeInstanceOf(KepuError);
    expect(error).toMatchObject({ code: 'SURVEY_SAE_TOO_FEW_AREAS', args: { areas: 4, parameters: 3 }, where: { path: ['small_area'] } });
    // Five areas leave one degree of freedom for σ²_u: fitted.
    expect(code(() => fayHerriot(districts().slice(0, 5)))).toBe('none');
  });

  it('refuses an auxiliary that is another one rescaled, or constant: SURVEY_SAE_SINGULAR_DESIGN', () => {
    const twice = districts().map((a) => ({ ...a, x: [a.x[0]!, a.x[0]! * 2] }));
    expect(code(() => fayHerriot(twice, { auxiliaries: ['urbanisation', 'urbanisation_again'] }))).toBe('SURVEY_SAE_SINGULAR_DESIGN');
    const constant = districts().map((a) => ({ ...a, x: [a.x[0]!, 5] }));
    expect(code(() => fayHerriot(constant))).toBe('SURVEY_SAE_SINGULAR_DESIGN');
  });

  it('says when Fisher scoring has not settled: SURVEY_SAE_NOT_CONVERGED', () => {
    const a = districts();
    expect(code(() => remlVariance(a.map((x) => x.direct), a.map((x) => [1, ...x.x]), a.map((x) => x.variance), { maxIterations: 2 }))).toBe('SURVEY_SAE_NOT_CONVERGED');
  });
});
