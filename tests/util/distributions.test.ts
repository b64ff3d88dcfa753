import { describe, expect, it } from 'vitest';
import { betaQuantile, incompleteBeta, normalCdf, normalQuantile, tCdf, tQuantile } from '../../src/util/distributions.js';

// Reference values printed by R 4.2.2 (Debian r-base-core): pnorm, qnorm, pt, qt, pbeta, qbeta with options(digits = 12).
describe('distributions', () => {
  it('matches R pnorm and qnorm', () => {
    expect(normalCdf(1.96)).toBeCloseTo(0.975002104852, 11);
    expect(normalCdf(-3.5)).toBeCloseTo(0.000232629079, 11);
    expect(normalCdf(0)).toBe(0.5);
    expect(normalQuantile(0.975)).toBeCloseTo(1.95996398454, 9);
    expect(normalQuantile(0.005)).toBeCloseTo(-2.57582930355, 9);
  });

  it('matches R pt and qt', () => {
    expect(tCdf(2, 5)).toBeCloseTo(0.949030260585, 10);
    expect(tQuantile(0.975, 1)).toBeCloseTo(12.7062047362, 8);
    expect(tQuantile(0.975, 3)).toBeCloseTo(3.18244630528, 9);
    expect(tQuantile(0.975, 30)).toBeCloseTo(2.04227245630, 9);
    expect(tQuantile(0.025, 10)).toBeCloseTo(-2.22813885196, 9);
  });

  it('matches R pbeta and qbeta', () => {
    expect(incompleteBeta(0.3, 2, 5)).toBeCloseTo(0.579825, 6);
    expect(incompleteBeta(0.1, 0.5, 0.5)).toBeCloseTo(0.204832764699, 10);
    expect(betaQuantile(0.025, 8, 93)).toBeCloseTo(0.035171562518163, 9);
    expect(betaQuantile(0.975, 9, 92)).toBeCloseTo(0.151557635864421, 9);
  });
});
