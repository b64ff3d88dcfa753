import { describe, expect, it } from 'vitest';
import { estimate } from '../../src/survey/estimate.js';
import type { DesignSpec } from '../../src/survey/types.js';
import { expectSig, rowOf, surveyFixture } from '../helpers/survey.js';

// Reference numbers: tests/fixtures/survey/reference.R (R 4.2.2, survey 4.1.1) on the synthetic
// tests/fixtures/survey/respondents.csv (written by make.ts); its printed output is reference.out.
// Proportions are reported in percent, so R's values are multiplied by 100 here.
const table = surveyFixture('respondents.csv');
const SIG = 12; // significant digits of agreement (R prints 15; the numbers agree to 13)

const SRS: DesignSpec = { weights: 'weight' };
const SC: DesignSpec = { weights: 'weight', strata: 'stratum', clusters: ['psu'] };
const F1: DesignSpec = { ...SC, fpc: ['fpc1'] };
const TWO: DesignSpec = { weights: 'weight', strata: 'stratum', clusters: ['psu', 'ssu'], fpc: ['fpc1', 'fpc2'] };

describe('estimate: weighted simple random sample', () => {
  // srs <- svydesign(ids = ~1, weights = ~weight, data = d)
  it('matches svymean(~literate, srs, deff = TRUE), in percent', () => {
    const row = rowOf(estimate(table, { variable: 'literate', stat: 'proportion', design: SRS }).rows);
    // srs.mean.literate est=0.0789279227222379 se=0.0171671631425972 deff=1.36194364242896
    expectSig(row.estimate, 7.89279227222379, SIG, 'estimate');
    expectSig(row.se, 1.71671631425972, SIG, 'se');
    expectSig(row.deff, 1.36194364242896, SIG, 'deff');
    expect(row).toMatchObject({ unit: '%', n: 336, df: 335, n_missing: 0 }); // srs.degf df=335
    expectSig(row.n_eff, 336 / 1.36194364242896, SIG, 'n_eff = n / deff');
  });

  it('matches svymean(~total_score, srs, deff = TRUE)', () => {
    const row = rowOf(estimate(table, { variable: 'total_score', design: SRS }).rows);
    // srs.mean.total_score est=55.4849370081257 se=1.03002488265532 deff=1.46115225627946
    expectSig(row.estimate, 55.4849370081257, SIG, 'estimate');
    expectSig(row.se, 1.03002488265532, SIG, 'se');
    expectSig(row.deff, 1.46115225627946, SIG, 'deff');
    expect(row.unit).toBe('');
  });

  it('matches svytotal(~literate, srs, deff = TRUE)', () => {
    const row = rowOf(estimate(table, { variable: 'literate', stat: 'total', design: SRS }).rows);
    // srs.total.literate est=9289.8878 se=2008.0982184754 deff=1.34515514795385
    expectSig(row.estimate, 9289.8878, SIG, 'estimate');
    expectSig(row.se, 2008.0982184754, SIG, 'se');
    expectSig(row.deff, 1.34515514795385, SIG, 'deff');
  });
});

