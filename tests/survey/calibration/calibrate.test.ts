import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/data/csv.js';
import { estimate } from '../../../src/survey/estimate.js';
import { parseMargins } from '../../../src/survey/calibration/margins.js';
import { surveyDesign } from '../../../src/survey/design.js';
import type { DesignSpec, Margin } from '../../../src/survey/types.js';
import { expectSig, rowOf, surveyFixture } from '../../helpers/survey.js';
import { r, rBy } from '../r-reference.js';

// Reference: tests/fixtures/survey/reference.R §8, postStratify() and rake() (raked to convergence,
// control = list(maxit = 1000, epsilon = 1e-13)), then svymean/svytotal/svyratio/svyciprop/svyby on
// the calibrated design, whose variances come from svyrecvar's residuals. Both sides stop raking at
// about 1e-11 relative, so the numbers agree to 10 significant digits (11 in practice).
const SIG = 10;
const table = surveyFixture('respondents.csv');

function margins(name: string): Margin[] {
  const file = `tests/fixtures/survey/${name}`;
  const { margins: parsed, issues } = parseMargins(parseCsv(readFileSync(new URL(`../../fixtures/survey/${name}`, import.meta.url), 'utf8'), file).grid, file);
  expect(issues).toEqual([]);
  return parsed;
}
const RAKE = margins('margins.csv'); // gender, age_group, urban_rural
const CROSS = margins('margins-cross.csv'); // gender × age_group

const SRS: DesignSpec = { weights: 'weight' };
const SC: DesignSpec = { weights: 'weight', strata: 'stratum', clusters: ['psu'] };
const F1: DesignSpec = { ...SC, fpc: ['fpc1'] };
const TWO: DesignSpec = { weights: 'weight', strata: 'stratum', clusters: ['psu', 'ssu'], fpc: ['fpc1', 'fpc2'] };

/** The calibrated design's estimates against R's lines `<label>.…` (reference.R's calib()). */
function expectCalibrated(label: string, design: DesignSpec, calibration: { margins: Margin[] }) {
  const p = rowOf(estimate(table, { variable: 'literate', stat: 'proportion', design, calibration }).rows);
  expectSig(p.estimate, 100 * r(`${label}.mean.literate`, 'est'), SIG, `${label} share`);
  expectSig(p.se, 100 * r(`${label}.mean.literate`, 'se'), SIG, `${label} se`);
  expectSig(p.deff, r(`${label}.mean.literate`, 'deff'), SIG, `${label} deff`);
  expectSig(p.ci_low, 100 * r(`${label}.ciprop.beta`, 'ci', 0), SIG, `${label} beta ci_low`);
  expectSig(p.ci_high, 100 * r(`${label}.ciprop.beta`, 'ci', 1), SIG, `${label} beta ci_high`);
  expect(p.df, `${label} df`).toBe(r(`${label}.degf`, 'df'));
  const score = rowOf(estimate(table, { variable: 'total_score', design, calibration }).rows);
  expectSig(score.estimate, r(`${label}.mean.total_score`, 'est'), SIG, `${label} mean score`);
  expectSig(score.se, r(`${label}.mean.total_score`, 'se'), SIG, `${label} se of mean score`);
  expectSig(score.deff, r(`${label}.mean.total_score`, 'deff'), SIG, `${label} deff of mean score`);
  const total = rowOf(estimate(table, { variable: 'literate', stat: 'total', design, calibration }).rows);
  expectSig(total.estimate, r(`${label}.total.literate`, 'est'), SIG, `${label} total`);
  expectSig(total.se, r(`${label}.total.literate`, 'se'), SIG, `${label} se of total`);
  expectSig(total.deff, r(`${label}.total.literate`, 'deff'), SIG, `${label} deff of total`);
  const ratio = rowOf(estimate(table, { variable: 'knowledge', stat: 'ratio', denominator: 'total_score', design, calibration }).rows);
  expectSig(ratio.estimate, r(`${label}.ratio`, 'est'), SIG, `${label} ratio`);
  expectSig(ratio.se, r(`${label}.ratio`, 'se'), SIG, `${label} se of ratio`);
  const hours = rowOf(estimate(table, { variable: 'hours', design, calibration }).rows);
  expectSig(hours.estimate, r(`${label}.mean.hours.narm`, 'est'), SIG, `${label} hours (na.rm)`);
  expectSig(hours.se, r(`${label}.mean.hours.narm`, 'se'), SIG, `${label} se of hours`);
  expectSig(hours.deff, r(`${label}.mean.hours.narm`, 'deff'), SIG, `${label} deff of hours`);
  for (const by of ['district', 'age_group']) {
    const { rows } = estimate(table, { variable: 'literate', design, calibration, by: [by], total: false });
    for (const row of rows) {
      const expected = rBy(`${label}.by.${by}.mean[${row.by[by]}]`, 'literate');
      expectSig(row.estimate, expected.estimate, SIG, `${label} ${row.by[by]}`);
      expectSig(row.se, expected.se, SIG, `${label} ${row.by[by]} se`);
      expectSig(row.deff, expected.deff!, SIG, `${label} ${row.by[by]} deff`);
    }
  }
}

