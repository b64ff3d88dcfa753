import { describe, expect, it } from 'vitest';
import { bindContext } from '../../src/report/bind.js';
import { expandTemplate } from '../../src/report/template.js';
import { cityWith, ind, indicatorMap, planWith, target } from '../helpers/builders.js';
import { assessmentWith, evalRow } from '../helpers/report.js';

/**
 * A hand-built assessment for 示例市 in 2023: its literacy target (> 15% by 2025, baseline 10.56% in
 * 2020) stands at 14.14%. The figures the evaluation would have computed are written out:
 * completion 14.14 ÷ 15 = 0.9427; distance (14.14 − 10.56) ÷ (15 − 10.56) = 3.58 ÷ 4.44 = 0.8063;
 * time (2023 − 2020) ÷ (2025 − 2020) = 0.6; change +3.58 points.
 */
const regions = cityWith([['A', '甲县'], ['B', '乙县']]);
const indicators = indicatorMap(ind('literacy_share', { name: { zh: '公民具备科学素质的比例', en: 'Science literacy' }, unit: '%', decimals: 1, valueType: 'share', aggregation: 'none', temporal: 'rate' }));
const plan = planWith([target('lit', { indicator: 'literacy_share', comparator: '>', value: 15, unit: '%', baseline: { year: 2020, value: 10.56 } })]);
const literacy = evalRow({
  value: 14.14, value_year: 2023, baseline: 10.56, baseline_year: 2020, target: 15, comparator: '>',
  completion_rate: 14.14 / 15, distance_progress: 3.58 / 4.44, time_progress: 0.6, change: 3.58, reach_year: 2025, status: 'on_track',
});
const subregion = evalRow({ role: 'subregion', region: 'A', region_name: '甲县', value: 9.5, value_year: 2023, target: 15, status: 'behind' });
const a = assessmentWith({ plan, regions, indicators, year: 2023, rows: [literacy, subregion] });
const options = { kind: 'midterm' as const, lang: 'zh' as const, date: '2025-03-31' };

describe('bindContext', () => {
  const context = bindContext(a, options) as Record<string, Record<string, unknown>>;

  it('words the headline target with the indicator’s decimals, the target as the plan states it, and whole percentages', () => {
    expect(context.headline).toMatchObject({
      exists: true, name: '公民具备科学素质的比例', value: '14.1%', value_year: 2023, target: '超过15%', target_year: 2025,
      completion: '94%', distance: '81%', time: '60%', status: '进度正常', baseline: '10.6%', baseline_year: 2020,
      change: '+3.6个百分点', reach: '按现有趋势可于2025年实现',
    });
  });

  it('words the change since the baseline for prose (提高3.6个百分点), and an unchanged value as such', () => {
    expect(context.headline).toMatchObject({ change_words: '提高3.6个百分点', unchanged: false });
    const flat = assessmentWith({ plan, regions, indicators, year: 2023, rows: [evalRow({ ...literacy, value: 10.58, change: 0.02 })] });
    expect((bindContext(flat, options) as Record<string, unknown>).headline).toMatchObject({ change_words: '持平', unchanged: true });
  });

  it('sets the flags templates branch on: ahead of schedule (0.81 ≥ 0.6), neither achieved nor behind', () => {
    expect(context.headline).toMatchObject({ has_value: true, ahead: true, achieved: false, behind: false });
  });

  it('resolves a template placeholder to the formatted value', () => {
    const { lines, issues } = expandTemplate('{{region.name}}{{report.date_text}}：比例为{{headline.value}}，完成率{{headline.completion}}。', context, 't.md');
    expect(issues).toEqual([]);
    expect(lines.map((l) => l.text)).toEqual(['示例市2025年3月：比例为14.1%，完成率94%。']);
  });

  it('names the report, its office by default and the plan period', () => {
    expect(context.report).toMatchObject({ kind: '中期评估报告', year: 2023, date_text: '2025年3月', office: '示例市全民科学素质工作领导小组办公室', midterm: true, final: false });
    expect(context.plan).toMatchObject({ title: '测试方案', period: '2021—2025年', start: 2021, end: 2025 });
  });

  it('counts the jurisdiction’s own targets only, not the sub-regions’ rows', () => {
    expect(context.counts).toMatchObject({ total: 1, on_track: 1, behind: 0, summary: '进度正常1项' });
    expect(context.targets).toHaveLength(1);
  });

  it('reports on a sub-region with its own rows when asked', () => {
    const own = bindContext(a, { ...options, region: 'A' }) as Record<string, Record<string, unknown>>;
    expect(own.region).toEqual({ code: 'A', name: '甲县', is_jurisdiction: false, subregions: 2 });
    expect(own.headline).toMatchObject({ value: '9.5%', status: '进度滞后', behind: true });
    expect(own.report, 'the kind of report names the region, the plan stays the city’s').toMatchObject({ kind: '中期评估报告（甲县）' });
  });

  it('words the same figures in English', () => {
    const en = bindContext(a, { ...options, lang: 'en' }) as Record<string, Record<string, unknown>>;
    expect(en.headline).toMatchObject({ name: 'Science literacy', value: '14.1%', target: '>15%', status: 'on track', change: '+3.6 pp', reach: 'reached by 2025 on the current trend' });
    // Label and count apart in English ("on track 1", not "on track1"); Chinese writes 进度正常1项.
    expect(en.counts).toMatchObject({ summary: 'on track 1' });
    expect(en.report).toMatchObject({ kind: 'Midterm Evaluation Report', date_text: '2025-03', office: 'Office of the 示例市 Science Literacy Leading Group' });
  });

  it('titles actions in English by their English name, else the Chinese with the untranslated marker', () => {
    const actions = [
      { id: 'youth', group: 'action' as const, title: '青少年科学素质提升行动', titleEn: 'Youth science literacy', lead: [], responsible: [], measures: [] },
      { id: 'farmers', group: 'action' as const, title: '农民科学素质提升行动', lead: [], responsible: [], measures: [] },
    ];
    const withActions = assessmentWith({ plan: { ...plan, actions }, regions, indicators, year: 2023 });
    const en = bindContext(withActions, { ...options, lang: 'en' }) as unknown as { actions: { title: string }[] };
    expect(en.actions.map((x) => x.title)).toEqual(['Youth science literacy', '农民科学素质提升行动 [untranslated]']);
    const zh = bindContext(withActions, options) as unknown as { actions: { title: string }[] };
    expect(zh.actions.map((x) => x.title)).toEqual(['青少年科学素质提升行动', '农民科学素质提升行动']);
  });

  it('names lead units in English where the plan gives English names, one marker for those it does not', () => {
    const units = [{ name: '市科协', en: 'Association for Science and Technology', aliases: [] }, { name: '市教育局', aliases: [] }];
    const actions = [{ id: 'youth', group: 'action' as const, title: '青少年科学素质提升行动', lead: ['市科协', '市教育局'], responsible: [], measures: [] }];
    const withUnits = assessmentWith({ plan: { ...plan, units, actions }, regions, indicators, year: 2023 });
    const en = bindContext(withUnits, { ...options, lang: 'en' }) as unknown as { actions: { lead: string }[] };
    expect(en.actions[0]!.lead).toBe('Association for Science and Technology, 市教育局 [untranslated]');
    const zh = bindContext(withUnits, options) as unknown as { actions: { lead: string }[] };
    expect(zh.actions[0]!.lead).toBe('市科协、市教育局');
  });

  it('gives an empty headline, with dashes, when the region has no target', () => {
    const none = bindContext(assessmentWith({ plan, regions, indicators, year: 2023 }), options) as Record<string, Record<string, unknown>>;
    expect(none.headline).toMatchObject({ exists: false, value: '—', target: '—', status: '' });
    expect(none.counts).toMatchObject({ total: 0, summary: '' });
  });

  it('takes the office and notice given', () => {
    const given = bindContext(a, { ...options, office: '某办公室', notice: '数据为示例' }) as Record<string, unknown>;
    expect((given.report as Record<string, unknown>).office).toBe('某办公室');
    expect(given).toMatchObject({ notice: '数据为示例', has_notice: true });
  });
});