describe('estimate: stratified cluster sample, PSUs with replacement', () => {
  // sc <- svydesign(ids = ~psu, strata = ~stratum, weights = ~weight, data = d, nest = TRUE)
  it('matches svymean, svytotal and degf', () => {
    const { rows, design } = estimate(table, { variable: 'literate', stat: 'proportion', design: SC });
    // sc.mean.literate est=0.0789279227222379 se=0.0175828309310144 deff=1.42869547201693; sc.degf df=26
    expectSig(rows[0]!.se, 1.75828309310144, SIG, 'se');
    expectSig(rows[0]!.deff, 1.42869547201693, SIG, 'deff');
    expect(rows[0]!.df).toBe(26);
    expect(design).toMatchObject({ strata: 6, psus: 32, df: 26, lonelyStrata: 0 });
    const score = rowOf(estimate(table, { variable: 'total_score', design: SC }).rows);
    // sc.mean.total_score est=55.4849370081257 se=0.813597663053579 deff=0.911631714885955
    expectSig(score.se, 0.813597663053579, SIG, 'se of total_score');
    expectSig(score.deff, 0.911631714885955, SIG, 'deff of total_score');
    const total = rowOf(estimate(table, { variable: 'literate', stat: 'total', design: SC }).rows);
    // sc.total.literate est=9289.8878 se=1861.63602961013 deff=1.15609101917687
    expectSig(total.se, 1861.63602961013, SIG, 'se of total');
    expectSig(total.deff, 1.15609101917687, SIG, 'deff of total');
  });

  it('matches svyratio(~knowledge, ~total_score, sc, deff = TRUE)', () => {
    const row = rowOf(estimate(table, { variable: 'knowledge', stat: 'ratio', denominator: 'total_score', design: SC }).rows);
    // sc.ratio est=0.398314205479238 se=0.00203185553274771 deff=2.211584435301
    expectSig(row.estimate, 0.398314205479238, SIG, 'ratio');
    expectSig(row.se, 0.00203185553274771, SIG, 'se');
    expectSig(row.deff, 2.211584435301, SIG, 'deff');
  });

  it('estimates domains on the full design: svyby(~literate, ~district, sc, svymean, deff = TRUE)', () => {
    const { rows } = estimate(table, { variable: 'literate', stat: 'proportion', design: SC, by: ['district'] });
    const expected: [string, number, number, number, number][] = [
      // district, literate, se, DEff, degf of subset(sc, district == x)
      ['东昌府区', 0.0669120095420437, 0.0260174903076701, 1.11879678220803, 9],
      ['临清市', 0.125333318391695, 0.0392918940991168, 1.29915579427684, 6],
      ['阳谷县', 0.0453195489874071, 0.0171782314914615, 0.946003625885771, 11],
    ];
    expect(rows.map((r) => r.by)).toEqual([{}, { district: '东昌府区' }, { district: '临清市' }, { district: '阳谷县' }]);
    for (const [district, p, se, deff, df] of expected) {
      const row = rowOf(rows, { district });
      expectSig(row.estimate, p * 100, SIG, `${district} estimate`);
      expectSig(row.se, se * 100, SIG, `${district} se`);
      expectSig(row.deff, deff, SIG, `${district} deff`);
      expect(row.df, `${district} df`).toBe(df);
    }
    // sc.by.district.degf: n = 104, 93, 139
    expect(rows.slice(1).map((r) => r.n)).toEqual([104, 93, 139]);
  });

  it('cross-classifies domains: svyby(~literate, ~district + gender, sc, svymean, deff = TRUE)', () => {
    const { rows } = estimate(table, { variable: 'literate', stat: 'proportion', design: SC, by: ['district', 'gender'], total: false });
    expect(rows).toHaveLength(6);
    const expected: [string, string, number, number, number][] = [
      ['东昌府区', '女', 0.0624464450101775, 0.0277266315075595, 0.592047362189074],
      ['临清市', '女', 0.0876670463759946, 0.0326995522003436, 0.670177252843127],
      ['阳谷县', '女', 0.0351047916489243, 0.0200911782995314, 0.910404721279435],
      ['东昌府区', '男', 0.0701417173981657, 0.0338921440979985, 1.00567594008855],
      ['临清市', '男', 0.175898300252587, 0.0878484128013143, 2.18904172966723],
      ['阳谷县', '男', 0.0573199932759327, 0.0300928319332148, 1.02735350852549],
    ];
    for (const [district, gender, p, se, deff] of expected) {
      const row = rowOf(rows, { district, gender });
      expectSig(row.estimate, p * 100, SIG, `${district}/${gender}`);
      expectSig(row.se, se * 100, SIG, `${district}/${gender} se`);
      expectSig(row.deff, deff, SIG, `${district}/${gender} deff`);
    }
  });

  it('matches svyby(~total_score, ~age_group, sc, svytotal, deff = TRUE)', () => {
    const { rows } = estimate(table, { variable: 'total_score', stat: 'total', design: SC, by: ['age_group'], total: false });
    const expected: [string, number, number, number][] = [
      ['18-29', 1402974.0714, 195406.609281198, 22.7984477811632],
      ['30-39', 1471721.9006, 206675.052525865, 12.8520411138086],
      ['40-49', 839015.955, 108826.728033527, 11.4587696399398],
      ['50-59', 1241559.7686, 209638.755454242, 25.9538552404103],
      ['60-69', 1575355.5098, 259766.065513749, 29.0328447773201],
    ];
    expected.forEach(([age, total, se, deff], i) => {
      expect(rows[i]!.by).toEqual({ age_group: age });
      expectSig(rows[i]!.estimate, total, SIG, `${age} total`);
      expectSig(rows[i]!.se, se, SIG, `${age} se`);
      expectSig(rows[i]!.deff, deff, SIG, `${age} deff`);
    });
  });

  it('matches svyby(~knowledge, ~gender, denominator = ~total_score, sc, svyratio)', () => {
    const { rows } = estimate(table, { variable: 'knowledge', stat: 'ratio', denominator: 'total_score', design: SC, by: ['gender'], total: false });
    // sc.by.gender.ratio[女] 0.398200886587902 se 0.00290234392694689; [男] 0.398421326344182 se 0.00228365160717116
    expectSig(rowOf(rows, { gender: '女' }).estimate, 0.398200886587902, SIG);
    expectSig(rowOf(rows, { gender: '女' }).se, 0.00290234392694689, SIG);
    expectSig(rowOf(rows, { gender: '男' }).estimate, 0.398421326344182, SIG);
    expectSig(rowOf(rows, { gender: '男' }).se, 0.00228365160717116, SIG);
  });

  it('leaves missing values out as na.rm = TRUE does, counting them', () => {
    const { rows } = estimate(table, { variable: 'hours', design: SC, by: ['district'] });
    // sc.mean.hours.narm est=1.78822249180274 se=0.171152096644009 deff=2.72830623948012; sc.hours.missing n=25
    expectSig(rows[0]!.estimate, 1.78822249180274, SIG, 'estimate');
    expectSig(rows[0]!.se, 0.171152096644009, SIG, 'se');
    expectSig(rows[0]!.deff, 2.72830623948012, SIG, 'deff');
    expect(rows[0]!.n_missing).toBe(25);
    expect(rows[0]!.n + rows[0]!.n_missing).toBe(336);
    // svyby(~hours, ~district, sc, svymean, na.rm = TRUE, deff = TRUE)
    const expected: [string, number, number, number][] = [
      ['东昌府区', 1.74874273060354, 0.311159383789354, 3.18204720068946],
      ['临清市', 1.86666192354922, 0.279374368205166, 1.5500507209146],
      ['阳谷县', 1.76714781646655, 0.178362832775496, 1.34956301657218],
    ];
    for (const [district, mean, se, deff] of expected) {
      const row = rowOf(rows, { district });
      expectSig(row.estimate, mean, SIG, district);
      expectSig(row.se, se, SIG, `${district} se`);
      expectSig(row.deff, deff, SIG, `${district} deff`);
    }
  });
});

