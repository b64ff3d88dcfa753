import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors/index.js';
import type { Issue } from '../../src/errors/index.js';
import { buildDesign } from '../../src/survey/build-design.js';
import { estimate } from '../../src/survey/estimate.js';
import { parseScoreRules } from '../../src/survey/scoring/score-rules.js';
import { columnsTable, expectSig, rowOf, surveyFixture } from '../helpers/survey.js';

// The textbook designs of R's survey package (data(api): Lumley, Complex Surveys, ch. 2–3), exported
// by tests/fixtures/survey/reference.R as api-*.csv; reference numbers from the same script.
const SIG = 12;

describe('buildDesign on the textbook designs', () => {
  it('stratified, fpc by stratum: dstrat <- svydesign(id = ~1, strata = ~stype, weights = ~pw, fpc = ~fpc, data = apistrat)', () => {
    const api = surveyFixture('api-strat.csv');
    const design = { weights: 'pw', strata: 'stype', fpc: ['fpc'] };
    const mean = rowOf(estimate(api, { variable: 'api00', design }).rows);
    // api.strat.mean.api00 est=662.287363159321 se=9.40894080278458 deff=1.20445726853772
    expectSig(mean.estimate, 662.287363159321, SIG, 'mean');
    expectSig(mean.se, 9.40894080278458, SIG, 'se');
    expectSig(mean.deff, 1.20445726853772, SIG, 'deff');
    const total = rowOf(estimate(api, { variable: 'enroll', stat: 'total', design }).rows);
    // api.strat.total.enroll est=3687177.53243828 se=114641.71610078 deff=0.362018122363404
    expectSig(total.estimate, 3687177.53243828, SIG, 'total');
    expectSig(total.se, 114641.71610078, SIG, 'se of total');
    expectSig(total.deff, 0.362018122363404, SIG, 'deff of total');
    const share = rowOf(estimate(api, { variable: 'sch_wide', stat: 'proportion', design, ci: 'beta' }).rows);
    // api.strat.ciprop.beta est=0.827948011415823 se=0.0243447801130748 ci=0.774171328597313,0.873431592620735
    expectSig(share.estimate, 82.7948011415823, SIG, 'share');
    expectSig(share.ci_low, 77.4171328597313, SIG, 'ci_low');
    expectSig(share.ci_high, 87.3431592620735, SIG, 'ci_high');
  });

  it('one-stage cluster: dclus1 <- svydesign(id = ~dnum, weights = ~pw, fpc = ~fpc, data = apiclus1)', () => {
    const api = surveyFixture('api-clus1.csv');
    const design = { weights: 'pw', clusters: ['dnum'], fpc: ['fpc'] };
    const mean = rowOf(estimate(api, { variable: 'api00', design }).rows);
    // api.clus1.mean.api00 est=644.169398907104 se=23.542240693781 deff=9.34586945059095
    expectSig(mean.estimate, 644.169398907104, SIG, 'mean');
    expectSig(mean.se, 23.542240693781, SIG, 'se');
    expectSig(mean.deff, 9.34586945059095, SIG, 'deff');
    const total = rowOf(estimate(api, { variable: 'enroll', stat: 'total', design }).rows);
    // api.clus1.total.enroll est=3404940.13452911 se=932235.027041215 deff=31.3106560943494
    expectSig(total.se, 932235.027041215, SIG, 'se of total');
    expectSig(total.deff, 31.3106560943494, SIG, 'deff of total');
  });

  it('two-stage cluster, fpc at both stages, weights from the fpcs: dclus2 <- svydesign(id = ~dnum + snum, fpc = ~fpc1 + fpc2, data = apiclus2)', () => {
    const api = surveyFixture('api-clus2.csv');
    const design = { clusters: ['dnum', 'snum'], fpc: ['fpc1', 'fpc2'] };
    const built = buildDesign(api, design);
    expect(built.issues).toEqual([]); // no warning: the weights come from the fpcs
    expect(built.design!.weights[0]).toBeCloseTo(18.925, 10); // apiclus2$pw[1]: (757/40) · (1/1)
    const mean = rowOf(estimate(api, { variable: 'api00', design }).rows);
    // api.clus2.mean.api00 est=670.811808118081 se=30.0990273768366 deff=6.25051375571258 (Lumley: 670.81, SE 30.099)
    expectSig(mean.estimate, 670.811808118081, SIG, 'mean');
    expectSig(mean.se, 30.0990273768366, SIG, 'se');
    expectSig(mean.deff, 6.25051375571258, SIG, 'deff');
    const total = rowOf(estimate(api, { variable: 'enroll', stat: 'total', design }).rows);
    // api.clus2.total.enroll (na.rm = TRUE) est=2639272.93 se=799637.773648358
    expectSig(total.estimate, 2639272.93, SIG, 'total');
    expectSig(total.se, 799637.773648358, SIG, 'se of total');
    expect(total.n_missing).toBe(126 - total.n);
    const ratio = rowOf(estimate(api, { variable: 'api00', stat: 'ratio', denominator: 'api99', design }).rows);
    // api.clus2.ratio est=1.03996357066935 se=0.00462053412338679
    expectSig(ratio.estimate, 1.03996357066935, SIG, 'ratio');
    expectSig(ratio.se, 0.00462053412338679, SIG, 'se of ratio');
  });

  it('unequal weights, no fpc: svydesign(id = ~dnum + snum, weights = ~pw, data = apiclus2)', () => {
    const api = surveyFixture('api-clus2.csv');
    const mean = rowOf(estimate(api, { variable: 'api00', design: { weights: 'pw', clusters: ['dnum', 'snum'] } }).rows);
    // api.clus2nofpc.mean.api00 est=670.811808118081 se=30.7115763093288 deff=6.5075124361641
    expectSig(mean.se, 30.7115763093288, SIG, 'se');
    expectSig(mean.deff, 6.5075124361641, SIG, 'deff');
  });

  it('assumes equal weights without a weight column, and warns', () => {
    const { design, issues } = buildDesign(columnsTable({ y: [1, 2, 3] }));
    expect([...design!.weights]).toEqual([1, 1, 1]);
    expect(issues.map((i) => [i.code, i.severity])).toEqual([['SURVEY_NO_WEIGHTS', 'warning']]);
  });

  it('refuses more than two stages, and a second fpc without a second stage', () => {
    const t = columnsTable({ a: [1], b: [1], c: [1] });
    expect(buildDesign(t, { clusters: ['a', 'b', 'c'] }).issues.map((i) => i.code)).toEqual(['SURVEY_TOO_MANY_STAGES']);
    expect(buildDesign(t, { clusters: ['a'], fpc: ['b', 'c'] }).issues.map((i) => i.code)).toEqual(['SURVEY_FPC_STAGES']);
  });

  it('names an unknown column with a suggestion', () => {
    const { issues } = buildDesign(surveyFixture('lonely.csv'), { weights: 'weigth' });
    expect(issues[0]).toMatchObject({ code: 'SURVEY_UNKNOWN_COLUMN', args: { column: 'weigth', role: 'weight', suggestion: 'weight' } });
  });
});

