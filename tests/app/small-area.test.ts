import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assessWorkspace, evaluateWorkspace, loadWorkspace } from '../../src/app/index.js';
import { withoutAuxiliaries } from '../../src/app/small-area.js';
import { InputError, KepuError } from '../../src/errors/index.js';
import { repoRoot } from '../helpers/cli.js';
import { fromR } from '../survey/sae/r-reference.js';

// tests/fixtures/sae/workspace: districts.csv as a workspace. Its numbers are R's (reference.out).
const fixture = join(repoRoot, 'tests/fixtures/sae/workspace');
const ws = await loadWorkspace(fixture);
const a = assessWorkspace(ws);
const order = ['371502', '371503', '371521', '371522', '371524', '371525', '371526', '371581'];

/** A copy of the fixture with one file rewritten, loaded and assessed; returns what was thrown. */
async function refusalOf(file: string, edit: (text: string) => string): Promise<unknown> {
  const dir = mkdtempSync(join(tmpdir(), 'kepu-sae-'));
  cpSync(fixture, dir, { recursive: true });
  writeFileSync(join(dir, file), edit(readFileSync(join(dir, file), 'utf8')));
  try {
    assessWorkspace(await loadWorkspace(dir));
  } catch (e) {
    return e;
  }
  return undefined;
}

describe('workspaceSmallArea on the eight-district fixture', () => {
  const m = a.smallArea!;

  it('models every district of 2024 on urbanisation and college share, as R sae does: σ²_u = 4.2008', () => {
    expect(m).toMatchObject({ method: 'fay_herriot', indicator: 'literacy_share', parent: '371500', year: 2024, auxiliaries: ['urbanisation_rate', 'college_share'], unbenchmarked: null });
    expect(m.estimates.map((e) => e.region)).toEqual(order);
    expect(m.sigma2u).toBeCloseTo(fromR('districts.reml', 'sigma2u')[0]!, 6);
    m.estimates.forEach((e, d) => {
      expect(e.eblup).toBeCloseTo(fromR('districts.eblup', 'value')[d]!, 6);
      expect(e.eblup_mse).toBeCloseTo(fromR('districts.mse', 'value')[d]!, 6);
      expect(e.gamma).toBeCloseTo(fromR('districts.gamma', 'value')[d]!, 6);
    });
  });

  it('benchmarks to the city’s own 12.9% with the 18–69 population as weights: estimates and RMSE as in R', () => {
    expect(m.benchmark).toMatchObject({ target: 12.9, weight: 'population_18_69' });
    expect(m.benchmark!.adjustment).toBeCloseTo(fromR('districts.benchmark', 'adjustment')[0]!, 6);
    m.estimates.forEach((e, d) => {
      expect(e.estimate).toBeCloseTo(fromR('districts.benchmarked', 'value')[d]!, 6);
      expect(e.rmse).toBeCloseTo(Math.sqrt(fromR('districts.benchmarked', 'mse')[d]!), 6);
    });
  });

  it('puts the estimate beside the direct value of each district row, and leaves value and status as without the model', () => {
    const plain = assessWorkspace({ ...ws, config: { ...ws.config, small_area: undefined } });
    expect(plain.smallArea).toBeUndefined();
    const strip = (r: (typeof a.rows)[number]) => ({ ...r, small_area_estimate: null, small_area_rmse: null, small_area_gamma: null, small_area_benchmarked: null, small_area_method: null });
    expect(a.rows.map(strip)).toEqual(plain.rows);
    const gaotang = a.rows.find((r) => r.region === '371526')!;
    // Its direct estimate (13.6%, se 4.3) is suppressed by the presentation standard: not judged, its small-area estimate beside it.
    expect(gaotang).toMatchObject({ role: 'subregion', value: null, value_presentation: 'suppressed', status_reason: 'estimate_suppressed', small_area_method: 'fay_herriot', small_area_benchmarked: true });
    expect(gaotang.small_area_estimate).toBeCloseTo(fromR('districts.benchmarked', 'value')[6]!, 6);
    expect(a.rows.find((r) => r.role === 'target')).toMatchObject({ small_area_estimate: null, small_area_method: null });
  });

  it('gives `kepu evaluate` (the series path) the same fields', () => {
    const { rows } = evaluateWorkspace(ws);
    expect(rows.map((r) => r.small_area_estimate)).toEqual(a.rows.map((r) => r.small_area_estimate));
  });

  it('does not ask districts for the census auxiliaries on forms or in status', () => {
    expect([...withoutAuxiliaries(ws).keys()]).not.toContain('urbanisation_rate');
    expect(ws.indicators.has('urbanisation_rate')).toBe(true);
  });
});

