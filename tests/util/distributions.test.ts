import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { betaQuantile, betaQuantileBracket, betaTailBound, incompleteBeta, logBeta, normalCdf, normalQuantile, tCdf, tQuantile } from '../../src/util/distributions.js';

// Reference values printed by R 4.2.2 (Debian r-base-core): pnorm, qnorm, pt, qt, pbeta, qbeta with options(digits = 12).
describe('distributions', () => {
  it('matches R pnorm and qnorm', () => {
    expect(normalCdf(1.96)).toBeCloseTo(0.975002104852, 11);
    expect(normalCdf(-3.5)).toBeCloseTo(0.000232629079, 11);
    expect(normalCdf(0)).toBe(0.5);
    expect(normalQuantile(0.975)).toBeCloseTo(1.95996398454, 9);
    expect(normalQuantile(0.005)).toBeCloseTo(-2.57582930355, 9);
  });

  it('matches R pnorm to about 1e-15 relative in either tail, also where the old series lost nine digits (z near -4.2)', () => {
    // sprintf('%.17g', pnorm(z)) in R 4.2.2.
    const reference: [number, number][] = [
      [-8.5, 9.4795348222033192e-18], [-6, 9.8658764503769809e-10], [-5, 2.8665157187919391e-7], [-4.25, 1.0688525774934417e-5],
      [-4.2, 1.3345749015906329e-5], [-3.5, 0.00023262907903552494], [-2.2, 0.013903447513498606], [-1, 0.15865525393145705],
      [-0.5, 0.30853753872598694], [-0.3, 0.38208857781104733], [0.3, 0.61791142218895267], [0.66, 0.74537308532866375],
      [1.96, 0.97500210485177963], [3, 0.9986501019683699], [5.5, 0.99999998101043752], [8, 0.99999999999999933],
    ];
    for (const [z, p] of reference) expect(Math.abs(normalCdf(z) - p) / p, `z = ${z}`).toBeLessThan(5e-15);
    // Far out, the rounding of z/√2 alone is worth about 1e-13 of the value.
    expect(Math.abs(normalCdf(-20) - 2.7536241186062337e-89) / 2.7536241186062337e-89).toBeLessThan(2e-13);
    expect(Math.abs(normalCdf(-30) - 4.9067139271481872e-198) / 4.9067139271481872e-198).toBeLessThan(5e-13);
    expect(normalCdf(-40)).toBe(0);
    expect(normalCdf(40)).toBe(1);
    expect(normalCdf(-Infinity)).toBe(0);
    expect(normalCdf(Infinity)).toBe(1);
    expect(normalCdf(NaN)).toBeNaN();
  });

  it('matches R pt and qt', () => {
    expect(tCdf(2, 5)).toBeCloseTo(0.949030260585, 10);
    expect(tQuantile(0.975, 1)).toBeCloseTo(12.7062047362, 8);
    expect(tQuantile(0.975, 3)).toBeCloseTo(3.18244630528, 9);
    expect(tQuantile(0.975, 30)).toBeCloseTo(2.04227245630, 9);
    expect(tQuantile(0.025, 10)).toBeCloseTo(-2.22813885196, 9);
  });

  it('gives the same t quantile when asked again, also after more distinct df than it remembers', () => {
    const first = tQuantile(0.975, 3);
    expect(tQuantile(0.975, 3)).toBe(first);
    // Five thousand other df (beyond the memo's 4,096) on the way: R's qt(0.975, 3) and qt(0.975, 30) still.
    for (let df = 31; df < 5031; df++) tQuantile(0.975, df + 0.5);
    expect(tQuantile(0.975, 3)).toBeCloseTo(3.18244630528, 9);
    expect(tQuantile(0.975, 30)).toBeCloseTo(2.04227245630, 9);
    expect(tQuantile(0.975, 3)).toBe(first);
  });

  it('matches R pbeta and qbeta', () => {
    expect(incompleteBeta(0.3, 2, 5)).toBeCloseTo(0.579825, 6);
    expect(incompleteBeta(0.1, 0.5, 0.5)).toBeCloseTo(0.204832764699, 10);
    expect(betaQuantile(0.025, 8, 93)).toBeCloseTo(0.035171562518163, 9);
    expect(betaQuantile(0.975, 9, 92)).toBeCloseTo(0.151557635864421, 9);
  });

  // Where the beta distribution has a closed-form quantile: I_x(a, 1) = x^a, so x = p^(1/a); and
  // I_x(1, b) = 1 − (1 − x)^b, so x = 1 − (1 − p)^(1/b). The Newton iteration must land there
  // for shapes from 1e-3 (mass piled at one end) to 1e5. A relative error ε in p is one of ε/a in
  // x = p^(1/a), so the tolerance grows as 1/a for shapes under 1; and I_x itself is good to about
  // 1e-11 at shapes near 1e5 (its front factor is a difference of lnΓ values of a million).
  it('finds the closed-form quantiles of Beta(a, 1) and Beta(1, b)', () => {
    const shape = fc.double({ min: 1e-3, max: 1e5, noNaN: true });
    const prob = fc.double({ min: 1e-6, max: 1 - 1e-6, noNaN: true });
    fc.assert(fc.property(prob, shape, (p, a) => {
      const exact = p ** (1 / a);
      expect(Math.abs(betaQuantile(p, a, 1) - exact)).toBeLessThanOrEqual(1e-10 * Math.max(1, 1 / a) * exact + 1e-300);
    }));
    fc.assert(fc.property(prob, shape, (p, b) => {
      const exact = -Math.expm1(Math.log1p(-p) / b);
      // Near 1 a double resolves 1 − x only to 1.1e-16.
      expect(Math.abs(betaQuantile(p, 1, b) - exact)).toBeLessThanOrEqual(1e-10 * Math.max(1, 1 / b) * exact + 2.3e-16);
    }));
  });

  it('gives 1 (or 0) where the quantile lies closer to it than a double can show', () => {
    // Beta(1.36, 0.0017): 1 − x ≈ 0.025^(1/0.0017) ≈ e^(−2170), far below the smallest double.
    expect(betaQuantile(0.975, 1.36, 0.0017)).toBe(1);
    // Beta(0.0017, 1.36) mirrored: x ≈ 0.025^(1/0.0017), which underflows to 0 or the smallest doubles.
    expect(betaQuantile(0.025, 0.0017, 1.36)).toBeLessThan(1e-300);
  });
});