describe('bindContext: the plan’s own words', () => {
  it('names the document and the sub-regions from the plan (实施方案, 方案, 各县（市、区）), with no draft mark for an adopted plan', () => {
    const context = bindContext(a, options) as Record<string, Record<string, unknown>>;
    expect(context.plan).toMatchObject({ document_name: '实施方案', document_title: '实施方案', document_short: '方案', draft: false, draft_status: '', draft_mark: '', subregions: '各县（市、区）' });
  });

  it('marks a draft with its stage, （送审稿） in Chinese and (draft for approval) in English, and capitalises the English title words', () => {
    const draft = assessmentWith({ plan: { ...plan, draft: true, draftStatus: { zh: '送审稿', en: 'draft for approval' } }, regions, indicators, year: 2023, rows: [literacy] });
    expect((bindContext(draft, options) as Record<string, Record<string, unknown>>).plan).toMatchObject({ draft_status: '送审稿', draft_mark: '（送审稿）' });
    expect((bindContext(draft, { ...options, lang: 'en' }) as Record<string, Record<string, unknown>>).plan).toMatchObject({
      document_name: 'implementation plan', document_title: 'Implementation Plan', draft_mark: ' (draft for approval)', subregions: 'the counties and districts',
    });
  });
});

describe('bindContext: a sub-region’s findings', () => {
  // The city's target is behind (14.14% against 15%, distance 0.40 < time 0.6): a finding about 示例市, naming no district.
  const behind = evalRow({ ...literacy, distance_progress: 0.4, status: 'behind' });
  const city = assessmentWith({ plan, regions, indicators, year: 2023, rows: [behind, subregion] });

  it('keeps the jurisdiction’s findings in the jurisdiction’s report', () => {
    const context = bindContext(city, options) as Record<string, unknown>;
    expect((context.top_findings as string[]).some((t) => t.startsWith('公民具备科学素质的比例进度滞后'))).toBe(true);
  });

  it('gives a sub-region its own achievements (乙县 16.0% against 15% in 2023, early), and the jurisdiction none of them', () => {
    const met = evalRow({ role: 'subregion', region: 'B', region_name: '乙县', value: 16, value_year: 2023, target: 15, target_year: 2025, status: 'achieved' });
    const withMet = assessmentWith({ plan, regions, indicators, year: 2023, rows: [behind, subregion, met] });
    const own = bindContext(withMet, { ...options, region: 'B' }) as Record<string, unknown>;
    expect(own.achievements).toEqual(['公民具备科学素质的比例已提前实现目标（2023年为16.0%）。']);
    expect(bindContext(withMet, options) as Record<string, unknown>).toMatchObject({ achievements: [], has_achievements: false });
  });

  it('leaves them out of a sub-region’s report, which says it has none of its own', () => {
    const context = bindContext(city, { ...options, kind: 'brief', region: 'A' }) as Record<string, unknown>;
    expect(context.top_findings).toEqual([]);
    expect(context.has_top_findings).toBe(false);
  });
});