describe('estimate: first-stage fpc', () => {
  // f1 <- svydesign(ids = ~psu, strata = ~stratum, fpc = ~fpc1, weights = ~weight, data = d, nest = TRUE)
  it('matches svymean, svytotal and svyby with the fpc as a population count', () => {
    const { rows } = estimate(table, { variable: 'literate', stat: 'proportion', design: F1, by: ['district'] });
    // f1.mean.literate se=0.0167398198783511 deff=1.29498169433818
    expectSig(rows[0]!.se, 1.67398198783511, SIG, 'se');
    expectSig(rows[0]!.deff, 1.29498169433818, SIG, 'deff');
    const expected: [string, number, number][] = [
      ['东昌府区', 0.0249419543530772, 1.02820891694182],
      ['临清市', 0.0373159648056395, 1.17177615074094],
      ['阳谷县', 0.0157401606733047, 0.794244510130719],
    ];
    for (const [district, se, deff] of expected) {
      expectSig(rowOf(rows, { district }).se, se * 100, SIG, `${district} se`);
      expectSig(rowOf(rows, { district }).deff, deff, SIG, `${district} deff`);
    }
    const total = rowOf(estimate(table, { variable: 'literate', stat: 'total', design: F1 }).rows);
    // f1.total.literate se=1774.95858776121 deff=1.05094242921015
    expectSig(total.se, 1774.95858776121, SIG, 'total se');
    expectSig(total.deff, 1.05094242921015, SIG, 'total deff');
  });

  it('gives the same with the fpc written as a sampling fraction (frac1 = n/N)', () => {
    const row = rowOf(estimate(table, { variable: 'literate', stat: 'proportion', design: { ...SC, fpc: ['frac1'] } }).rows);
    // f1frac.mean.literate se=0.0167398198783511 deff=1.29498169433818
    expectSig(row.se, 1.67398198783511, SIG, 'se');
    expectSig(row.deff, 1.29498169433818, SIG, 'deff');
  });

  it('uses the ultimate-cluster variance for two cluster stages without a second-stage fpc', () => {
    const noFpc = rowOf(estimate(table, { variable: 'literate', stat: 'proportion', design: { ...SC, clusters: ['psu', 'ssu'] } }).rows);
    // twonofpc.mean.literate se=0.0175828309310144 (= sc)
    expectSig(noFpc.se, 1.75828309310144, SIG, 'no fpc');
    const oneFpc = rowOf(estimate(table, { variable: 'literate', stat: 'proportion', design: { ...F1, clusters: ['psu', 'ssu'] } }).rows);
    expectSig(oneFpc.se, 1.67398198783511, SIG, 'first-stage fpc only: as f1');
  });
});

