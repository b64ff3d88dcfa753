import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/data/csv.js';
import { InputError } from '../../../src/errors/index.js';
import { buildDesign } from '../../../src/survey/build-design.js';
import { estimate } from '../../../src/survey/estimate.js';
import { jackknifeReplicates } from '../../../src/survey/variance/jackknife.js';
import { parseMargins } from '../../../src/survey/calibration/margins.js';
import type { DesignSpec, LonelyPsu, ReplicateSpec } from '../../../src/survey/types.js';
import { expectSig, rowOf, surveyFixture } from '../../helpers/survey.js';
import { r, rBy } from '../r-reference.js';

// Reference: tests/fixtures/survey/reference.R §9, as.svrepdesign(type = "JK1" | "JKn") and the same
// svymean/svytotal/svyratio/svyciprop/svyby calls on the replicate design; degf() of each domain's
// subset (R's rank of the replicate weights). The jackknife is deterministic: 12 significant digits.
const SIG = 12;
const table = surveyFixture('respondents.csv');
const SRS: DesignSpec = { weights: 'weight' };
const CLUS: DesignSpec = { weights: 'weight', clusters: ['psu'] };
const SC: DesignSpec = { weights: 'weight', strata: 'stratum', clusters: ['psu'] };
const F1: DesignSpec = { ...SC, fpc: ['fpc1'] };
const TWO: DesignSpec = { weights: 'weight', strata: 'stratum', clusters: ['psu', 'ssu'], fpc: ['fpc1', 'fpc2'] };

/** The replicate design's estimates against R's lines `<label>.…` (reference.R's rep()). */
function expectReplicated(label: string, design: DesignSpec, replicates: ReplicateSpec) {
  const options = { design, replicates };
  const p = estimate(table, { ...options, variable: 'literate', stat: 'proportion' });
  const row = rowOf(p.rows);
  expectSig(row.estimate, 100 * r(`${label}.mean.literate`, 'est'), SIG, `${label} share`);
  expectSig(row.se, 100 * r(`${label}.mean.literate`, 'se'), SIG, `${label} se`);
  expectSig(row.deff, r(`${label}.mean.literate`, 'deff'), SIG, `${label} deff`);
  expectSig(row.ci_low, 100 * r(`${label}.ciprop.beta`, 'ci', 0), SIG, `${label} beta ci_low`);
  expectSig(row.ci_high, 100 * r(`${label}.ciprop.beta`, 'ci', 1), SIG, `${label} beta ci_high`);
  expect(row.df, `${label} df`).toBe(r(`${label}.degf`, 'df'));
  expect(p.design).toMatchObject({ variance: replicates.method, replicates: r(`${label}.degf`, 'replicates'), df: r(`${label}.degf`, 'df') });
  const score = rowOf(estimate(table, { ...options, variable: 'total_score' }).rows);
  expectSig(score.se, r(`${label}.mean.total_score`, 'se'), SIG, `${label} se of mean score`);
  expectSig(score.deff, r(`${label}.mean.total_score`, 'deff'), SIG, `${label} deff of mean score`);
  const total = rowOf(estimate(table, { ...options, variable: 'literate', stat: 'total' }).rows);
  expectSig(total.se, r(`${label}.total.literate`, 'se'), SIG, `${label} se of total`);
  expectSig(total.deff, r(`${label}.total.literate`, 'deff'), SIG, `${label} deff of total`);
  const ratio = rowOf(estimate(table, { ...options, variable: 'knowledge', stat: 'ratio', denominator: 'total_score' }).rows);
  expectSig(ratio.se, r(`${label}.ratio`, 'se'), SIG, `${label} se of ratio`);
  const hours = rowOf(estimate(table, { ...options, variable: 'hours' }).rows);
  expectSig(hours.se, r(`${label}.mean.hours.narm`, 'se'), SIG, `${label} se of hours (na.rm)`);
  expectSig(hours.deff, r(`${label}.mean.hours.narm`, 'deff'), SIG, `${label} deff of hours`);
  for (const by of ['district', 'age_group']) {
    for (const d of estimate(table, { ...options, variable: 'literate', by: [by], total: false }).rows) {
      const expected = rBy(`${label}.by.${by}.mean[${d.by[by]}]`, 'literate');
      expectSig(d.se, expected.se, SIG, `${label} ${d.by[by]} se`);
      expectSig(d.deff, expected.deff!, SIG, `${label} ${d.by[by]} deff`);
      expect(d.df, `${label} ${d.by[by]} df`).toBe(r(`${label}.by.${by}.degf[${d.by[by]}]`, 'df'));
    }
  }
}

