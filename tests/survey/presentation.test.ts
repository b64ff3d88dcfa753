import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyPresentation, PRESENTATION, provablyNarrow, standardInterval, standardWidthChecks, WIDE, WIDE_FOR_P, widthChecks } from '../../src/survey/presentation.js';
import { clopperPearson } from '../../src/survey/variance/confidence-interval.js';
import { readReference } from './r-reference.js';

// R's numbers (tests/fixtures/survey/presentation.R → presentation.out, R 4.2.2 qt/qbeta).
const R = readReference('presentation.out');
const ref = (label: string) => {
  const v = R.get(label)!;
  return { se: v.se![0]!, nEff: v.neff![0]!, ci: v.ci as [number, number] };
};

/** A proportion p from n respondents with design effect deff: its standard error √(p(1 − p)·deff/n). */
const seOf = (p: number, n: number, deff: number) => Math.sqrt((p * (1 - p) * deff) / n);

describe('standardInterval', () => {
  it.each([
    ['p20.n400.deff2.df30', 0.2, 400, 2, 30],
    ['p05.n200.deff2.df30', 0.05, 200, 2, 30],
    ['p95.n200.deff2.df30', 0.95, 200, 2, 30],
    ['p20.n400.deff2.df6', 0.2, 400, 2, 6],
    ['p30.n60.deff2.5.df20', 0.3, 60, 2.5, 20],
    ['p50.n100.deff3.df20', 0.5, 100, 3, 20],
    ['p12.n150.deff2.df20', 0.12, 150, 2, 20],
  ])('matches R for %s (n_eff = n/deff, df-adjusted Korn–Graubard)', (label, p, n, deff, df) => {
    const expected = ref(label);
    const se = seOf(p, n, deff);
    expect(se).toBeCloseTo(expected.se, 10);
    const { nEff, interval } = standardInterval(p, se, n, df);
    expect(nEff).toBeCloseTo(expected.nEff, 6);
    expect(interval[0]).toBeCloseTo(expected.ci[0], 6);
    expect(interval[1]).toBeCloseTo(expected.ci[1], 6);
  });

  it('leaves out the df adjustment and the cap without n and df (R: Clopper–Pearson on n_eff = 200)', () => {
    const expected = ref('p20.se.only');
    const { nEff, interval } = standardInterval(0.2, Math.sqrt(0.0008));
    expect(nEff).toBeCloseTo(200, 8);
    expect(interval[0]).toBeCloseTo(expected.ci[0], 6);
    expect(interval[1]).toBeCloseTo(expected.ci[1], 6);
  });

  it('gives 0 of 50 the exact upper limit 1 − 0.025^(1/50) = 0.071122 (by hand)', () => {
    const { nEff, interval } = standardInterval(0, 0, 50);
    expect(nEff).toBe(50);
    expect(interval[0]).toBe(0);
    expect(interval[1]).toBeCloseTo(1 - Math.exp(Math.log(0.025) / 50), 6);
    expect(interval[1]).toBeCloseTo(0.071122, 6);
  });

  it('caps the effective size at n when the design effect is below 1', () => {
    expect(standardInterval(0.2, seOf(0.2, 100, 0.5), 100, 40).nEff).toBe(100);
  });
});

