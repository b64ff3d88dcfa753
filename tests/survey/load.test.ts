import { describe, expect, it } from 'vitest';
import { detectDesign } from '../../src/survey/columns.js';
import { estimate } from '../../src/survey/estimate.js';
import { findScoreRules, loadRespondents, loadScoreRules } from '../../src/survey/load.js';
import { scoreRespondents, withLiterateColumn } from '../../src/survey/scoring/score-respondents.js';
import { expectSig, rowOf } from '../helpers/survey.js';

// The synthetic Liaocheng sample (data/samples/liaocheng/survey/, written by tests/fixtures/survey/make.ts).
// Reference: tests/fixtures/survey/reference.R section 7,
// svydesign(ids = ~村居编号, strata = ~层, weights = ~权重, fpc = ~村居总数, data = lc, nest = TRUE).
const file = 'data/samples/liaocheng/survey/respondents_2024.csv';

async function liaocheng(by: string[]) {
  const { table } = await loadRespondents(file);
  const rules = loadScoreRules(findScoreRules(file)!);
  const scored = scoreRespondents(table, rules);
  expect(scored.issues).toEqual([]);
  return estimate(withLiterateColumn(table, scored.literate), { variable: 'literate', stat: 'proportion', design: detectDesign(table), by, ci: 'beta' });
}

describe('loadRespondents and the Liaocheng sample', () => {
  it('recognises the design from the Chinese headers', async () => {
    const { table } = await loadRespondents(file);
    expect(table.length).toBe(4950); // lc.degf n=4950
    expect(detectDesign(table)).toEqual({ weights: '权重', strata: '层', clusters: ['村居编号'], fpc: ['村居总数'] });
    expect(table.roles).toMatchObject({ district: '区县', district_code: '区县代码', urban_rural: '城乡', age: '年龄', age_group: '年龄段', education: '文化程度' });
    expect(table.source?.rows[0]).toBe(2);
  });

  it('gives a city share near 14% that matches R', async () => {
    const { rows, design } = await liaocheng([]);
    // lc.mean.literate est=0.14064920288932 se=0.00737268920232808 deff=2.22843160927346; lc.degf df=144
    // lc.ciprop.beta ci=0.126340228998493,0.155928104496270
    expect(design).toMatchObject({ strata: 16, psus: 160, df: 144 });
    expectSig(rows[0]!.estimate, 14.064920288932, 12, 'share');
    expectSig(rows[0]!.se, 0.737268920232808, 12, 'se');
    expectSig(rows[0]!.deff, 2.22843160927346, 12, 'deff');
    expectSig(rows[0]!.ci_low, 12.6340228998493, 12, 'ci_low');
    expectSig(rows[0]!.ci_high, 15.592810449627, 12, 'ci_high');
  });

  it('gives every district about 600 respondents and R’s svyby estimates', async () => {
    const { rows } = await liaocheng(['区县代码']);
    const expected: [string, number, number, number, number, number][] = [
      // code, n, literate, se, ci_l, ci_u (lc.by.district.mean / .beta / .n)
      ['371502', 614, 0.146618618826658, 0.0223928325080193, 0.102477147583663, 0.200664670084629],
      ['371503', 608, 0.153870425087549, 0.0125306010029432, 0.12835930283291, 0.182236102877285],
      ['371521', 626, 0.109641556976268, 0.0152495024357068, 0.0795678998582354, 0.146189502301384],
      ['371522', 638, 0.114347373980234, 0.0181259766480767, 0.0789202045839519, 0.158537190350169],
      ['371524', 604, 0.148717395838347, 0.0137770911369159, 0.120813442736798, 0.180236285533132],
      ['371525', 637, 0.160078929235165, 0.0152317167423804, 0.129214144787645, 0.19497501580501],
      ['371526', 628, 0.142438112129055, 0.0118323294572998, 0.118393044282584, 0.169286924674594],
      ['371581', 595, 0.156161728560197, 0.0150112443481078, 0.125774871640202, 0.190589497083799],
    ];
    for (const [code, n, p, se, low, high] of expected) {
      const row = rowOf(rows, { 区县代码: code });
      expect(row.n, code).toBe(n);
      expectSig(row.estimate, p * 100, 12, `${code} share`);
      expectSig(row.se, se * 100, 12, `${code} se`);
      expectSig(row.ci_low, low * 100, 12, `${code} ci_low`);
      expectSig(row.ci_high, high * 100, 12, `${code} ci_high`);
      expect(row.reliable, code).toBe(true);
    }
  });

  it('shows that a district’s 0.8-point change on ~600 respondents is inside its error bars (issue 5)', async () => {
    const { rows } = await liaocheng(['区县代码']);
    for (const row of rows.slice(1)) {
      const halfWidth = (row.ci_high! - row.ci_low!) / 2;
      // Each district's 95% interval is 2.4–6 points either side: a 0.8-point move lies well inside it.
      expect(halfWidth, `${row.by.区县代码} half-width`).toBeGreaterThan(0.8 * 2);
      // Two independent waves with this SE: z = 0.8 / √(2 se²) < 1.96, not significant.
      expect(0.8 / Math.sqrt(2 * row.se! ** 2), `${row.by.区县代码} z`).toBeLessThan(1.96);
    }
    // The smallest district SE in R's output is 1.18 points (371526): z = 0.8 / (1.18 · √2) = 0.48.
    expect(Math.min(...rows.slice(1).map((r) => r.se!))).toBeCloseTo(1.18323294572998, 10);
  });

  it('separates urban and rural as R does', async () => {
    const { rows } = await liaocheng(['城乡']);
    // lc.by.urban.mean[农村] 0.0968247712270939 se 0.00664972275766847; [城镇] 0.193156705894823 se 0.0139399238789665
    expectSig(rowOf(rows, { 城乡: '农村' }).estimate, 9.68247712270939, 12);
    expectSig(rowOf(rows, { 城乡: '城镇' }).se, 1.39399238789665, 12);
  });

  it('refuses a missing file with FILE_NOT_FOUND', async () => {
    await expect(loadRespondents('no/such/file.csv')).rejects.toMatchObject({ code: 'FILE_NOT_FOUND' });
    expect(findScoreRules('no/such/file.csv')).toBeUndefined();
  });
});