describe('calibrateDesign: raking (R rake())', () => {
  it('rakes the weights to the three margins: Σw = 120000, the first weights as R', () => {
    const { design, calibration, issues } = surveyDesign(table, { design: SC, calibration: { margins: RAKE } });
    expect(issues).toEqual([]);
    // rake.sc.weights sum=120000 w=624.046359291083,490.275917010746,566.935070392982
    expectSig(design!.weights.reduce((a, b) => a + b, 0), 120000, SIG, 'Σw');
    for (let i = 0; i < 3; i++) expectSig(design!.weights[i], r('rake.sc.weights', 'w', i), SIG, `weight ${i + 1}`);
    // Every category total meets its count (margins.csv): 女 59400, 男 60600.
    const women = [...design!.weights].filter((_, i) => table.columns.gender![i] === '女').reduce((a, b) => a + b, 0);
    expectSig(women, 59400, 10, 'women');
    expect(calibration).toMatchObject({ method: 'rake', margins: ['gender', 'age_group', 'urban_rural'], converged: true, tolerance: 1e-10 });
    expect(calibration!.iterations).toBeGreaterThan(1);
    expect(calibration!.maxMarginError).toBeLessThanOrEqual(1e-10);
    expect(calibration!.maxRelativeChange).toBeLessThan(1e-6);
  });

  it('matches svymean, svytotal, svyratio, svyciprop and svyby on the raked stratified cluster design', () => {
    expectCalibrated('rake.sc', SC, { margins: RAKE });
  });

  it('matches R on the raked simple random sample, first-stage-fpc and two-stage designs', () => {
    expectCalibrated('rake.srs', SRS, { margins: RAKE });
    expectCalibrated('rake.f1', F1, { margins: RAKE });
    expectCalibrated('rake.two', TWO, { margins: RAKE });
  });

  it('matches rake() on data(api): apistrat and the help page’s apiclus1, on school type and school-wide target', () => {
    const api = margins('api-margins.csv');
    const strat = surveyFixture('api-strat.csv');
    const dstrat = { weights: 'pw', strata: 'stype', fpc: ['fpc'] };
    const mean = estimate(strat, { variable: 'api00', design: dstrat, calibration: { margins: api }, by: ['stype'] }).rows;
    // rake.api.strat.mean.api00 est=662.211650357845 se=9.27291508967812 deff=1.16951669860807
    expectSig(rowOf(mean).estimate, 662.211650357845, SIG, 'apistrat mean');
    expectSig(rowOf(mean).se, 9.27291508967812, SIG, 'apistrat se');
    expectSig(rowOf(mean).deff, 1.16951669860807, SIG, 'apistrat deff');
    for (const stype of ['E', 'H', 'M']) {
      const expected = rBy(`rake.api.strat.by.stype.mean[${stype}]`, 'api00');
      expectSig(rowOf(mean, { stype }).estimate, expected.estimate, SIG, stype);
      expectSig(rowOf(mean, { stype }).se, expected.se, SIG, `${stype} se`);
    }
    const total = rowOf(estimate(strat, { variable: 'enroll', stat: 'total', design: dstrat, calibration: { margins: api } }).rows);
    expectSig(total.estimate, r('rake.api.strat.total.enroll', 'est'), SIG, 'apistrat total');
    expectSig(total.se, r('rake.api.strat.total.enroll', 'se'), SIG, 'apistrat se of total');
    expectSig(total.deff, r('rake.api.strat.total.enroll', 'deff'), SIG, 'apistrat deff of total');

    const clus1 = surveyFixture('api-clus1.csv');
    const dclus1 = { weights: 'pw', clusters: ['dnum'], fpc: ['fpc'] };
    const m = rowOf(estimate(clus1, { variable: 'api00', design: dclus1, calibration: { margins: api } }).rows);
    // rake.api.clus1.mean.api00 est=641.23032092682 se=23.7036168879225 deff=9.63699893111259
    expectSig(m.estimate, 641.23032092682, SIG, 'apiclus1 mean');
    expectSig(m.se, 23.7036168879225, SIG, 'apiclus1 se');
    expectSig(m.deff, 9.63699893111259, SIG, 'apiclus1 deff');
    // With rake()'s default control (10 passes or a change below 1 school) R stops short:
    // rake.api.clus1.default.mean.api00 est=641.230246862209, 7 significant digits of the converged value.
    expectSig(m.estimate, 641.230246862209, 7, 'against R’s default control');
    const t = rowOf(estimate(clus1, { variable: 'enroll', stat: 'total', design: dclus1, calibration: { margins: api } }).rows);
    expectSig(t.estimate, r('rake.api.clus1.total.enroll', 'est'), SIG, 'apiclus1 total');
    expectSig(t.se, r('rake.api.clus1.total.enroll', 'se'), SIG, 'apiclus1 se of total');
  });

  it('reports a raking that stops before the margins are met, and still estimates', () => {
    const { calibration, issues } = surveyDesign(table, { design: SC, calibration: { margins: RAKE, maxIterations: 1 } });
    expect(calibration).toMatchObject({ iterations: 1, converged: false });
    expect(calibration!.maxMarginError).toBeGreaterThan(1e-4);
    expect(issues.map((i) => [i.code, i.severity])).toEqual([['SURVEY_RAKE_NOT_CONVERGED', 'warning']]);
    expect(issues[0]!.args).toMatchObject({ iterations: 1, tolerance: 1e-10 });
  });

  it('does not depend on the order of the margins or of the respondents', () => {
    const a = rowOf(estimate(table, { variable: 'literate', design: SC, calibration: { margins: RAKE } }).rows);
    const b = rowOf(estimate(table, { variable: 'literate', design: SC, calibration: { margins: [...RAKE].reverse() } }).rows);
    expectSig(b.estimate, a.estimate!, 9, 'estimate');
    expectSig(b.se, a.se!, 9, 'se');
    const order = [...Array(table.length).keys()].reverse();
    const reversed = { ...table, columns: Object.fromEntries(Object.entries(table.columns).map(([k, v]) => [k, order.map((i) => v[i])])), source: undefined };
    const c = rowOf(estimate(reversed, { variable: 'literate', design: SC, calibration: { margins: RAKE } }).rows);
    expectSig(c.se, a.se!, 9, 'se, respondents reversed');
  });
});

