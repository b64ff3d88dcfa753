import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assessWorkspace, loadWorkspace } from '../../src/app/index.js';
import { repoRoot } from '../helpers/cli.js';

const ids = ['liaocheng', 'linyi', 'dandong', 'linyi-county', 'dezhou'];

// The samples' stories are told in each data/samples/<id>/README.md; these are the figures in their data files.
describe('sample workspaces', () => {
  it.each(ids)('%s loads without errors and is evaluated for its configured year', async (id) => {
    const ws = await loadWorkspace(join(repoRoot, 'data/samples', id));
    expect(ws.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const a = assessWorkspace(ws);
    expect(a.year).toBe(id === 'dezhou' ? 2020 : 2024);
    expect(a.rows.filter((r) => r.role === 'target').length).toBe(ws.plan.targets.length);
    expect(a.rows.some((r) => r.status !== 'not_assessable')).toBe(true);
  });

  it('Liaocheng: the city at 13.9% in 2024 is behind schedule for > 15% in 2025 (d = 3.1 / 4.2 = 73.8% < s = 80%), but only 68% likely', async () => {
    const a = assessWorkspace(await loadWorkspace(join(repoRoot, 'data/samples/liaocheng')));
    const city = a.rows.find((r) => r.indicator === 'literacy_share' && r.role === 'target')!;
    // se 0.48 (2020) and 0.53 (2024): P(behind) = Φ((13.9 − 0.6·10.8 − 0.4·15)/√(0.53² + 0.36·0.48²))
    // − Φ((13.9 − 0.2·10.8 − 0.8·15)/√(0.53² + 0.04·0.48²)) = 0.9907 − 0.3147 = 0.676 < 0.8: 不确定.
    expect(city).toMatchObject({ value: 13.9, baseline: 10.8, status: 'uncertain', likeliest_status: 'behind', method_statuses: { schedule: 'behind' } });
    expect(city.status_probability).toBeCloseTo(0.676, 3);
    expect(city.distance_progress).toBeCloseTo(3.1 / 4.2, 10);
    // 冠县 did not report 2025: the 2025 city totals cover 7 of 8 districts.
    const all = assessWorkspace(await loadWorkspace(join(repoRoot, 'data/samples/liaocheng')), { year: 2025 });
    expect(all.values.find((v) => v.region === '371500' && v.year === 2025 && v.indicator === 'special_funding')!.coverage).toBe('7/8');
  });

  it('Linyi: 9,610 farmers trained by 2024 of 15,000, behind the 4/5 schedule; online episodes met every year', async () => {
    const a = assessWorkspace(await loadWorkspace(join(repoRoot, 'data/samples/linyi')));
    const farmers = a.rows.find((r) => r.indicator === 'trained_farmers')!;
    expect(farmers).toMatchObject({ value: 9610, status: 'behind' });
    expect(farmers.time_progress).toBeCloseTo(4 / 5, 10);
    expect(a.rows.find((r) => r.indicator === 'online_museum_episodes')!.status).toBe('achieved');
  });

  it('Dezhou: 10.8% in 2020 meets 10.5% on its point estimate only (77% likely); 5 of 11 counties have a county science museum against about half', async () => {
    const a = assessWorkspace(await loadWorkspace(join(repoRoot, 'data/samples/dezhou')));
    // 10.8% (se 0.41) against ≥ 10.5% in the target year: P(met) = Φ(0.3/0.41) = 0.768 < 0.8, so 不确定, likeliest met.
    const literacy = a.rows.find((r) => r.indicator === 'literacy_share' && r.role === 'target')!;
    expect(literacy).toMatchObject({ value: 10.8, status: 'uncertain', likeliest_status: 'achieved' });
    expect(literacy.status_probability).toBeCloseTo(0.768, 3);
    // Half of 11, rounded up: 6 required; 5 comply.
    expect(a.rows.find((r) => r.indicator === 'county_science_museums' && r.role === 'target')).toMatchObject({ value: 5, target: 6, compliant: 5, compliance_of: 11 });
  });
});