describe('betaQuantileBracket', () => {
  it('brackets the beta quantile to the width asked, or says it cannot', () => {
    // R: qbeta(0.025, 8, 93) = 0.035171562518163, inside [x(1 − 2%), x(1 + 2%)] around A&S's start.
    const [lo, hi] = betaQuantileBracket(0.025, 8, 93, 0.02)!;
    expect(lo).toBeLessThan(0.035171562518163);
    expect(hi).toBeGreaterThan(0.035171562518163);
    expect(hi - lo).toBeLessThan(0.04 * hi);
    // A start too far off for a bracket this narrow is not passed off as one.
    expect(betaQuantileBracket(0.025, 8, 93, 1e-9)).toBeUndefined();
    expect(betaQuantileBracket(0, 8, 93, 0.02)).toBeUndefined();
  });

  it('always holds betaQuantile when it gives a bracket', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-3, max: 0.999, noNaN: true }), fc.double({ min: 0.5, max: 5000, noNaN: true }), fc.double({ min: 0.5, max: 5000, noNaN: true }), (p, a, b) => {
        const bracket = betaQuantileBracket(p, a, b, 0.02);
        if (!bracket) return;
        const q = betaQuantile(p, a, b);
        expect(q).toBeGreaterThan(bracket[0]);
        expect(q).toBeLessThan(bracket[1]);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('betaTailBound: a beta tail bounded by the density (log-concave for shapes of 1 and more)', () => {
  // R 4.2.2: pbeta for the tails, dbeta(x, a, b) / |(a − 1)/x − (b − 1)/(1 − x)| for the bounds.
  it('matches the bound worked out in R, and lies over the tail R gives', () => {
    const upper = betaTailBound(0.25, 3, 30, logBeta(3, 30), 'upper');
    expect(upper).toBeCloseTo(0.00722092799383102, 12);
    expect(upper).toBeGreaterThan(0.00670798976201119);
    const lower = betaTailBound(0.02, 3, 30, logBeta(3, 30), 'lower');
    expect(lower).toBeCloseTo(0.0470539517241198, 12);
    expect(lower).toBeGreaterThan(0.0257650055829673);
    // A county's literacy share (15% of 1,500 effective respondents, the lower Clopper–Pearson
    // limit's shapes): far out in the tail the bound is within 9% of it.
    const county = betaTailBound(0.12, 225, 1276, logBeta(225, 1276), 'lower');
    expect(county).toBeCloseTo(0.000326210324179262, 15);
    expect(county / 0.0003000845942491).toBeLessThan(1.09);
  });

  it('is Infinity where it does not hold: shapes under 1, x on the far side of the mode, x outside (0, 1)', () => {
    // Beta(3, 30) has its mode at 2/31 ≈ 0.065.
    expect(betaTailBound(0.1, 3, 30, logBeta(3, 30), 'lower')).toBe(Infinity);
    expect(betaTailBound(0.05, 3, 30, logBeta(3, 30), 'upper')).toBe(Infinity);
    expect(betaTailBound(0.01, 0.5, 30, logBeta(0.5, 30), 'lower')).toBe(Infinity);
    expect(betaTailBound(0.9, 3, 0.9, logBeta(3, 0.9), 'upper')).toBe(Infinity);
    expect(betaTailBound(0, 3, 30, logBeta(3, 30), 'lower')).toBe(Infinity);
    expect(betaTailBound(1, 3, 30, logBeta(3, 30), 'upper')).toBe(Infinity);
  });

  it('is never under the tail I_x gives, for shapes from 1 to a million trials', () => {
    const shape = fc.oneof(fc.double({ min: 1, max: 50, noNaN: true }), fc.double({ min: 50, max: 1e6, noNaN: true }));
    let finite = 0;
    fc.assert(
      fc.property(shape, shape, fc.double({ min: 1e-6, max: 1 - 1e-6, noNaN: true }), (a, b, u) => {
        // x spread over the distribution and its tails: the mean plus four standard deviations times u's normal quantile, kept inside (0, 1).
        const mean = a / (a + b);
        const sd = Math.sqrt((a * b) / ((a + b) ** 2 * (a + b + 1)));
        const x = Math.min(1 - 1e-12, Math.max(1e-12, mean + 4 * sd * normalQuantile(u)));
        const lnB = logBeta(a, b);
        for (const tail of ['lower', 'upper'] as const) {
          const bound = betaTailBound(x, a, b, lnB, tail);
          if (bound === Infinity) continue;
          finite++;
          const exact = tail === 'lower' ? incompleteBeta(x, a, b) : 1 - incompleteBeta(x, a, b);
          // Both are computed in doubles: the bound may fall under the tail by rounding only.
          expect(bound, `a ${a} b ${b} x ${x} ${tail}`).toBeGreaterThanOrEqual(exact * (1 - 1e-9) - 1e-15);
        }
      }),
      { numRuns: 2000 },
    );
    expect(finite).toBeGreaterThan(1500);
  });
});
