import { describe, expect, it } from 'vitest';
import { defaultThresholds } from '../../src/evaluate/thresholds.js';
import { eurostat } from '../../src/evaluate/methods/eurostat.js';
import type { MethodName } from '../../src/evaluate/methods/index.js';
import { methodNames, methods } from '../../src/evaluate/methods/index.js';
import type { EvaluationContext } from '../../src/evaluate/context.js';
import { levelVerdict } from '../../src/evaluate/targets/level-verdict.js';
import type { Target } from '../../src/plan/types.js';
import type { Status } from '../../src/evaluate/types.js';
import { decide, verdictProbabilities } from '../../src/evaluate/verdict-probability.js';
import { gaussHermite } from '../../src/util/gauss-hermite.js';
import { SeededRandom } from '../../src/util/seeded-random.js';

const metAt = (target: number) => (x: number): Status => (x >= target ? 'achieved' : 'behind');

describe('gaussHermite', () => {
  it('integrates the normal moments exactly', () => {
    const { nodes, weights } = gaussHermite(32);
    const moment = (k: number) => nodes.reduce((s, z, i) => s + weights[i]! * z ** k, 0);
    expect(moment(0)).toBeCloseTo(1, 12);
    expect(moment(1)).toBeCloseTo(0, 12);
    expect(moment(2)).toBeCloseTo(1, 12);
    // E[Z⁴] = 3, E[Z⁶] = 15, E[Z⁸] = 105.
    expect(moment(4)).toBeCloseTo(3, 10);
    expect(moment(6)).toBeCloseTo(15, 9);
    expect(moment(8)).toBeCloseTo(105, 8);
  });

  it('has the tabulated nodes: He₅ vanishes at 0, ±1.355626, ±2.856970', () => {
    expect(gaussHermite(5).nodes.map((z) => Number(z.toFixed(6)))).toEqual([-2.85697, -1.355626, 0, 1.355626, 2.85697]);
    // Weights of the probabilists' 5-point rule: 0.011257, 0.222076, 0.533333.
    expect(gaussHermite(5).weights[0]).toBeCloseTo(0.0112574113, 9);
    expect(gaussHermite(5).weights[2]).toBeCloseTo(8 / 15, 12);
  });
});