describe('classifyPresentation (proportions, NCHS 2017)', () => {
  const proportion = (p: number, n: number, deff: number, df: number) => classifyPresentation({ kind: 'proportion', estimate: p, se: seOf(p, n, deff), n, df });

  it('shows 20% of 400 with deff 2 and df 30: width 0.120 is under 130% of p (60%)', () => {
    expect(proportion(0.2, 400, 2, 30)).toEqual({ level: 'ok', reasons: [], unchecked: [] });
  });

  it('suppresses 12% of 150 with deff 2 and df 20 (the docs example): width 0.169 is 141% of p', () => {
    expect(proportion(0.12, 150, 2, 20)).toEqual({ level: 'suppressed', reasons: ['ci_relative_width'], unchecked: [] });
  });

  it('suppresses 5% of 200 with deff 2: width 0.100 is 201% of p', () => {
    expect(proportion(0.05, 200, 2, 30).reasons).toEqual(['ci_relative_width']);
  });

  it('flags 95% of 200 with deff 2: width 0.100 is 201% of the complement 5%', () => {
    expect(proportion(0.95, 200, 2, 30)).toEqual({ level: 'flagged', reasons: ['complement_width'], unchecked: [] });
  });

  it('flags 20% of 400 with only 6 design degrees of freedom', () => {
    expect(proportion(0.2, 400, 2, 6)).toEqual({ level: 'flagged', reasons: ['df'], unchecked: [] });
  });

  it('suppresses 30% of 60 with deff 2.5: effective n 24, and the interval (0.404) is wider than 0.30', () => {
    expect(proportion(0.3, 60, 2.5, 20)).toEqual({ level: 'suppressed', reasons: ['n_eff', 'ci_width'], unchecked: [] });
  });

  it('suppresses 50% of 100 with deff 3 on its width alone: effective n 33.3, width 0.373', () => {
    expect(proportion(0.5, 100, 3, 20).reasons).toEqual(['ci_width']);
  });

  it('suppresses an estimate from 25 respondents for its n', () => {
    expect(proportion(0.5, 25, 1, 24).reasons[0]).toBe('n');
  });

  it('shows 0 of 50 flagged for review (NCHS: a 0% or 100% estimate)', () => {
    expect(classifyPresentation({ kind: 'proportion', estimate: 0, se: 0, n: 50, df: 20 })).toEqual({ level: 'flagged', reasons: ['extreme'], unchecked: [] });
  });

  it('says which rules it could not apply to a share known only by its standard error', () => {
    expect(classifyPresentation({ kind: 'proportion', estimate: 0.2, se: Math.sqrt(0.0008) })).toEqual({ level: 'ok', reasons: [], unchecked: ['n', 'df'] });
    // se 0.09 on 30%: n_eff = 0.21/0.0081 = 25.9 < 30, suppressed even without n.
    expect(classifyPresentation({ kind: 'proportion', estimate: 0.3, se: 0.09 }).reasons).toEqual(['n_eff', 'ci_width']);
  });
});

describe('classifyPresentation (other statistics)', () => {
  it('flags an RSE of exactly 30% and shows 29.9%', () => {
    expect(classifyPresentation({ kind: 'other', estimate: 10, se: 3, n: 200 })).toEqual({ level: 'flagged', reasons: ['rse'], unchecked: [] });
    expect(classifyPresentation({ kind: 'other', estimate: 10, se: 2.99, n: 200 }).level).toBe('ok');
  });

  it('suppresses a mean of 29 respondents and notes the missing n of a figure with an se only', () => {
    expect(classifyPresentation({ kind: 'other', estimate: 10, se: 1, n: 29 }).level).toBe('suppressed');
    expect(classifyPresentation({ kind: 'other', estimate: 10, se: 1 })).toEqual({ level: 'ok', reasons: [], unchecked: ['n'] });
  });

  it('flags a zero estimate with a standard error (RSE undefined)', () => {
    expect(classifyPresentation({ kind: 'other', estimate: 0, se: 1, n: 100 }).reasons).toEqual(['rse']);
  });
});

describe('standardWidthChecks: the width checks of the full Korn–Graubard interval', () => {
  /** The width of standardInterval's interval, worked out in full. */
  const width = (p: number, se: number, n?: number, df?: number) => {
    const [lo, hi] = standardInterval(p, se, n, df).interval;
    return hi - lo;
  };
  const same = (p: number, se: number, n?: number, df?: number) => expect(standardWidthChecks(p, se, n, df), `p ${p} se ${se} n ${n} df ${df}`).toBe(widthChecks(width(p, se, n, df), p));

  it('are what the standard says of the worked examples', () => {
    // 12% of 150, deff 2, df 20: width 0.169 is over 130% of p (0.156); 20% of 400: width 0.120.
    expect(standardWidthChecks(0.12, seOf(0.12, 150, 2), 150, 20)).toBe(WIDE_FOR_P);
    expect(standardWidthChecks(0.2, seOf(0.2, 400, 2), 400, 30)).toBe(0);
    expect(standardWidthChecks(0.5, seOf(0.5, 100, 3), 100, 20)).toBe(WIDE);
  });

  it('on shares of every size, sample and design', () => {
    const share = fc.oneof(fc.double({ min: 1e-4, max: 0.9999, noNaN: true }), fc.integer({ min: 1, max: 9999 }).map((k) => k / 10_000));
    fc.assert(
      fc.property(share, fc.double({ min: 1, max: 1e5, noNaN: true }), fc.option(fc.integer({ min: 2, max: 5000 })), fc.option(fc.integer({ min: 1, max: 200 })), (p, nEff, n, df) => {
        same(p, Math.sqrt((p * (1 - p)) / nEff), n ?? undefined, df ?? undefined);
      }),
      { numRuns: 3000 },
    );
  });

  it('right at each threshold, where the width must be worked out in full', () => {
    // For each share, the standard error whose width is 0.05, 0.30 and 1.3 p (found by bisection
    // on the full width), then standard errors a little either side of it.
    for (const p of [0.02, 0.1, 0.2, 0.5, 0.8, 0.97]) {
      for (const threshold of [PRESENTATION.narrowWidth, PRESENTATION.maxWidth, PRESENTATION.maxRelativeWidth * p, PRESENTATION.maxRelativeWidth * (1 - p)]) {
        let [lo, hi] = [1e-6, 0.5];
        for (let i = 0; i < 60; i++) {
          const mid = (lo + hi) / 2;
          if (width(p, mid) < threshold) lo = mid;
          else hi = mid;
        }
        for (let k = -20; k <= 20; k++) same(p, lo * (1 + k * 1e-3));
        same(p, lo);
        same(p, hi);
      }
    }
  });
});

