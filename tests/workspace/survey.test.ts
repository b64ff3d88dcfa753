import { appendFileSync, cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors/index.js';
import { computeIndicatorValues } from '../../src/indicators/compute.js';
import type { EstimateRow } from '../../src/survey/index.js';
import { surveyObservations } from '../../src/survey/index.js';
import { assessWorkspace, loadWorkspace } from '../../src/app/index.js';
import { repoRoot } from '../helpers/cli.js';
import { expectSig } from '../helpers/survey.js';
import { r, rBy } from '../survey/r-reference.js';

/** A copy of the Liaocheng sample whose config gets `yaml` appended. */
function workspaceWith(yaml: string): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'kepu-survey-ws-')), 'ws');
  cpSync(join(repoRoot, 'data/samples/liaocheng'), dir, { recursive: true });
  appendFileSync(join(dir, 'kepu.config.yaml'), yaml);
  return dir;
}

const SURVEY = '\nsurvey:\n  file: survey/respondents_2024.csv\n  year: 2024\n';
const DISTRICTS = ['371502', '371503', '371521', '371522', '371524', '371525', '371526', '371581'];

// R: tests/fixtures/survey/reference.R §7, svydesign(ids = ~村居编号, strata = ~层, weights = ~权重,
// fpc = ~村居总数) on data/samples/liaocheng/survey/respondents_2024.csv, lines lc.*.
describe('a workspace with a survey entry', () => {
  it('feeds the design-based shares, SEs and Korn–Graubard intervals of the respondent file to the indicator table', async () => {
    const ws = await loadWorkspace(workspaceWith(`${SURVEY}  replaces_data: true\n`));
    expect(ws.issues.find((i) => i.code === 'SURVEY_REPLACED_DATA')?.args).toMatchObject({ count: 27 });
    const { values } = computeIndicatorValues(ws);
    const at = (region: string, group = 'total') => values.find((v) => v.region === region && v.year === 2024 && v.indicator === 'literacy_share' && v.group === group)!;
    const city = at('371500');
    expectSig(city.value!, 100 * r('lc.mean.literate', 'est'), 12, 'city share');
    expectSig(city.se!, 100 * r('lc.mean.literate', 'se'), 12, 'city se');
    expectSig(city.ci_low!, 100 * r('lc.ciprop.beta', 'ci', 0), 10, 'city ci_low');
    expectSig(city.ci_high!, 100 * r('lc.ciprop.beta', 'ci', 1), 10, 'city ci_high');
    expect(city).toMatchObject({ origin: 'observed', reliable: true });
    for (const code of DISTRICTS) {
      const v = at(code);
      const expected = rBy(`lc.by.district.mean[${code}]`, 'literate');
      expectSig(v.value!, 100 * expected.estimate, 12, `${code} share`);
      expectSig(v.se!, 100 * expected.se, 12, `${code} se`);
      expectSig(v.ci_low!, 100 * r(`lc.by.district.beta[${code}]`, 'ci_l'), 10, `${code} ci_low`);
    }
    expectSig(at('371500', 'urban').value!, 100 * rBy('lc.by.urban.mean[城镇]', 'literate').estimate, 12, 'urban');
    expectSig(at('371500', 'rural').se!, 100 * rBy('lc.by.urban.mean[农村]', 'literate').se, 12, 'rural se');
    // District × urban/rural domains are there too, and the survey's source is recorded.
    expect(at('371502', 'urban').value).toBeGreaterThan(0);
    expect(ws.observations.find((o) => o.region === '371500' && o.year === 2024 && o.group === 'total')!.source).toMatch(/抽样调查样本/);
    // Earlier years still come from data/literacy.csv (2023: 13.10).
    expect(at('371500').change).toBeCloseTo(100 * r('lc.mean.literate', 'est') - 13.1, 10);
  });

  it('evaluates the plan target on the survey estimate', async () => {
    const a = assessWorkspace(await loadWorkspace(workspaceWith(`${SURVEY}  replaces_data: true\n`)));
    const city = a.rows.find((row) => row.indicator === 'literacy_share' && row.role === 'target')!;
    expect(city.value).toBeCloseTo(100 * r('lc.mean.literate', 'est'), 10);
  });

  it('refuses a survey estimate that a data file also gives, naming the data file row', async () => {
    const error = await loadWorkspace(workspaceWith(SURVEY)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    const conflicts = (error as InputError).issues.filter((i) => i.code === 'SURVEY_DATA_CONFLICT');
    expect(conflicts).toHaveLength(27);
    // data/literacy.csv row 11 is 聊城市,2024,…,总体,13.90
    expect(conflicts.find((i) => i.where?.row === 11)).toMatchObject({ args: { region: '聊城市', year: 2024, group: 'total' } });
    expect(conflicts[0]!.where!.file).toMatch(/literacy\.csv$/);
  });

  it('says which respondents name no region of the workspace', async () => {
    const error = await loadWorkspace(workspaceWith(`${SURVEY}  replaces_data: true\n  region_column: 城乡\n  groups: []\n`)).catch((e: unknown) => e);
    expect((error as InputError).issues.map((i) => [i.code, i.args])).toEqual([
      ['SURVEY_UNKNOWN_REGION', { value: '城镇', column: '城乡' }],
      ['SURVEY_UNKNOWN_REGION', { value: '农村', column: '城乡' }],
    ]);
  });

  it('refuses unknown keys of a survey entry with the config line', async () => {
    const error = await loadWorkspace(workspaceWith(`${SURVEY}  weigths: 权重\n`)).catch((e: unknown) => e);
    expect((error as InputError).issues[0]).toMatchObject({ code: 'SCHEMA_UNKNOWN_FIELD', where: { path: ['survey', 'weigths'] } });
  });
});

describe('surveyObservations', () => {
  const row = (by: Record<string, string>, estimate: number): EstimateRow => ({
    by, stat: 'proportion', unit: '%', estimate, se: 1, ci_low: estimate - 2, ci_high: estimate + 2, level: 0.95, ci_method: 'beta',
    df: 10, deff: 1, n: 200, n_eff: 200, weighted_n: 1000, n_missing: 0, cv: 1 / estimate, reliable: estimate > 5, flags: [],
    presentation: { level: 'ok', reasons: [], unchecked: [] },
  });
  const target = {
    indicator: 'literacy_share', year: 2024, region: 'C', regionColumn: '区县', groupColumns: ['城乡', '性别'],
    resolveRegion: (t: string) => ({ 甲县: 'A', 乙县: 'B' })[t], source: 'survey', file: 'r.csv',
  };

  it('puts the whole sample on the region, districts on theirs and groups as breakdowns, keeping the survey’s interval and flag', () => {
    const { observations, issues } = surveyObservations(
      [row({}, 14), row({ 区县: '甲县' }, 12), row({ 城乡: '城镇' }, 19), row({ 区县: '乙县', 性别: '女' }, 4), row({ 城乡: '农村', 性别: '女' }, 9)],
      target,
    );
    expect(issues).toEqual([]);
    expect(observations.map((o) => [o.region, o.group, o.value, o.ci, o.reliable, o.n, o.df])).toEqual([
      ['C', 'total', 14, [12, 16], true, 200, 10],
      ['A', 'total', 12, [10, 14], true, 200, 10],
      ['C', 'urban', 19, [17, 21], true, 200, 10],
      ['B', 'female', 4, [2, 6], false, 200, 10],
      // urban × female has no place in the indicator table
    ]);
  });

  it('reports an unknown district or group once, with its column', () => {
    const { observations, issues } = surveyObservations([row({ 区县: '丙县' }, 1), row({ 区县: '丙县', 城乡: '城镇' }, 1), row({ 城乡: '郊区' }, 1)], target);
    expect(observations).toEqual([]);
    expect(issues.map((i) => [i.code, i.args])).toEqual([
      ['SURVEY_UNKNOWN_REGION', { value: '丙县', column: '区县' }],
      ['SURVEY_UNKNOWN_GROUP', { value: '郊区', column: '城乡' }],
    ]);
  });
});
