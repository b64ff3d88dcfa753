import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors/index.js';
import { buildDesign } from '../../../src/survey/build-design.js';
import { estimate } from '../../../src/survey/estimate.js';
import { linearizedVariance } from '../../../src/survey/variance/linearized-variance.js';
import type { LonelyPsu } from '../../../src/survey/types.js';
import { columnsTable, expectSig, rowOf, surveyFixture } from '../../helpers/survey.js';

// tests/fixtures/survey/lonely.csv: strata S1 (3 PSUs), S2 (1), S3 (2), S4 (1); group b has no one in S4.
// Reference: reference.R section 5, options(survey.lonely.psu = opt) then
// svydesign(ids = ~psu, strata = ~stratum, weights = ~weight, data = l, nest = TRUE).
const lonely = surveyFixture('lonely.csv');
const SIG = 12;

describe('linearizedVariance: single-PSU strata as R’s survey.lonely.psu', () => {
  const expected: Record<Exclude<LonelyPsu, 'fail'>, { mean: number; deff: number; total: number; a: number; b: number }> = {
    // lonely.<opt>.mean.y se, deff; lonely.<opt>.total.y se; lonely.<opt>.by.group.mean[a|b] se
    remove: { mean: 0.809838244630014, deff: 1.77417360417192, total: 523.426659141469, a: 0.953603007302156, b: 0.596227392814582 },
    certainty: { mean: 0.809838244630014, deff: 1.77417360417192, total: 523.426659141469, a: 0.953603007302156, b: 0.596227392814582 },
    adjust: { mean: 1.05683471568594, deff: 3.02143802385889, total: 1960.48830651958, a: 1.20098600119172, b: 0.833607464039466 },
    average: { mean: 1.14528422888419, deff: 3.54834720834383, total: 740.237080265505, a: 1.34859830604648, b: 0.730226441532838 },
  };
  for (const [option, r] of Object.entries(expected) as [Exclude<LonelyPsu, 'fail'>, (typeof expected)['remove']][]) {
    it(`matches lonely.psu = "${option}" for a mean, a total and domains`, () => {
      const design = { weights: 'weight', strata: 'stratum', clusters: ['psu'], lonelyPsu: option };
      const { rows, design: summary } = estimate(lonely, { variable: 'y', design, by: ['group'] });
      expect(summary.lonelyStrata).toBe(2);
      // lonely.*.mean.y est=19.5703494926719
      expectSig(rows[0]!.estimate, 19.5703494926719, SIG, 'mean');
      expectSig(rows[0]!.se, r.mean, SIG, 'se of the mean');
      expectSig(rows[0]!.deff, r.deff, SIG, 'deff');
      // lonely.*.by.group.mean[a] y=19.9271973466003, [b] y=18.812676056338
      expectSig(rowOf(rows, { group: 'a' }).estimate, 19.9271973466003, SIG, 'mean of a');
      expectSig(rowOf(rows, { group: 'a' }).se, r.a, SIG, 'se of a');
      expectSig(rowOf(rows, { group: 'b' }).se, r.b, SIG, 'se of b (its domain lacks S4: averaged over the strata it has)');
      const total = rowOf(estimate(lonely, { variable: 'y', stat: 'total', design }).rows);
      expectSig(total.estimate, 8679.45, SIG, 'total');
      expectSig(total.se, r.total, SIG, 'se of the total');
    });
  }

  it('refuses a single-PSU stratum under "fail", naming the stratum and its row', () => {
    // lonely.fail error=Stratum (S2) has only one PSU at stage 1
    const { design, issues } = buildDesign(lonely, { weights: 'weight', strata: 'stratum', clusters: ['psu'] });
    expect(design).toBeUndefined();
    expect(issues.map((i) => [i.code, i.args, i.where?.row, i.where?.column])).toEqual([
      ['SURVEY_LONELY_PSU', { unit: 'S2', stage: 1 }, 20, 'A'], // rows as Excel numbers them: 18 S1 rows follow the header
      ['SURVEY_LONELY_PSU', { unit: 'S4', stage: 1 }, 41, 'A'],
    ]);
    expect(() => estimate(lonely, { variable: 'y', design: { weights: 'weight', strata: 'stratum', clusters: ['psu'] } })).toThrow(InputError);
  });

  it('accepts a single PSU that is the whole stratum (fpc = 1: a census, no variance)', () => {
    const t = columnsTable({ s: ['a', 'a', 'b', 'b', 'b'], psu: [1, 2, 3, 3, 3], N: [10, 10, 1, 1, 1], y: [1, 2, 3, 4, 5] });
    const { design, issues } = buildDesign(t, { strata: 's', clusters: ['psu'], fpc: ['N'] });
    expect(issues).toEqual([]);
    // Stratum a: two PSUs with totals z1, z2, (1 − 2/10) · 2 · Σ(z − z̄)²; stratum b adds nothing.
    const z = [1, -1, 5, 5, 5];
    expect(linearizedVariance(design!, [0, 1, 2, 3, 4], z)).toBeCloseTo(0.8 * 2 * 2, 12);
  });
});