describe('estimate: two-stage sample with fpcs at both stages', () => {
  // two <- svydesign(ids = ~psu + ssu, strata = ~stratum, fpc = ~fpc1 + fpc2, weights = ~weight, data = d, nest = TRUE)
  it('matches svymean, svytotal and svyratio with the full multistage variance', () => {
    const lit = rowOf(estimate(table, { variable: 'literate', stat: 'proportion', design: TWO }).rows);
    // two.mean.literate se=0.0174256505586134 deff=1.40326621596114
    expectSig(lit.se, 1.74256505586134, SIG, 'se');
    expectSig(lit.deff, 1.40326621596114, SIG, 'deff');
    const score = rowOf(estimate(table, { variable: 'total_score', design: TWO }).rows);
    // two.mean.total_score se=0.823684714336601 deff=0.934376815210902
    expectSig(score.se, 0.823684714336601, SIG, 'score se');
    expectSig(score.deff, 0.934376815210902, SIG, 'score deff');
    const total = rowOf(estimate(table, { variable: 'literate', stat: 'total', design: TWO }).rows);
    // two.total.literate se=1871.45625361176 deff=1.16832006568161
    expectSig(total.se, 1871.45625361176, SIG, 'total se');
    expectSig(total.deff, 1.16832006568161, SIG, 'total deff');
    const ratio = rowOf(estimate(table, { variable: 'knowledge', stat: 'ratio', denominator: 'total_score', design: TWO }).rows);
    // two.ratio est=0.398314205479238 se=0.00206788939741977
    expectSig(ratio.se, 0.00206788939741977, SIG, 'ratio se');
  });

  it('matches svyby(~literate, ~district, two, svymean, deff = TRUE)', () => {
    const { rows } = estimate(table, { variable: 'literate', stat: 'proportion', design: TWO, by: ['district'], total: false });
    const expected: [string, number, number][] = [
      ['东昌府区', 0.0258229753538607, 1.10213036327972],
      ['临清市', 0.0390412618386605, 1.28263473459815],
      ['阳谷县', 0.0169231831942768, 0.918121189284729],
    ];
    for (const [district, se, deff] of expected) {
      expectSig(rowOf(rows, { district }).se, se * 100, SIG, `${district} se`);
      expectSig(rowOf(rows, { district }).deff, deff, SIG, `${district} deff`);
    }
  });
});

