import { describe, expect, it } from 'vitest';
import { computeIndicatorValues } from '../../src/indicators/compute.js';
import type { ImbalanceRow } from '../../src/evaluate/imbalance.js';
import { buildTable } from '../../src/report/tables.js';
import { cityWith, ind, indicatorMap, obs, planWith, target } from '../helpers/builders.js';
import { assessmentWith, evalRow } from '../helpers/report.js';

const regions = cityWith([['A', '甲县'], ['B', '乙县']]);
const indicators = indicatorMap(
  ind('literacy_share', { name: { zh: '公民具备科学素质的比例' }, unit: '%', decimals: 1, valueType: 'share', aggregation: 'none', temporal: 'rate' }),
  ind('venues', { name: { zh: '科普场馆' }, unit: '个' }),
);
const plan = planWith([target('lit', { indicator: 'literacy_share', comparator: '>', value: 15, unit: '%' })]);
// Values as reported: 示例市 10.56 → 14.14, 甲县 9 → 9.5, 乙县 12 → 15.5 (2020 → 2023).
const { values } = computeIndicatorValues({
  regions, indicators,
  observations: obs(['C', 2020, 'literacy_share', 10.56], ['C', 2023, 'literacy_share', 14.14], ['A', 2020, 'literacy_share', 9], ['A', 2023, 'literacy_share', 9.5], ['B', 2020, 'literacy_share', 12], ['B', 2023, 'literacy_share', 15.5]),
});
const lang = 'zh' as const;