describe('calibrateDesign: post-stratification (R postStratify())', () => {
  it('post-stratifies on gender × age band in one pass, each cell meeting its count', () => {
    const { design, calibration } = surveyDesign(table, { design: SC, calibration: { margins: CROSS } });
    // ps.sc.weights sum=120000 w=498.156709096253,570.058928534873,399.858904432530
    for (let i = 0; i < 3; i++) expectSig(design!.weights[i], r('ps.sc.weights', 'w', i), 12, `weight ${i + 1}`);
    expect(calibration).toMatchObject({ method: 'poststratify', margins: ['gender×age_group'], iterations: 1, converged: true });
    expect(calibration!.maxMarginError).toBeLessThan(1e-12);
  });

  it('matches R on the post-stratified stratified-cluster and two-stage designs', () => {
    expectCalibrated('ps.sc', SC, { margins: CROSS });
    expectCalibrated('ps.two', TWO, { margins: CROSS });
  });

  it('treats one margin as postStratify(), whose residuals are weighted, not as rake() on one margin', () => {
    const urban = { margins: RAKE.filter((m) => m.variables[0] === 'urban_rural') };
    const row = rowOf(estimate(table, { variable: 'literate', design: SC, calibration: urban }).rows);
    // ps1.sc.mean.literate est=0.0829654100787303 se=0.0197755249852674 deff=1.72677518560289
    expectSig(row.estimate, 0.0829654100787303, 12, 'estimate');
    expectSig(row.se, 0.0197755249852674, 12, 'se');
    expectSig(row.deff, 1.72677518560289, 12, 'deff');
    // rake1.sc.mean.literate se=0.0204125603043387: R's rake() on one margin centres unweighted.
    expect(Math.abs(row.se! - 0.0204125603043387)).toBeGreaterThan(1e-4);
  });

  it('matches the help page of postStratify(): dclus1 post-stratified on school type', () => {
    const api = margins('api-margins.csv').filter((m) => m.variables[0] === 'stype');
    const clus1 = surveyFixture('api-clus1.csv');
    const design = { weights: 'pw', clusters: ['dnum'], fpc: ['fpc'] };
    const mean = rowOf(estimate(clus1, { variable: 'api00', design, calibration: { margins: api } }).rows);
    // ps.api.clus1.mean.api00 est=642.310788211582 se=23.9204864450904 deff=9.71685337868185
    expectSig(mean.estimate, 642.310788211582, 12, 'mean');
    expectSig(mean.se, 23.9204864450904, 12, 'se');
    expectSig(mean.deff, 9.71685337868185, 12, 'deff');
    const total = rowOf(estimate(clus1, { variable: 'enroll', stat: 'total', design, calibration: { margins: api } }).rows);
    // ps.api.clus1.total.enroll est=3680892.94511905 se=406292.636294802
    expectSig(total.estimate, 3680892.94511905, 12, 'total');
    expectSig(total.se, 406292.636294802, 12, 'se of total');
  });
});