// One fixture per problem, named after the code it must raise (tests/fixtures/survey/bad/); rows and
// columns worked out by hand from the files.
describe('bad design data fails clearly', () => {
  const cases: [string, [string, number | undefined, string | undefined][]][] = [
    ['SURVEY_BAD_WEIGHT.csv', [['SURVEY_BAD_WEIGHT', 3, 'C'], ['SURVEY_BAD_WEIGHT', 4, 'C'], ['SURVEY_BAD_WEIGHT', 5, 'C'], ['SURVEY_BAD_WEIGHT', 6, 'C']]],
    ['SURVEY_MISSING_DESIGN_VALUE.csv', [['SURVEY_MISSING_DESIGN_VALUE', 3, 'B'], ['SURVEY_MISSING_DESIGN_VALUE', 5, 'A']]],
    ['SURVEY_FPC_TOO_SMALL.csv', [['SURVEY_FPC_TOO_SMALL', 2, 'C']]],
    ['SURVEY_FPC_NOT_CONSTANT.csv', [['SURVEY_FPC_NOT_CONSTANT', 2, 'C']]],
    ['SURVEY_FPC_MIXED.csv', [['SURVEY_FPC_MIXED', 4, 'C']]],
    ['SURVEY_FPC_BAD_VALUE.csv', [['SURVEY_FPC_BAD_VALUE', 4, 'C'], ['SURVEY_FPC_BAD_VALUE', 5, 'C']]],
    ['SURVEY_NOT_BINARY.csv', [['SURVEY_NOT_BINARY', 3, 'D'], ['SURVEY_NOT_BINARY', 5, 'D']]],
    ['SURVEY_LONELY_PSU.csv', [['SURVEY_LONELY_PSU', 4, 'A']]],
  ];
  it.each(cases)('%s raises exactly its code at its rows', (name, expected) => {
    const table = surveyFixture(`bad/${name}`);
    const fpc = Object.hasOwn(table.columns, 'fpc') ? ['fpc'] : [];
    let issues: readonly Issue[] = [];
    try {
      estimate(table, { variable: 'literate', stat: 'proportion', by: ['district'], design: { weights: 'weight', strata: 'stratum', clusters: ['psu'], fpc } });
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      issues = (error as InputError).issues;
    }
    const found = issues.map((i) => [i.code, i.where?.row, i.where?.column]).sort((a, b) => Number(a[1]) - Number(b[1]));
    expect(found).toEqual(expected);
    for (const i of issues) expect(i.where?.file).toBe(`tests/fixtures/survey/bad/${name}`);
  });

  it('estimates blank domain values as their own domain, with a warning (SURVEY_BLANK_DOMAIN.csv)', () => {
    const { rows, warnings } = estimate(surveyFixture('bad/SURVEY_BLANK_DOMAIN.csv'), {
      variable: 'literate', stat: 'proportion', by: ['district'], design: { weights: 'weight', strata: 'stratum', clusters: ['psu'] },
    });
    expect(rows.map((r) => r.by.district)).toEqual([undefined, '东昌府区', '阳谷县', '']);
    // The blank domain's two respondents sit in one PSU of each of two strata: 2 − 2 = 0 df, no interval.
    expect(rowOf(rows, { district: '' })).toMatchObject({ n: 2, estimate: 0, df: 0, ci_low: null, ci_high: null, reliable: false, flags: ['n', 'df'] });
    expect(warnings.find((w) => w.code === 'SURVEY_BLANK_DOMAIN')).toMatchObject({ args: { column: 'district', count: 2 }, severity: 'warning' });
  });

  const ruleCases: [string, [string, number][]][] = [
    ['SURVEY_RULES_UNKNOWN_DIMENSION.yaml', [['SURVEY_RULES_UNKNOWN_DIMENSION', 7]]],
    ['SURVEY_RULES_THRESHOLD_UNREACHABLE.yaml', [['SURVEY_RULES_THRESHOLD_UNREACHABLE', 5]]],
    ['SURVEY_RULES_DIMENSION_SOURCE.yaml', [['SURVEY_RULES_DIMENSION_SOURCE', 2], ['SURVEY_RULES_DIMENSION_SOURCE', 4]]],
    ['SURVEY_RULES_POINTS_EXCEED_MAX.yaml', [['SURVEY_RULES_POINTS_EXCEED_MAX', 4]]],
    ['SURVEY_RULES_DUPLICATE_DIMENSION.yaml', [['SURVEY_RULES_DUPLICATE_DIMENSION', 3]]],
    ['SCHEMA_UNKNOWN_FIELD.yaml', [['SCHEMA_UNKNOWN_FIELD', 2]]],
  ];
  it.each(ruleCases)('%s raises exactly its code on its line', (name, expected) => {
    const text = readFileSync(new URL(`../fixtures/survey/bad/${name}`, import.meta.url), 'utf8');
    const { rules, issues } = parseScoreRules(text, name);
    expect(rules).toBeUndefined();
    expect(issues.map((i) => [i.code, i.where?.line])).toEqual(expected);
  });
});
