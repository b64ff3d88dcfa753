import { describe, expect, it } from 'vitest';
import { kepu } from '../helpers/cli.js';

const SAMPLE = 'data/samples/liaocheng/survey/respondents_2024.csv';

describe('kepu survey estimate', () => {
  it('prints the issue-5 JSON contract for the Liaocheng sample, finding the rule and the design by itself', () => {
    const { code, stdout } = kepu(['survey', 'estimate', SAMPLE, '--by', '区县', '--format', 'json']);
    expect(code).toBe(0);
    const rows = JSON.parse(stdout) as Record<string, unknown>[];
    expect(rows).toHaveLength(9);
    for (const key of ['by', 'stat', 'estimate', 'se', 'ci', 'deff', 'n', 'weighted_n', 'reliable', 'n_eff', 'cv', 'n_missing']) expect(rows[0], key).toHaveProperty(key);
    // R (reference.R §7): lc.mean.literate est=0.14064920288932, lc.ciprop.beta ci=0.126340228998493,0.15592810449627
    expect(rows[0]).toMatchObject({ by: {}, stat: 'proportion', n: 4950, reliable: true });
    expect(rows[0]!.estimate as number).toBeCloseTo(14.064920288932, 9);
    expect((rows[0]!.ci as number[])[0]).toBeCloseTo(12.6340228998493, 9);
    expect(rows.slice(1).map((r) => (r.by as Record<string, string>).区县)).toContain('阳谷县');
  });

  it('prints a table that names the design and the interval method, in English with --lang en', () => {
    const { code, stdout } = kepu(['--lang', 'en', 'survey', 'estimate', SAMPLE, '--by', '城乡', '--ci', 'wilson']);
    expect(code).toBe(0);
    expect(stdout).toContain('16 strata (层)');
    expect(stdout).toContain('160 PSUs (村居编号)');
    expect(stdout).toContain('Wilson 95% intervals');
    expect(stdout).toMatch(/城镇\s+19\.32/); // R: lc.by.urban.mean[城镇] 0.193156705894823
  });

  it('marks unreliable domains in the table and warns on stderr', () => {
    const { code, stdout, stderr } = kepu(['survey', 'estimate', 'tests/fixtures/survey/respondents.csv', '--by', 'age_group']);
    expect(code).toBe(0);
    expect(stdout).toContain('不可靠（CV 过大、样本少）');
    expect(stderr).toContain('以下估计不可靠');
  });

  it('takes the design from flags: --cluster psu,ssu --fpc fpc1,fpc2, and a ratio', () => {
    const args = ['survey', 'estimate', 'tests/fixtures/survey/respondents.csv', '--no-detect', '--weight', 'weight', '--strata', 'stratum', '--cluster', 'psu,ssu', '--fpc', 'fpc1,fpc2'];
    const { stdout } = kepu([...args, '--var', 'knowledge', '--stat', 'ratio', '--denominator', 'total_score', '--format', 'json']);
    // R: two.ratio est=0.398314205479238 se=0.00206788939741977
    const [row] = JSON.parse(stdout) as { estimate: number; se: number }[];
    expect(row!.se).toBeCloseTo(0.00206788939741977, 14);
    const csv = kepu([...args, '--by', 'district', '--format', 'csv']).stdout;
    expect(csv.startsWith('\uFEFFdistrict,estimate,se,ci_low,ci_high,')).toBe(true);
  });

  it('refuses a single-PSU stratum with its row, exit 1, and accepts it with --lonely-psu', () => {
    const args = ['survey', 'estimate', 'tests/fixtures/survey/lonely.csv', '--var', 'y', '--strata', 'stratum', '--cluster', 'psu', '--weight', 'weight'];
    const failed = kepu(args);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain('lonely.csv 第 20 行 A 列（stratum）：“S2”在第一阶段');
    const adjusted = kepu([...args, '--lonely-psu', 'adjust', '--format', 'json']);
    expect(adjusted.code).toBe(0);
    // R: lonely.adjust.mean.y se=1.05683471568594
    expect((JSON.parse(adjusted.stdout) as { se: number }[])[0]!.se).toBeCloseTo(1.05683471568594, 12);
  });

  it('asks for a variable when there is neither --var nor a rule file', () => {
    const { code, stderr } = kepu(['--lang', 'en', 'survey', 'estimate', 'tests/fixtures/survey/bad/SURVEY_LONELY_PSU.csv']);
    expect(code).toBe(1);
    expect(stderr).toContain('nothing to estimate. Name a column with --var');
  });

  it('rakes the weights with --rake and reports the convergence (R: rake.two in reference.R §8)', () => {
    const args = ['survey', 'estimate', 'tests/fixtures/survey/respondents.csv', '--rake', 'tests/fixtures/survey/margins.csv'];
    const { code, stdout, stderr } = kepu([...args, '--format', 'json']);
    expect(code).toBe(0);
    const [row] = JSON.parse(stdout) as { estimate: number; se: number }[];
    // rake.two.mean.literate est=0.0851812570455588 se=0.0178423101208784 (the detected two-stage design)
    expect(row!.estimate).toBeCloseTo(8.51812570455588, 8);
    expect(row!.se).toBeCloseTo(1.78423101208784, 8);
    expect(stderr).toMatch(/^权重校准：迭代比例拟合（gender、age_group、urban_rural），\d+ 轮，.*已收敛；校准后总体 12万$/m);
    const table = kepu(['--lang', 'en', ...args, '--rake', 'tests/fixtures/survey/margins-cross.csv']);
    expect(table.stdout).toContain('calibration: post-stratified on gender×age_group, 1 iteration(s)');
    expect(table.stdout).toContain('converged; population 120,000');
  });

  it('takes standard errors from replicate weights with --replicates (R: jkn.sc in reference.R §9)', () => {
    const args = ['survey', 'estimate', 'tests/fixtures/survey/respondents.csv', '--no-detect', '--weight', 'weight', '--strata', 'stratum', '--cluster', 'psu', '--var', 'total_score'];
    const { code, stdout } = kepu([...args, '--replicates', 'jkn', '--format', 'json']);
    expect(code).toBe(0);
    // jkn.sc.mean.total_score se=0.815226933641441
    expect((JSON.parse(stdout) as { se: number }[])[0]!.se).toBeCloseTo(0.815226933641441, 12);
    expect(kepu([...args, '--replicates', 'jkn']).stdout).toContain('方差：JKn 分层刀切法（32 个重复）');
    const boot = kepu(['--lang', 'en', ...args, '--replicates', 'bootstrap:200:7']);
    expect(boot.stdout).toContain('variance: Rao–Wu bootstrap (200 replicates, seed 7)');
    expect(kepu(['--lang', 'en', ...args, '--replicates', 'bootstrap:200:7']).stdout).toBe(boot.stdout);
  });

  it('refuses margins that do not fit the sample, and a JK1 on strata, with exit 1', () => {
    const base = ['survey', 'estimate', 'tests/fixtures/survey/respondents.csv'];
    const empty = kepu([...base, '--rake', 'tests/fixtures/survey/bad/SURVEY_MARGIN_EMPTY_CATEGORY.csv']);
    expect(empty.code).toBe(1);
    expect(empty.stderr).toContain('SURVEY_MARGIN_EMPTY_CATEGORY.csv 第 4 行 B 列（level）：变量“gender”的类别“其他”在样本中没有受访者');
    const missing = kepu(['--lang', 'en', ...base, '--rake', 'tests/fixtures/survey/bad/SURVEY_MARGIN_MISSING_CATEGORY.csv']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('respondents.csv row 14, column M (age_group): a respondent\'s "age_group" is "60-69"');
    const jk1 = kepu([...base, '--replicates', 'jk1']);
    expect(jk1.code).toBe(1);
    expect(jk1.stderr).toContain('请改用 --replicates jkn');
  });

  it('names each domain in the table by the column the file has (--by district finds 区县)', () => {
    const { code, stdout } = kepu(['survey', 'estimate', 'data/samples/liaocheng/survey/respondents_2024.csv', '--score', 'data/samples/liaocheng/survey/score-rules.yaml', '--by', 'district']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^区县\s/m);
    expect(stdout).toMatch(/^茌平区\s/m);
  });
});