describe('estimate: reliability', () => {
  it('flags small domains, and says so in a warning naming them', () => {
    const { rows, warnings } = estimate(table, { variable: 'literate', stat: 'proportion', design: SC, by: ['district'] });
    // CVs from R's numbers (se ÷ estimate): 东昌府区 0.02602/0.06691 = 38.9%, 临清市 0.03929/0.12533 = 31.3%
    // (and n = 93 < 100), 阳谷县 0.01718/0.04532 = 37.9%; the whole sample 0.01758/0.07893 = 22.3%.
    expectSig(rowOf(rows, { district: '临清市' }).cv, (100 * 0.0392918940991168) / 0.125333318391695, SIG, 'cv in percent');
    expect(rowOf(rows, { district: '东昌府区' })).toMatchObject({ reliable: false, flags: ['cv'] });
    expect(rowOf(rows, { district: '临清市' })).toMatchObject({ reliable: false, flags: ['cv', 'n'] });
    expect(rowOf(rows, { district: '阳谷县' })).toMatchObject({ reliable: false, flags: ['cv'] });
    expect(rowOf(rows)).toMatchObject({ reliable: true, flags: [] });
    const unreliable = warnings.find((w) => w.code === 'SURVEY_UNRELIABLE');
    expect(unreliable?.args).toMatchObject({ domains: ['东昌府区', '临清市', '阳谷县'], maxCv: 0.3, minN: 100, minEffectiveN: 30 });
  });

  it('takes other thresholds from the options', () => {
    const { rows } = estimate(table, { variable: 'literate', stat: 'proportion', design: SC, by: ['district'], reliability: { maxCv: 0.5, minN: 50 } });
    expect(rows.every((r) => r.reliable)).toBe(true);
  });
});

describe('estimate: readings kept from call to call', () => {
  // Columns, design and domains are read once per table (column-memo.ts, build-design.ts, domains.ts).
  it('gives the same rows again, and hands out copies the caller may change', () => {
    const options = { variable: 'literate', stat: 'proportion' as const, design: SC, by: ['district'] };
    const first = estimate(table, options);
    first.rows[1]!.by.district = 'changed';
    (first.design.spec.clusters as string[]).push('changed');
    const again = estimate(table, options);
    expect(again.rows.map((r) => r.by.district)).toEqual([undefined, '东昌府区', '临清市', '阳谷县']);
    expect(again.design.spec.clusters).toEqual(['psu']);
    expect(again.rows.slice(2)).toEqual(first.rows.slice(2));
  });

  it('estimates a table derived with other weights or another variable from its own columns', () => {
    const weights = table.columns.weight!.map((w, r) => (r % 2 ? Number(w) * 3 : w));
    const literate = table.columns.literate!.map((v, r) => (r % 5 ? v : '1'));
    const derived = { ...table, columns: { ...table.columns, weight: weights, literate } };
    const plain = { columns: { ...table.columns, weight: weights, literate }, length: table.length };
    estimate(table, { variable: 'literate', stat: 'proportion', design: SC, by: ['district'] });
    const rows = estimate(derived, { variable: 'literate', stat: 'proportion', design: SC, by: ['district'] }).rows;
    expect(rows).toEqual(estimate(plain, { variable: 'literate', stat: 'proportion', design: SC, by: ['district'] }).rows);
    expect(rows[0]!.estimate).not.toBe(estimate(table, { variable: 'literate', stat: 'proportion', design: SC }).rows[0]!.estimate);
  });
});