describe('jackknifeReplicates', () => {
  it('makes one replicate per PSU, dropping it and scaling its stratum by n/(n − 1)', () => {
    const { design } = buildDesign(table, SC);
    const { replicates } = jackknifeReplicates(design!, 'jkn');
    expect(replicates!.count).toBe(32); // jkn.sc.degf replicates=32
    const first = design!.strata[0]!;
    const n = first.psuEnd - first.psuStart;
    expect(replicates).toMatchObject({ method: 'jkn', scale: 1 });
    expect(replicates!.inFactor[0]).toBeCloseTo(n / (n - 1), 15);
    expect(replicates!.rscales[0]).toBeCloseTo((n - 1) / n, 15);
  });

  it('refuses JK1 on a stratified design, as R does', () => {
    const { design } = buildDesign(table, SC);
    expect(jackknifeReplicates(design!, 'jk1').issues.map((i) => [i.code, i.args])).toEqual([['SURVEY_JK1_STRATIFIED', { strata: 6 }]]);
    expect(() => estimate(table, { variable: 'literate', design: SC, replicates: { method: 'jk1' } })).toThrow(InputError);
  });

  it('gives JKn on an unstratified design the JK1 replicates', () => {
    const jk1 = rowOf(estimate(table, { variable: 'literate', design: CLUS, replicates: { method: 'jk1' } }).rows);
    const jkn = rowOf(estimate(table, { variable: 'literate', design: CLUS, replicates: { method: 'jkn' } }).rows);
    expectSig(jkn.se, jk1.se!, 14, 'se');
  });
});

describe('estimate with jackknife replicate weights (R as.svrepdesign)', () => {
  it('matches JK1 on the weighted simple random sample (each respondent a PSU)', () => expectReplicated('jk1.srs', SRS, { method: 'jk1' }));
  it('matches JK1 on the unstratified cluster sample', () => expectReplicated('jk1.clus', CLUS, { method: 'jk1' }));
  it('matches JKn on the stratified cluster sample', () => expectReplicated('jkn.sc', SC, { method: 'jkn' }));
  it('matches JKn with a first-stage fpc, (1 − f_h) in each replicate’s scale', () => expectReplicated('jkn.f1', F1, { method: 'jkn' }));
  it('uses only the first-stage fpc of a two-stage design, as R does', () => expectReplicated('jkn.two', TWO, { method: 'jkn' }));

  it('matches the textbook designs: JK1 on dclus1 (with its fpc) and JKn on dstrat', () => {
    const clus1 = surveyFixture('api-clus1.csv');
    const dclus1 = { weights: 'pw', clusters: ['dnum'], fpc: ['fpc'] };
    const m = estimate(clus1, { variable: 'api00', design: dclus1, replicates: { method: 'jk1' } });
    // jk1.api.clus1.mean.api00 est=644.169398907104 se=26.3293605895276 deff=11.6897370921388; degf 14
    expectSig(rowOf(m.rows).se, 26.3293605895276, SIG, 'dclus1 se');
    expectSig(rowOf(m.rows).deff, 11.6897370921388, SIG, 'dclus1 deff');
    expect(m.design.df).toBe(14);
    const t = rowOf(estimate(clus1, { variable: 'enroll', stat: 'total', design: dclus1, replicates: { method: 'jk1' } }).rows);
    expectSig(t.se, r('jk1.api.clus1.total.enroll', 'se'), SIG, 'dclus1 se of total');
    const strat = surveyFixture('api-strat.csv');
    const dstrat = { weights: 'pw', strata: 'stype', fpc: ['fpc'] };
    const s = rowOf(estimate(strat, { variable: 'api00', design: dstrat, replicates: { method: 'jkn' } }).rows);
    // jkn.api.strat.mean.api00 se=9.40894080278461 (= the linearisation SE for a stratified mean)
    expectSig(s.se, 9.40894080278461, SIG, 'dstrat se');
    const share = rowOf(estimate(strat, { variable: 'sch_wide', stat: 'proportion', design: dstrat, replicates: { method: 'jkn' } }).rows);
    // jkn.api.strat.ciprop.beta ci=0.774171328597313,0.873431592620735; degf 197
    expectSig(share.ci_low, 77.4171328597313, SIG, 'ci_low');
    expectSig(share.ci_high, 87.3431592620735, SIG, 'ci_high');
    expect(share.df).toBe(197);
  });

  it.each(['remove', 'certainty', 'adjust', 'average'] as LonelyPsu[])('handles single-PSU strata under %s as R’s jknweights', (lonelyPsu) => {
    const lonely = surveyFixture('lonely.csv');
    const design = { weights: 'weight', strata: 'stratum', clusters: ['psu'], lonelyPsu };
    const mean = estimate(lonely, { variable: 'y', design, replicates: { method: 'jkn' } });
    expectSig(rowOf(mean.rows).se, r(`jkn.lonely.${lonelyPsu}.mean.y`, 'se'), SIG, 'se of mean');
    expect(mean.design).toMatchObject({ df: r(`jkn.lonely.${lonelyPsu}.degf`, 'df'), replicates: r(`jkn.lonely.${lonelyPsu}.degf`, 'replicates') });
    const total = rowOf(estimate(lonely, { variable: 'y', stat: 'total', design, replicates: { method: 'jkn' } }).rows);
    expectSig(total.se, r(`jkn.lonely.${lonelyPsu}.total.y`, 'se'), SIG, 'se of total');
  });
});

