import { describe, expect, it } from 'vitest';
import { bundledPlanIds, loadPlan } from '../../src/plan/index.js';
import type { Plan, Target } from '../../src/plan/index.js';
import { catalogue } from '../helpers/catalogue.js';

// Counts made by reading the seeds in ../shared/seeds (their （一）…（十） headings and, for
// Linyi County, the nine rows of the 工作分工表 attachment); target figures as the seeds state them.
const load = (id: string): Plan => loadPlan(id, { indicatorIds: new Set(catalogue.keys()) }).plan;
const groups = (plan: Plan) => ({
  action: plan.actions.filter((a) => a.group === 'action').length,
  project: plan.actions.filter((a) => a.group === 'project').length,
  task: plan.actions.filter((a) => a.group === 'task').length,
});
const find = (plan: Plan, indicator: string, year?: number): Target => {
  const hits = plan.targets.filter((t) => t.indicator === indicator && t.kind !== 'qualitative' && (year === undefined || t.year === year));
  expect(hits, `${plan.id}: one ${indicator} target${year ? ` for ${year}` : ''}`).toHaveLength(1);
  return hits[0]!;
};

describe('bundled seed plans', () => {
  // Read in the seeds: each title (the words after 全民科学素质行动), Dandong's heading （送审稿）, and
  // the word each notice or text uses for its sub-regions (临沂: 各县区人民政府; 丹东: 各县（市）区要…;
  // 临猗县: 各乡(镇)人民政府; 聊城, 德州: 各县（市、区）人民政府).
  it('names each document and its sub-regions as the seed does', () => {
    const words = Object.fromEntries(bundledPlanIds().map((id) => {
      const plan = load(id);
      return [id, [plan.documentName.zh, plan.documentShortName.zh, plan.draftStatus?.zh ?? '', plan.subregions.zh]];
    }));
    expect(words).toEqual({
      dandong: ['规划纲要', '纲要', '送审稿', '各县（市）区'],
      dezhou: ['计划纲要实施方案', '方案', '', '各县（市、区）'],
      liaocheng: ['规划纲要实施方案', '方案', '', '各县（市、区）'],
      linyi: ['规划纲要实施方案', '方案', '', '各县区'],
      'linyi-county': ['规划纲要实施方案', '方案', '', '各乡镇'],
    });
  });

  it('words them in English too: Dandong an outline, draft for approval; Linyi County’s sub-regions the townships', () => {
    expect([load('dandong').documentName.en, load('dandong').draftStatus?.en]).toEqual(['outline', 'draft for approval']);
    expect(load('dezhou').documentName.en).toBe('implementation plan');
    expect(load('linyi-county').subregions.en).toBe('the townships');
  });

  it('bundles all five plans, and each validates against the indicator catalogue', () => {
    expect(bundledPlanIds()).toEqual(['dandong', 'dezhou', 'liaocheng', 'linyi', 'linyi-county']);
    for (const id of bundledPlanIds()) expect(() => load(id), id).not.toThrow();
  });

  it('Liaocheng 2021–2025: literacy share above 15% by 2025; 5 actions, 4 projects', () => {
    const plan = load('liaocheng');
    expect(plan.period).toEqual({ start: 2021, end: 2025 });
    expect(plan.jurisdiction.code).toBe('371500');
    expect(find(plan, 'literacy_share', 2025)).toMatchObject({ comparator: '>', value: 15, unit: '%', kind: 'level' });
    expect(groups(plan)).toEqual({ action: 5, project: 4, task: 0 });
  });

  it('Linyi 十四五: farmers, tutors, online museum, venues, outdoor facilities, demonstration counties; milestones', () => {
    const plan = load('linyi');
    expect(plan.documentNumber).toBe('临政字〔2022〕58号');
    expect(find(plan, 'trained_farmers')).toMatchObject({ kind: 'cumulative', comparator: '>=', value: 15000, year: 2025 });
    expect(find(plan, 'trained_teachers')).toMatchObject({ kind: 'annual', comparator: '>=', value: 150 });
    expect(find(plan, 'online_museum_episodes')).toMatchObject({ kind: 'annual', comparator: '>=', value: 50 });
    expect(find(plan, 'venues_large')).toMatchObject({ kind: 'per_subregion', scope: { type: 'each_subregion' }, comparator: '>=', value: 1, share: 1 });
    expect(find(plan, 'outdoor_facilities')).toMatchObject({ kind: 'per_subregion', comparator: '>=', value: 3 });
    expect(find(plan, 'demo_counties')).toMatchObject({ kind: 'level', comparator: '>=', value: 2 });
    expect(plan.milestones.map((m) => [m.start, m.end, m.stage])).toEqual([[2022, 2022, 'launch'], [2023, 2024, 'midterm'], [2025, 2025, 'final']]);
    expect(groups(plan)).toEqual({ action: 5, project: 4, task: 0 });
  });

  it('Dandong 2021–2035: 15% by 2025 and 25% by 2035; a draft outline', () => {
    const plan = load('dandong');
    expect([plan.period, plan.draft, plan.kind]).toEqual([{ start: 2021, end: 2035 }, true, 'outline']);
    expect(find(plan, 'literacy_share', 2025)).toMatchObject({ comparator: '>=', value: 15 });
    expect(find(plan, 'literacy_share', 2035)).toMatchObject({ comparator: '>=', value: 25 });
    expect(plan.targets.some((t) => t.kind === 'qualitative' && t.quote.includes('不均衡明显改善'))).toBe(true);
    expect(groups(plan)).toEqual({ action: 5, project: 4, task: 0 });
  });

  it('Linyi County 2021–2025: 14.5% by 2025; the 工作分工表 as nine tasks with lead units', () => {
    const plan = load('linyi-county');
    expect(plan.jurisdiction.level).toBe('county');
    expect(find(plan, 'literacy_share', 2025)).toMatchObject({ comparator: '>=', value: 14.5 });
    expect(groups(plan)).toEqual({ action: 5, project: 4, task: 9 });
    const table = plan.actions.filter((a) => a.group === 'task');
    expect(table[0]).toMatchObject({ number: 1, lead: ['县教育局'] });
    expect(table[2]!.lead).toEqual(['县总工会', '县工科局']);
    expect(table.every((t) => t.lead.length > 0)).toBe(true);
  });

  it('Dezhou 2016–2020: 10.5% by 2020, county per-capita special funding ≥ 1 yuan, half of counties with a venue', () => {
    const plan = load('dezhou');
    expect(plan.period).toEqual({ start: 2016, end: 2020 });
    expect(find(plan, 'literacy_share', 2020)).toMatchObject({ comparator: '>=', value: 10.5 });
    expect(find(plan, 'special_funding_per_capita')).toMatchObject({ kind: 'per_subregion', comparator: '>=', value: 1, unit: '元', share: 1 });
    expect(find(plan, 'county_science_museums')).toMatchObject({ kind: 'per_subregion', share: 0.5, value: 1 });
    expect(plan.milestones.filter((m) => m.stage !== 'launch').map((m) => [m.start, m.end, m.stage])).toEqual([[2017, 2019, 'implementation'], [2020, 2020, 'final']]);
    expect(groups(plan)).toEqual({ action: 4, project: 6, task: 0 });
  });

  it('keeps goals stated only in words as qualitative targets', () => {
    for (const id of ['dandong', 'linyi-county', 'dezhou']) {
      expect(load(id).targets.some((t) => t.kind === 'qualitative'), id).toBe(true);
    }
  });
});