describe('buildTable', () => {
  describe('dashboard', () => {
    const rows = [
      // 需年均 (15 − 14.14) ÷ 2 = 0.43 points, shown at the indicator's one decimal.
      evalRow({ value: 14.14, value_year: 2023, target: 15, comparator: '>', completion_rate: 14.14 / 15, time_progress: 0.6, required_annual_change: 0.43, status: 'on_track' }),
      // 6 of 8 counties at the standard, value from the year before.
      evalRow({ target_id: 'venues', indicator: 'venues', kind: 'per_subregion', unit: '个', value: 6, value_year: 2022, target: 8, comparator: '>=', compliant: 6, compliance_of: 8, completion_rate: 0.75, time_progress: 0.6, status: 'behind' }),
      evalRow({ role: 'subregion', region: 'A', value: 9.5, value_year: 2023, status: 'behind' }),
    ];
    const t = buildTable('dashboard', assessmentWith({ plan, regions, indicators, year: 2023, rows, values }), { lang });

    it('shows the jurisdiction’s targets: value with decimals, target as stated with its year, whole percentages, status', () => {
      // 14.14 ÷ 15 = 94.3% → 94%; time 0.6 → 60%.
      expect(t.rows[0]).toEqual(['公民具备科学素质的比例', '14.1%', '超过15%（2025）', '94%', '60%', '+0.4个百分点', '进度正常']);
      expect(t.status?.[0]).toEqual([null, null, null, null, null, null, 'on_track']);
    });

    it('counts regions for a per-region target, completion as its note says (6 complying ÷ 8 required = 75%), and dates a value from an earlier year', () => {
      expect(t.rows[1]).toEqual(['科普场馆（达标地区）', '6个地区（2022）', '不低于8个地区（2025）', '75%', '60%', '—', '进度滞后']);
      expect(t.note).toContain('达标地区类目标为达标地区数÷要求地区数');
    });

    it('gives an annual target its latest year’s value ÷ target (63 ÷ 50 = 126%), and the years it met beside its status', () => {
      const yearly = evalRow({ target_id: 'ep', indicator: 'venues', kind: 'annual', unit: '个', value: 63, value_year: 2023, target: 50, comparator: '>=', compliant: 2, compliance_of: 3, completion_rate: 63 / 50, time_progress: 0.6, status: 'on_track' });
      const row = (l: 'zh' | 'en') => buildTable('dashboard', assessmentWith({ plan, regions, indicators, year: 2023, rows: [yearly], values }), { lang: l }).rows[0]!;
      expect(row('zh').slice(3)).toEqual(['126%', '60%', '—', '进度正常（3年中2年达标）']);
      expect(row('en')[6]).toBe('on track (2 of 3 years met)');
    });

    it('counts regions in whole numbers whatever the indicator’s decimals, and brackets years as English does', () => {
      const funding = indicatorMap(ind('funding_pc', { name: { zh: '人均科普经费', en: 'Funding per capita' }, unit: '元', decimals: 2 }));
      const row = evalRow({ target_id: 'f', indicator: 'funding_pc', kind: 'per_subregion', unit: '元', value: 9, value_year: 2020, target: 11, target_year: 2020, comparator: '>=', compliant: 9, compliance_of: 11, status: 'not_achieved' });
      const at = (l: 'zh' | 'en') => buildTable('dashboard', assessmentWith({ plan, regions, indicators: funding, year: 2020, rows: [row], values }), { lang: l }).rows[0];
      expect(at('zh')!.slice(1, 3)).toEqual(['9个地区', '不低于11个地区（2020）']);
      expect(at('en')!.slice(1, 3)).toEqual(['9 regions', '≥11 regions (2020)']);
    });

    it('leaves the sub-regions’ rows out', () => {
      expect(t.rows).toHaveLength(2);
      expect(t).toMatchObject({ name: 'dashboard', caption: '2023年主要指标完成情况' });
      expect(t.columns.map((c) => c.align ?? 'left')).toEqual(['left', 'right', 'right', 'right', 'right', 'right', 'left']);
    });
  });

  it('ranks the sub-regions on an indicator, best first, with their change in points and status', () => {
    const rows = [evalRow({ role: 'subregion', region: 'A', status: 'behind' }), evalRow({ role: 'subregion', region: 'B', status: 'achieved' })];
    const t = buildTable('regions', assessmentWith({ plan, regions, indicators, year: 2023, rows, values }), { lang });
    // 乙县 15.5 (15.5 − 12 = +3.5 points since 2020) ranks 1 of 2, 甲县 9.5 (9.5 − 9 = +0.5) 2 of 2;
    // a change of a share is in 个百分点, never "3.5%" (issue 18). No standard errors, so no CI.
    expect(t.rows).toEqual([
      ['乙县', '15.5%', '+3.5个百分点', '—', '1/2', '已达标'],
      ['甲县', '9.5%', '+0.5个百分点', '—', '2/2', '进度滞后'],
    ]);
    expect(t.caption).toBe('各地区公民具备科学素质的比例（2023年）');
    expect(t.note).toBeUndefined();
  });

  it('gives a survey-based status its probability, and an uncertain one its likeliest status, with a note saying what they mean', () => {
    const rows = [
      evalRow({ value: 12, value_year: 2023, target: 15, comparator: '>', status: 'behind', likeliest_status: 'behind', status_probability: 0.9129 }),
      evalRow({ target_id: 'lit2', value: 9.8, value_year: 2023, target: 15, comparator: '>', status: 'uncertain', status_reason: 'sampling_error', likeliest_status: 'seriously_behind', status_probability: 0.3777 }),
      evalRow({ target_id: 'lit3', value: 17.1, value_year: 2023, target: 15, comparator: '>', status: 'achieved', likeliest_status: 'achieved', status_probability: 0.9971 }),
    ];
    const zh = buildTable('dashboard', assessmentWith({ plan, regions, indicators, year: 2023, rows, values }), { lang });
    expect(zh.rows.map((r) => r[6])).toEqual(['进度滞后（概率91%）', '不确定（最可能为严重滞后，概率38%）', '已达标（概率>99%）']);
    expect(zh.note).toContain('没有一种结论的概率达到80%时评为“不确定”');
    const en = buildTable('dashboard', assessmentWith({ plan, regions, indicators, year: 2023, rows, values }), { lang: 'en' });
    expect(en.rows.map((r) => r[6])).toEqual(['behind (91% likely)', 'uncertain (likeliest seriously behind, 38%)', 'achieved (>99% likely)']);
    // Without probabilities the note says nothing of them.
    expect(buildTable('dashboard', assessmentWith({ plan, regions, indicators, year: 2023, rows: [evalRow({ value: 12, target: 15 })], values }), { lang }).note).not.toContain('概率');
  });

  it('shows the dashboard’s survey values as the presentation standard says: flagged starred and greyed, suppressed as —†', () => {
    const rows = [
      evalRow({ value: 13.6, value_year: 2023, target: 15, comparator: '>', value_presentation: 'flagged', status: 'behind' }),
      evalRow({ target_id: 'lit2', value: null, value_year: 2023, target: 15, comparator: '>', value_presentation: 'suppressed', status: 'not_assessable', status_reason: 'estimate_suppressed' }),
      evalRow({ target_id: 'lit3', value: 14.1, value_year: 2023, target: 15, comparator: '>', value_presentation: 'ok', status: 'on_track' }),
    ];
    const t = buildTable('dashboard', assessmentWith({ plan, regions, indicators, year: 2023, rows, values }), { lang });
    expect(t.rows.map((r) => r[1])).toEqual(['13.6%*', '—†', '14.1%']);
    expect(t.muted?.map((m) => m[1])).toEqual([true, false, false]);
  });

  it('says why a sub-region is not assessable, beside its status', () => {
    const rows = [evalRow({ role: 'subregion', region: 'A', status: 'not_assessable', status_reason: 'no_data_since_baseline' }), evalRow({ role: 'subregion', region: 'B', status: 'achieved', status_reason: 'target_met' })];
    const t = buildTable('regions', assessmentWith({ plan, regions, indicators, year: 2023, rows, values }), { lang });
    expect(t.rows.map((r) => r[5])).toEqual(['已达标', '无法评估（基期后无新数据）']);
  });

  it('lists an indicator’s values by region and year, the jurisdiction first', () => {
    const t = buildTable('data', assessmentWith({ plan, regions, indicators, year: 2023, values }), { lang });
    expect(t.columns.map((c) => c.title)).toEqual(['地区', '2020', '2023']);
    // One decimal in every cell of a column, the indicator's: 9.0 beside 9.5, not 9 (issue 18).
    expect(t.rows).toEqual([['示例市', '10.6', '14.1'], ['甲县', '9.0', '9.5'], ['乙县', '12.0', '15.5']]);
    expect(t.caption).toBe('公民具备科学素质的比例（%）');
  });

  it('states dispersion with fixed decimals, a range of percentages in points, and whether it narrowed', () => {
    const dispersion = { n: 2, min: 9.5, max: 15.5, range: 6, max_min_ratio: 15.5 / 9.5, cv: 0.24, cv_weighted: null, theil: 0.03012, theil_weighted: null };
    const row: ImbalanceRow = { ...dispersion, indicator: 'literacy_share', parent: 'C', year: 2023, baseline_year: 2020, base: null, urban_rural_gap: null, base_urban_rural_gap: null, range_narrowed: false, cv_narrowed: false, theil_narrowed: false, gap_narrowed: null };
    const t = buildTable('imbalance', assessmentWith({ plan, regions, indicators, year: 2023, imbalance: [row] }), { lang });
    // 15.5 ÷ 9.5 = 1.6316 → 1.63.
    // The range 15.5 − 9.5 = 6 of a share is 6.0 points at the indicator's one decimal.
    expect(t.rows).toEqual([['公民具备科学素质的比例', '6.0个百分点', '1.63', '0.240', '0.0301', '扩大']]);
    // The spread across districts is named as such, so a reader never takes it for the urban–rural gap.
    expect(t.columns.at(-1)!.title).toBe('地区间差异较基期');
    expect(t.note).toBe('各下级地区之间的差异（以变异系数衡量），不是城乡差距；基期为2020年。');
  });

  it('names the row of a gap indicator as the spread of the gaps, so 缩小 there never reads against a finding that the gap widened', () => {
    const gap = ind('literacy_gap_urban_rural', { name: { zh: '城乡居民具备科学素质比例差距', en: 'Urban–rural gap' }, unit: '个百分点', valueType: 'points', decimals: 1 });
    const dispersion = { n: 2, min: 2, max: 4, range: 2, max_min_ratio: 2, cv: 0.3, cv_weighted: null, theil: 0.05, theil_weighted: null };
    const row: ImbalanceRow = { ...dispersion, indicator: 'literacy_gap_urban_rural', parent: 'C', year: 2023, baseline_year: 2020, base: null, urban_rural_gap: null, base_urban_rural_gap: null, range_narrowed: true, cv_narrowed: true, theil_narrowed: true, gap_narrowed: null };
    const t = buildTable('imbalance', assessmentWith({ plan, regions, indicators: indicatorMap(gap), year: 2023, imbalance: [row] }), { lang });
    expect(t.rows[0]![0]).toBe('城乡居民具备科学素质比例差距（各地区间的差异）');
  });

  it('shows the lead units’ completion as whole percentages', () => {
    const unit = { key: '市科协', total: 4, done: 1, in_progress: 2, not_started: 0, overdue: 1, completion: 0.25 };
    const t = buildTable('units', assessmentWith({ plan, regions, indicators, year: 2023, tasks: { tasks: [], byGroup: [], byUnit: [unit] } }), { lang });
    expect(t.rows).toEqual([['市科协', '4', '1', '1', '25%']]);
  });

  it('carries the numbers behind the cells for the workbook: shares as fractions, changes signed, text cells none', () => {
    const rows = [evalRow({ role: 'subregion', region: 'A', status: 'behind' }), evalRow({ role: 'subregion', region: 'B', status: 'achieved' })];
    const t = buildTable('regions', assessmentWith({ plan, regions, indicators, year: 2023, rows, values }), { lang });
    // 乙县: 15.5% is 0.155 under a one-decimal percent format; +3.5 points under a signed points format.
    expect(t.numbers?.[0]?.[0]).toBeNull();
    expect(t.numbers?.[0]?.[1]?.value).toBe(0.155);
    expect(t.numbers?.[0]?.[1]?.format).toBe('0.0%');
    expect(t.numbers?.[0]?.[2]).toEqual({ value: 3.5, format: '+#,##0.0"个百分点";-#,##0.0"个百分点";"持平"' });
    expect(t.numbers?.[0]?.[4]).toBeNull();
    // Rounded as printed: 9.5 − 9 = 0.5 exactly; 15.5 − 12 = 3.5.
    expect(t.numbers?.[1]?.[2]?.value).toBe(0.5);
  });

  it('stores a cell’s number rounded as it is printed, without binary noise', () => {
    // 示例市 10.56 and 14.14 are printed 10.6 and 14.1 (the unit is in the caption); the workbook holds 10.6 and 14.1.
    const t = buildTable('data', assessmentWith({ plan, regions, indicators, year: 2023, values }), { lang });
    expect(t.numbers?.[0]?.slice(1).map((n) => n?.value)).toEqual([10.6, 14.1]);
  });

  it('says 持平 for a change that rounds to zero, and no change in English', () => {
    // 甲县 9.5 in 2022 and 9.52 in 2023: +0.02 points, 0.0 at one decimal.
    const flat = computeIndicatorValues({ regions, indicators, observations: obs(['A', 2022, 'literacy_share', 9.5], ['A', 2023, 'literacy_share', 9.52], ['B', 2022, 'literacy_share', 11], ['B', 2023, 'literacy_share', 11.04]) }).values;
    const zh = buildTable('regions', assessmentWith({ plan, regions, indicators, year: 2023, values: flat }), { lang });
    expect(zh.rows.map((r) => r[2])).toEqual(['持平', '持平']);
    const en = buildTable('regions', assessmentWith({ plan, regions, indicators, year: 2023, values: flat }), { lang: 'en' });
    expect(en.rows.map((r) => r[2])).toEqual(['no change', 'no change']);
    // The workbook's format words the unit and the zero in the same language.
    expect(en.numbers?.[0]?.[2]?.format).toBe('+#,##0.0" pp";-#,##0.0" pp";"no change"');
  });

  it('prints a quantity counted in 万元 under its caption without a second 万', () => {
    const money = indicatorMap(ind('funding', { name: { zh: '科普专项经费' }, unit: '万元', decimals: 0 }));
    const v = computeIndicatorValues({ regions, indicators: money, observations: obs(['C', 2023, 'funding', 11600], ['A', 2023, 'funding', 5800], ['B', 2023, 'funding', 5800]) }).values;
    const t = buildTable('data', assessmentWith({ plan, regions, indicators: money, year: 2023, values: v }), { lang, indicator: 'funding' });
    // 11,600万元 under （万元）, not 1.16万 (which would read as 1.16万 万元).
    expect(t.caption).toBe('科普专项经费（万元）');
    expect(t.rows[0]).toEqual(['示例市', '11,600']);
  });

  it('names an action without an English title in English output with the untranslated marker, and one with it in English', () => {
    const withActions = { ...plan, actions: [
      { id: 'youth', group: 'action' as const, title: '青少年科学素质提升行动', titleEn: 'Youth science literacy', lead: [], responsible: [], measures: [] },
      { id: 'farmers', group: 'action' as const, title: '农民科学素质提升行动', lead: [], responsible: [], measures: [] },
    ] };
    const task = (id: string, title: string) => ({ task: id, group: 'action' as const, number: null, title, lead: ['市科协'], deadline: 2025, status: 'in_progress' as const, progress: 50, latest_year: 2023, reported_by: [], note: null, parts: [] });
    const tasks = { tasks: [task('youth', '青少年科学素质提升行动'), task('farmers', '农民科学素质提升行动')], byGroup: [], byUnit: [] };
    const t = buildTable('tasks', assessmentWith({ plan: withActions, regions, indicators, year: 2023, tasks }), { lang: 'en' });
    expect(t.rows.map((r) => r[0])).toEqual(['Youth science literacy', '农民科学素质提升行动 [untranslated]']);
    expect(t.rows[0]?.[3]).toBe('50%');
  });

  it('words the columns in English', () => {
    const t = buildTable('units', assessmentWith({ plan, regions, indicators, year: 2023 }), { lang: 'en' });
    expect(t.columns.map((c) => c.title)).toEqual(['Lead unit', 'Tasks', 'Done', 'Overdue', 'Completion']);
    expect(t.caption).toBe('Tasks by lead unit');
  });
});