describe('verdictProbabilities', () => {
  it('is null without a standard error', () => {
    expect(verdictProbabilities(metAt(15), { value: 17, se: null }, { value: 12, se: 0 })).toBeNull();
  });

  it('cuts the normal at the target: 17.1 ± 1.6 against 15 is met with probability Φ(1.3125) = 0.905324', () => {
    const p = verdictProbabilities(metAt(15), { value: 17.1, se: 1.6 }, { value: 12, se: null })!;
    expect(p.achieved).toBeCloseTo(0.9053243, 7);
    expect(p.behind).toBeCloseTo(1 - 0.9053243, 7);
  });

  it('is as exact in the tails, where changes are located more loosely: P(met) = Φ(k) to 1e-11', () => {
    // pnorm(k) in R for k = −5, −4, −3 (and 1 − pnorm(−k) for k > 0).
    const phi: Record<number, number> = { [-5]: 2.866515718791939e-7, [-4]: 3.167124183311992e-5, [-3]: 1.349898031630095e-3 };
    for (const k of [-5, -4, -3]) {
      const low = verdictProbabilities(metAt(15), { value: 15 + k * 0.7, se: 0.7 }, { value: 12, se: null })!;
      expect(Math.abs(low.achieved! - phi[k]!), `k = ${k}`).toBeLessThan(1e-11);
      const high = verdictProbabilities(metAt(15), { value: 15 - k * 0.7, se: 0.7 }, { value: 12, se: null })!;
      expect(Math.abs(high.behind! - phi[k]!), `k = ${-k}`).toBeLessThan(1e-11);
    }
  });

  it('uses Student t on the design df: 15 + qt(0.95, 5)·se is met with probability 0.95', () => {
    // qt(0.95, 5) = 2.015048 (R).
    const p = verdictProbabilities(metAt(15), { value: 15 + 2.015048 * 0.8, se: 0.8, df: 5 }, { value: 12, se: null })!;
    expect(p.achieved).toBeCloseTo(0.95, 5);
  });

  it('integrates an uncertain baseline: schedule classes are half-planes, P(d ≥ c) = Φ((x − (1−c)x0 − c·x*) / √(se² + (1−c)²se0²))', () => {
    // Target 15, s = 0.5: on track d ≥ 0.5, behind d ≥ 0.25. x = 12 ± 0.6, x0 = 10 ± 0.8.
    const { judge } = countedScheduleJudge();
    const p = verdictProbabilities(judge, { value: 12, se: 0.6 }, { value: 10, se: 0.8 })!;
    // P(d ≥ 0.5) = Φ((12 − 5 − 7.5)/√(0.36 + 0.16)) = Φ(−0.693375) = 0.244038;
    // P(d ≥ 0.25) = Φ((12 − 7.5 − 3.75)/√(0.36 + 0.36)) = Φ(0.883883) = 0.811625;
    // P(d ≥ 0) = Φ(2/1) = 0.977250; P(x ≥ 15) = Φ(−5) = 2.87e-7.
    expect(p.on_track).toBeCloseTo(0.244038, 5);
    expect(p.behind).toBeCloseTo(0.811625 - 0.244038, 5);
    expect(p.seriously_behind).toBeCloseTo(0.97725 - 0.811625, 5);
    expect(p.regressing).toBeCloseTo(1 - 0.97725, 5);
  });

  it('agrees with a simulation for a method whose classes are not half-planes (Eurostat CAGR ratio)', () => {
    // x0 = 10 ± 0.7 (2020), x = 12.2 ± 0.8 (2023), target 15 by 2025, up is better.
    const judge = (x: number, x0: number): Status => (x >= 15 ? 'achieved' : eurostat({ x0, t0: 2020, x, t: 2023, target: 15, T: 2025, Y: 2023, direction: 'higher' }, defaultThresholds).status);
    const p = verdictProbabilities(judge, { value: 12.2, se: 0.8 }, { value: 10, se: 0.7 })!;
    const rng = new SeededRandom('verdict-probability');
    const n = 200_000;
    const counts = new Map<Status, number>();
    for (let i = 0; i < n; i++) {
      const s = judge(rng.normal(12.2, 0.8), rng.normal(10, 0.7));
      counts.set(s, (counts.get(s) ?? 0) + 1);
    }
    for (const [status, count] of counts) {
      const share = count / n;
      // Within four simulation standard errors (≤ 0.0045 at n = 200,000).
      expect(Math.abs((p[status] ?? 0) - share), status).toBeLessThan(4 * Math.sqrt((share * (1 - share)) / n) + 1e-4);
    }
    expect(Object.values(p).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
  });
});

describe('decide', () => {
  it('states the likeliest verdict when it reaches the level, else uncertain', () => {
    expect(decide({ achieved: 0.905, behind: 0.095 }, 0.8)).toEqual({ status: 'achieved', likeliest: 'achieved', probability: 0.905 });
    expect(decide({ seriously_behind: 0.378, regressing: 0.343, behind: 0.248, on_track: 0.031 }, 0.8)).toEqual({ status: 'uncertain', likeliest: 'seriously_behind', probability: 0.378 });
  });

  it('breaks a tie toward the better status, so the result never depends on key order', () => {
    expect(decide({ behind: 0.5, on_track: 0.5 }, 0.5).status).toBe('on_track');
  });
});

// The coarse walk (verdict-probability.ts, COARSE) relies on every method's verdict being convex in
// the latest value: each status one interval. Checked here for every method on seeded plans of both
// directions, with baselines below, at and beyond the target, before and after the target year.
describe('the coarse walk', () => {
  const rng = new SeededRandom('verdict-convexity');
  const cases = Array.from({ length: 300 }, (_, i) => {
    const higher = i % 2 === 0;
    const target = rng.uniform(5, 80);
    // Baselines on the far side of the target, at it and beyond it (regressing from a met target).
    const x0 = [target * rng.uniform(0.3, 0.95), target, target * rng.uniform(1.05, 1.5)][i % 3]!;
    const t0 = 2015 + rng.int(0, 5);
    const T = t0 + rng.int(3, 10);
    const Y = t0 + rng.int(1, 12);
    return { higher, target, x0, t0, T, Y, comparator: (higher ? (i % 4 === 0 ? '>' : '>=') : i % 4 === 1 ? '<' : '<=') as '>' | '>=' | '<' | '<=' };
  });
  const judgeFor = (c: (typeof cases)[number], name: MethodName) => {
    const ctx = { year: c.Y, thresholds: defaultThresholds } as unknown as EvaluationContext;
    const target = { value: c.target, comparator: c.comparator, year: c.T } as unknown as Target;
    return (x: number, x0: number) => levelVerdict(ctx, methods[name], target, c.higher ? 'higher' : 'lower', x, c.Y, { year: c.t0, value: x0 }).status;
  };

  it('sees every method\'s verdict as convex in the latest value (each status one run along the line)', () => {
    for (const c of cases) {
      for (const name of methodNames) {
        const judge = judgeFor(c, name);
        const seen: Status[] = [];
        for (let k = 0; k <= 4000; k++) {
          const s = judge(c.target * (k / 2000), c.x0);
          if (s !== seen.at(-1)) seen.push(s);
        }
        expect(new Set(seen).size, `${name} ${JSON.stringify(c)}: ${seen.join(' → ')}`).toBe(seen.length);
      }
    }
  });

  it('gives the fine grid\'s probabilities for every method, to 1e-10', () => {
    for (const c of cases.slice(0, 120)) {
      for (const name of methodNames) {
        const judge = judgeFor(c, name);
        const current = { value: c.target * rng.uniform(0.6, 1.2), se: c.target * rng.uniform(0.005, 0.08) };
        const baseline = { value: c.x0, se: c.x0 * rng.uniform(0, 0.05) };
        const coarse = verdictProbabilities(judge, current, baseline)!;
        const fine = verdictProbabilities(judge, current, baseline, { grid: 'fine' })!;
        // A status either walk leaves out has a probability under the tolerance (one squeezed
        // between two changes in a tail, where changes are located more loosely).
        for (const s of new Set([...Object.keys(coarse), ...Object.keys(fine)]) as Set<Status>) expect(Math.abs((coarse[s] ?? 0) - (fine[s] ?? 0))).toBeLessThan(1e-10);
      }
    }
  });

  it('gives a verdict that holds at both ends and the middle probability 1, from those three', () => {
    let calls = 0;
    const judge = (x: number): Status => (calls++, x >= 15 ? 'achieved' : 'behind');
    // 30 ± 1 against 15: z = −15 is far beyond the grid's end (z ≈ −6).
    expect(verdictProbabilities(judge, { value: 30, se: 1 }, { value: 12, se: null })).toEqual({ achieved: 1 });
    expect(calls).toBe(3);
    // 16 ± 1: the grid's low end (z ≈ −6) is behind, so the walk goes on and finds Φ(1).
    calls = 0;
    expect(verdictProbabilities(judge, { value: 16, se: 1 }, { value: 12, se: null })!.achieved).toBeCloseTo(0.8413447461, 9);
    expect(calls).toBeGreaterThan(13);
  });

  it('walks a line from the neighbouring lines\' changes where it can, with the same result', () => {
    // Schedule classes, target 15, x = 14 ± 0.3, x0 = 10 ± 0.3: four changes on most of the 32
    // lines. Walking each line (13 points, then bisection from the forecasts) takes 790 verdicts;
    // following the changes from line to line (the ends and two verdicts per change), under 650.
    const { judge, calls } = countedScheduleJudge();
    const p = verdictProbabilities(judge, { value: 14, se: 0.3 }, { value: 10, se: 0.3 })!;
    expect(calls()).toBeLessThan(650);
    const fine = verdictProbabilities(judge, { value: 14, se: 0.3 }, { value: 10, se: 0.3 }, { grid: 'fine' })!;
    for (const s of Object.keys(fine) as Status[]) expect(Math.abs(p[s]! - fine[s]!), s).toBeLessThan(1e-10);
    // P(x ≥ 15) = Φ(−1/0.3) = 4.290603e-4 (R: pnorm(-10/3)).
    expect(p.achieved).toBeCloseTo(4.290603e-4, 9);
  });

  it('follows changes in a tail too, where their intervals are wider than the room left on the line', () => {
    // Schedule classes, target 15, x = 17.5 ± 0.5, x0 = 12 ± 1.5: every change lies beyond z = −4,
    // where a change need only be located loosely, so its interval around the forecast reaches past
    // the line's end or into its neighbour's. Cut to the room there, the lines are still followed:
    // under 400 verdicts, where sending those lines back to the whole walk took 472.
    const { judge, calls } = countedScheduleJudge();
    const p = verdictProbabilities(judge, { value: 17.5, se: 0.5 }, { value: 12, se: 1.5 })!;
    expect(calls()).toBeLessThan(400);
    const fine = verdictProbabilities(judge, { value: 17.5, se: 0.5 }, { value: 12, se: 1.5 }, { grid: 'fine' })!;
    expect(Object.keys(p).sort()).toEqual(Object.keys(fine).sort());
    for (const s of Object.keys(fine) as Status[]) expect(Math.abs(p[s]! - fine[s]!), s).toBeLessThan(1e-11);
    // P(x < 15) = Φ(−5) = 2.866516e-7 (R: pnorm(-5)), whatever the baseline, to the walk's 1e-11.
    expect(1 - p.achieved!).toBeCloseTo(2.866516e-7, 11);
  });

  it('falls back to the fine grid when the coarse points show a verdict twice', () => {
    // Behind on 14–16 and on 16.6–16.9, on track elsewhere; x ~ N(15, 2). The coarse points at
    // z = 0, ±0.674 read behind, on track, on track, so the second band (z = 0.8–0.95) lies
    // between two coarse points that agree: only the fine grid finds it.
    // P(behind) = Φ(0.5) − Φ(−0.5) + Φ(0.95) − Φ(0.8) = 0.3829249225 + 0.0407992723.
    const bands = (x: number): Status => ((x >= 14 && x <= 16) || (x >= 16.6 && x <= 16.9) ? 'behind' : 'on_track');
    const p = verdictProbabilities(bands, { value: 15, se: 2 }, { value: 0, se: null })!;
    expect(p.behind).toBeCloseTo(0.4237241948, 9);
    expect(p.on_track).toBeCloseTo(1 - 0.4237241948, 9);
  });
});

/** Schedule classes against target 15 (on track from d = 0.5, behind from 0.25, seriously behind from 0), counting the verdicts asked. */
function countedScheduleJudge(): { judge: (x: number, x0: number) => Status; calls: () => number } {
  let calls = 0;
  const judge = (x: number, x0: number): Status => {
    calls++;
    if (x >= 15) return 'achieved';
    const d = (x - x0) / (15 - x0);
    return d >= 0.5 ? 'on_track' : d >= 0.25 ? 'behind' : d >= 0 ? 'seriously_behind' : 'regressing';
  };
  return { judge, calls: () => calls };
}