describe('workspaceSmallArea without a benchmark', () => {
  it('reports the EBLUP and its own MSE when a district lacks its 18–69 population (missing_weight)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kepu-sae-'));
    cpSync(fixture, dir, { recursive: true });
    const file = join(dir, 'data/population.csv');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^冠县.*\n/m, ''));
    const m = assessWorkspace(await loadWorkspace(dir)).smallArea!;
    expect(m).toMatchObject({ benchmark: null, unbenchmarked: 'missing_weight' });
    m.estimates.forEach((e, d) => {
      expect(e.estimate).toBeCloseTo(fromR('districts.eblup', 'value')[d]!, 6);
      expect(e.rmse).toBeCloseTo(Math.sqrt(fromR('districts.mse', 'value')[d]!), 6);
    });
  });
});

describe('workspaceSmallArea refusals', () => {
  it('refuses a district without an auxiliary value: SURVEY_SAE_MISSING_AUXILIARY at small_area.auxiliaries[0]', async () => {
    const e = await refusalOf('data/census.csv', (t) => t.replace(/^冠县,2020,42.0,/m, '冠县,2020,,'));
    expect(e).toBeInstanceOf(KepuError);
    expect(e).toMatchObject({ code: 'SURVEY_SAE_MISSING_AUXILIARY', args: { region: '冠县', auxiliary: 'urbanisation_rate', year: 2024 }, where: { file: 'kepu.config.yaml', path: ['small_area', 'auxiliaries', 0] } });
  });

  it('refuses a direct estimate without a standard error: SURVEY_SAE_NO_STANDARD_ERROR', async () => {
    const e = await refusalOf('data/literacy.csv', (t) => t.replace('冠县,2024,公民具备科学素质的比例,总体,8.10,2.60', '冠县,2024,公民具备科学素质的比例,总体,8.10,'));
    expect(e).toMatchObject({ code: 'SURVEY_SAE_NO_STANDARD_ERROR', args: { region: '冠县', year: 2024 }, where: { path: ['small_area', 'indicator'] } });
  });

  it('refuses four districts for two auxiliaries: SURVEY_SAE_TOO_FEW_AREAS', async () => {
    const e = await refusalOf('data/literacy.csv', (t) => t.replace(/^(东阿县|冠县|高唐县|临清市),2024.*\n/gm, ''));
    expect(e).toMatchObject({ code: 'SURVEY_SAE_TOO_FEW_AREAS', args: { areas: 4, parameters: 3, indicator: 'literacy_share', year: 2024 } });
  });

  it('refuses the same auxiliary twice: SURVEY_SAE_SINGULAR_DESIGN', async () => {
    const e = await refusalOf('kepu.config.yaml', (t) => t.replace('auxiliaries: [urbanisation_rate, college_share]', 'auxiliaries: [urbanisation_rate, urbanisation_rate]'));
    expect(e).toMatchObject({ code: 'SURVEY_SAE_SINGULAR_DESIGN' });
  });

  it('refuses an auxiliary that is no indicator when the workspace loads, naming the config key', async () => {
    const e = await refusalOf('kepu.config.yaml', (t) => t.replace('college_share]', 'colege_share]'));
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).issues).toMatchObject([{ code: 'PLAN_UNKNOWN_INDICATOR', args: { indicator: 'colege_share', suggestion: 'college_share' }, where: { file: 'kepu.config.yaml', path: ['small_area', 'auxiliaries', 1] } }]);
  });
});