describe('estimate with raked replicate weights (R rake() on an svrep design)', () => {
  const margins = (name: string) => parseMargins(parseCsv(readFileSync(new URL(`../../fixtures/survey/${name}`, import.meta.url), 'utf8'), name).grid, name).margins;

  it('rakes every JKn replicate to the margins', () => {
    const { rows } = estimate(table, { variable: 'literate', design: SC, replicates: { method: 'jkn' }, calibration: { margins: margins('margins.csv') }, by: ['district'] });
    // rake.jkn.sc.mean.literate est=0.0851812570455588 se=0.0182438930607891 deff=1.43488955511935
    expectSig(rowOf(rows).estimate, 0.0851812570455588, 10, 'estimate');
    expectSig(rowOf(rows).se, 0.0182438930607891, 10, 'se');
    expectSig(rowOf(rows).deff, 1.43488955511935, 10, 'deff');
    for (const district of ['东昌府区', '临清市', '阳谷县']) {
      expectSig(rowOf(rows, { district }).se, rBy(`rake.jkn.sc.by.district.mean[${district}]`, 'literate').se, 10, district);
    }
  });

  it('matches rake()’s help page: rclus1r, the JK1 design of dclus1 raked on school type and target met', () => {
    const clus1 = surveyFixture('api-clus1.csv');
    const options = { design: { weights: 'pw', clusters: ['dnum'], fpc: ['fpc'] }, replicates: { method: 'jk1' } as const, calibration: { margins: margins('api-margins.csv') } };
    // rake.jk1.api.clus1.mean.api00 est=641.23032092682 se=26.8739804354671
    const mean = rowOf(estimate(clus1, { ...options, variable: 'api00' }).rows);
    expectSig(mean.estimate, 641.23032092682, 10, 'mean');
    expectSig(mean.se, 26.8739804354671, 10, 'se');
    // rake.jk1.api.clus1.total.enroll est=3647280.14806521 se=463582.186210968
    const total = rowOf(estimate(clus1, { ...options, variable: 'enroll', stat: 'total' }).rows);
    expectSig(total.estimate, 3647280.14806521, 10, 'total');
    expectSig(total.se, 463582.186210968, 10, 'se of total');
  });
});