describe('provablyNarrow: a Clopper–Pearson interval shown to be at most 0.05 wide from two evaluations', () => {
  /** The full interval's width on m trials. */
  const width = (p: number, m: number) => {
    const [lo, hi] = clopperPearson(p, m, 0.05);
    return hi - lo;
  };

  it('is shown for the literacy share of a county (15% of 1,500 effective respondents: width 0.036)', () => {
    expect(width(0.15, 1500)).toBeCloseTo(0.0365, 3);
    expect(provablyNarrow(0.15, 1500)).toBe(true);
    // 2% of 10,000 (width 0.0055) and 97% of 5,000.
    expect(provablyNarrow(0.02, 10_000)).toBe(true);
    expect(provablyNarrow(0.97, 5000)).toBe(true);
  });

  it('is never shown for an interval wider than 0.05, nor for one without trials or at 0 or 1', () => {
    // 15% of 500: width 0.063.
    expect(width(0.15, 500)).toBeGreaterThan(0.05);
    expect(provablyNarrow(0.15, 500)).toBe(false);
    expect(provablyNarrow(0, 1e6)).toBe(false);
    expect(provablyNarrow(1, 1e6)).toBe(false);
    expect(provablyNarrow(0.5, Infinity)).toBe(false);
    expect(provablyNarrow(0.5, NaN)).toBe(false);
  });

  it('holds on shares of every size and sample: when shown, the full width is at most 0.05', () => {
    const share = fc.oneof(fc.double({ min: 1e-5, max: 0.99999, noNaN: true }), fc.integer({ min: 1, max: 9999 }).map((k) => k / 10_000));
    let shown = 0;
    fc.assert(
      fc.property(share, fc.double({ min: 1, max: 1e6, noNaN: true }), (p, m) => {
        if (!provablyNarrow(p, m)) return;
        shown++;
        expect(width(p, m), `p ${p} m ${m}`).toBeLessThanOrEqual(PRESENTATION.narrowWidth);
      }),
      { numRuns: 3000 },
    );
    expect(shown).toBeGreaterThan(300);
  });

  it('right at the narrow width: shown only below it, and for most trials a little below', () => {
    for (const p of [0.01, 0.05, 0.15, 0.5, 0.9, 0.995]) {
      // The trials whose full width is 0.05 (bisection on m), then trials either side of them.
      let [lo, hi] = [1, 1e7];
      for (let i = 0; i < 80; i++) {
        const mid = Math.sqrt(lo * hi);
        if (width(p, mid) > PRESENTATION.narrowWidth) lo = mid;
        else hi = mid;
      }
      for (let k = -20; k <= 20; k++) {
        const m = hi * (1 + k * 1e-3);
        if (provablyNarrow(p, m)) expect(width(p, m), `p ${p} m ${m}`).toBeLessThanOrEqual(PRESENTATION.narrowWidth);
      }
      // 10% more trials than the threshold's: the width is some 5% under 0.05, and it is shown.
      expect(provablyNarrow(p, hi * 1.1), `p ${p}`).toBe(true);
    }
  });
});
