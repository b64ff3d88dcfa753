import { describe, expect, it } from 'vitest';
import { proportionInterval, waldInterval } from '../../../src/survey/variance/confidence-interval.js';
import { estimate } from '../../../src/survey/estimate.js';
import type { CiMethod, DesignSpec } from '../../../src/survey/types.js';
import { expectSig, rowOf, surveyFixture } from '../../helpers/survey.js';

// Reference: tests/fixtures/survey/reference.R (R 4.2.2, survey 4.1.1), svyciprop(~literate, design,
// method = "mean" | "logit" | "beta") and svyby(…, svyciprop, vartype = "ci"); R has no Wilson
// method, so reference.R computes it by hand from R's p and SE: n* = p(1 − p)/SE², t = qt(0.975,
// degf(design)), centre (p + t²/2n*)/(1 + t²/n*) ± t/(1 + t²/n*) · √(p(1 − p)/n* + t²/4n*²).
const table = surveyFixture('respondents.csv');
const SIG = 12; // significant digits of agreement (they agree to 13)
const SRS: DesignSpec = { weights: 'weight' };
const SC: DesignSpec = { weights: 'weight', strata: 'stratum', clusters: ['psu'] };

const interval = (design: DesignSpec, ci: CiMethod, by: string[] = []) =>
  estimate(table, { variable: 'literate', stat: 'proportion', design, ci, by }).rows;

describe('proportion intervals against svyciprop', () => {
  const cases: [string, DesignSpec, CiMethod, number, number][] = [
    // label, design, method, R's ci (as a share)
    ['srs wald (svyciprop "mean")', SRS, 'wald', 0.045158900653156, 0.11269694479132],
    ['srs logit', SRS, 'logit', 0.0511003214121537, 0.1199932420495418],
    ['srs beta (Korn–Graubard)', SRS, 'beta', 0.048516956306155, 0.119914324001677],
    ['srs wilson (by hand)', SRS, 'wilson', 0.0512984160948873, 0.1195633063732436],
    ['sc wald', SC, 'wald', 0.0427858961288574, 0.1150699493156185],
    ['sc logit', SC, 'logit', 0.049540543718815, 0.123483027713701],
    ['sc beta', SC, 'beta', 0.0466470010264141, 0.1233693627193883],
    ['sc wilson (by hand)', SC, 'wilson', 0.0497756770190134, 0.1229447609250692],
    ['f1 beta', { ...SC, fpc: ['fpc1'] }, 'beta', 0.0480087797108642, 0.1208387699486868],
    ['two-stage beta', { ...SC, clusters: ['psu', 'ssu'], fpc: ['fpc1', 'fpc2'] }, 'beta', 0.046899375526672, 0.122894396881982],
  ];
  it.each(cases)('matches %s', (_, design, method, low, high) => {
    const row = rowOf(interval(design, method));
    expect(row.ci_method).toBe(method);
    expectSig(row.ci_low, low * 100, SIG, 'ci_low');
    expectSig(row.ci_high, high * 100, SIG, 'ci_high');
  });

  it('uses each domain’s own df and n: svyby(~literate, ~district, sc, svyciprop, vartype = "ci")', () => {
    const expected: Record<CiMethod, [string, number, number][]> = {
      beta: [['东昌府区', 0.0212458743026092, 0.152215149439999], ['临清市', 0.0467318702541368, 0.254950914868608], ['阳谷县', 0.0156233727997776, 0.0999659044684855]],
      logit: [['东昌府区', 0.0271779556002648, 0.155454294138761], ['临清市', 0.056258692103456, 0.256194862684535], ['阳谷县', 0.019426137970191, 0.10213191694276]],
      wald: [['东昌府区', 0.00805635748451488, 0.125767661599573], ['临清市', 0.0291895170666331, 0.221477119716757], ['阳谷县', 0.00751051639808147, 0.0831285815767328]],
      wilson: [['东昌府区', 0.0280319196478513, 0.1513228816265695], ['临清市', 0.0576509185017956, 0.2512864988203604], ['阳谷县', 0.0199209652846389, 0.0998029554944151]],
    };
    for (const [method, domains] of Object.entries(expected) as [CiMethod, [string, number, number][]][]) {
      const rows = interval(SC, method, ['district']);
      for (const [district, low, high] of domains) {
        // R fits the logit interval with svyglm, whose estimate stops at glm's convergence tolerance
        // (阳谷县: p = 0.0453195493 against the exact 0.0453195490): 8 digits there.
        const digits = method === 'logit' ? 8 : SIG;
        expectSig(rowOf(rows, { district }).ci_low, low * 100, digits, `${method} ${district} low`);
        expectSig(rowOf(rows, { district }).ci_high, high * 100, digits, `${method} ${district} high`);
      }
    }
  });

  it('matches the two-stage domains: svyby(~literate, ~district, two, svyciprop, method = "beta")', () => {
    const rows = interval({ ...SC, clusters: ['psu', 'ssu'], fpc: ['fpc1', 'fpc2'] }, 'beta', ['district']);
    expectSig(rowOf(rows, { district: '东昌府区' }).ci_low, 2.1484445417544, SIG);
    expectSig(rowOf(rows, { district: '临清市' }).ci_high, 25.3910899663159, SIG);
    expectSig(rowOf(rows, { district: '阳谷县' }).ci_low, 1.59410467612377, SIG);
  });
});

describe('proportionInterval', () => {
  it('keeps every method inside [0, 1] and around p', () => {
    for (const method of ['wald', 'logit', 'wilson', 'beta'] as const) {
      const [low, high] = proportionInterval(method, { estimate: 0.14, variance: 0.015 ** 2, n: 600, df: 38, level: 0.95 });
      expect(low, method).toBeLessThan(0.14);
      expect(high, method).toBeGreaterThan(0.14);
    }
  });

  it('gives a one-sided interval at p = 0 instead of R’s NaN, from n when the variance is 0', () => {
    // Clopper–Pearson upper limit for 0 of 50 at n* = n = 50 (t ratio 1 as df = n − 1): R: qbeta(0.975, 1, 50) = 0.0711217364641976
    const [low, high] = proportionInterval('beta', { estimate: 0, variance: 0, n: 50, df: 49, level: 0.95 });
    expect(low).toBe(0);
    expectSig(high, 0.0711217364641976, SIG, 'qbeta(0.975, 1, 50)');
    expect(proportionInterval('logit', { estimate: 0, variance: 0, n: 50, df: 49, level: 0.95 })).toEqual([low, high]);
  });

  it('has no interval without degrees of freedom', () => {
    expect(waldInterval({ estimate: 5, variance: 1, n: 2, df: 0, level: 0.95 })).toEqual([NaN, NaN]);
  });
});
