import { describe, expect, it } from 'vitest';
import type { EvaluationContext } from '../../../src/evaluate/context.js';
import { methodNames, methods } from '../../../src/evaluate/methods/index.js';
import { levelStatus, levelVerdict } from '../../../src/evaluate/targets/level-verdict.js';
import { defaultThresholds } from '../../../src/evaluate/thresholds.js';
import type { Target } from '../../../src/plan/types.js';
import { SeededRandom } from '../../../src/util/seeded-random.js';

describe('levelStatus', () => {
  const context = (year: number) => ({ year, thresholds: defaultThresholds }) as unknown as EvaluationContext;
  const targetOf = (value: number, comparator: Target['comparator'], year: number) => ({ value, comparator, year }) as unknown as Target;

  it('gives levelVerdict\'s status for every method, both directions, baselines short of, at and beyond the target, before and after the target year', () => {
    const rng = new SeededRandom('level-status');
    let compared = 0;
    for (let i = 0; i < 240; i++) {
      const higher = i % 2 === 0;
      const comparator = (higher ? (i % 4 === 0 ? '>' : '>=') : i % 4 === 1 ? '<' : '<=') as Target['comparator'];
      const value = rng.uniform(5, 80);
      const t0 = 2015 + rng.int(0, 5);
      const T = t0 + rng.int(3, 10);
      // Evaluation years before the target year, at it (closed out to not_achieved) and after.
      const Y = [t0 + 1, T, T + 2][i % 3]!;
      const target = targetOf(value, comparator, T);
      const ctx = context(Y);
      for (const name of methodNames) {
        const status = levelStatus(ctx, methods[name], target, higher ? 'higher' : 'lower', Y, t0);
        for (const x0 of [value * rng.uniform(0.3, 0.95), value, value * rng.uniform(1.05, 1.5)]) {
          // One judge is asked again and again with new values: each answer must be its own.
          for (const x of [0, value * 0.5, value * rng.uniform(0.6, 1.4), value, value * 1.2, x0]) {
            const verdict = levelVerdict(ctx, methods[name], target, higher ? 'higher' : 'lower', x, Y, { year: t0, value: x0 });
            expect(status(x, x0), `${name} x=${x} x0=${x0} target ${comparator}${value} in ${T}, year ${Y}`).toBe(verdict.status);
            compared++;
          }
        }
      }
    }
    expect(compared).toBe(240 * methodNames.length * 3 * 6);
  });

  it('closes a verdict out to not_achieved once the target year has come, as levelVerdict does', () => {
    // 序时进度: from 10 in 2020 towards ≥ 20 in 2025, 12 in 2025 is behind — and the year has come.
    const target = targetOf(20, '>=', 2025);
    expect(levelStatus(context(2025), methods.schedule, target, 'higher', 2025, 2020)(12, 10)).toBe('not_achieved');
    expect(levelStatus(context(2023), methods.schedule, target, 'higher', 2023, 2020)(12, 10)).toBe('seriously_behind');
    expect(levelStatus(context(2025), methods.schedule, target, 'higher', 2025, 2020)(20, 10)).toBe('achieved');
    // A baseline that already met the target and a value that now misses it went backwards.
    expect(levelStatus(context(2023), methods.schedule, target, 'higher', 2023, 2020)(19, 21)).toBe('regressing');
  });
});
