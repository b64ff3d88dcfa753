import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../../src/evaluate/assess.js';
import { assess } from '../../../src/evaluate/index.js';
import { compareWithPrevious } from '../../../src/evaluate/compare.js';
import { evaluate } from '../../../src/evaluate/evaluate.js';
import { computeIndicatorValues } from '../../../src/indicators/compute.js';
import { loadIndicators } from '../../../src/indicators/load.js';
import { checkReport, proseOf } from '../../../src/report/check.js';
import { wordedFindings } from '../../../src/report/bind.js';
import { buildReport, loadTemplate } from '../../../src/report/index.js';
import type { Lang } from '../../../src/util/lang.js';
import { cityWith, obs, planWith, target } from '../../helpers/builders.js';
import { fonts } from '../../helpers/charts.js';

/**
 * The worked example of docs/methods.md#changes-since-an-earlier-evaluation (序时进度, s = (Y − 2020) ÷ 5):
 * - literacy share ≥ 15% by 2025 from 8.5% in 2020. Midterm 2023 read 12.1% for 2022:
 *   d = 3.6 ÷ 6.5 = 0.554 < s = 0.6, r = 0.92: behind. The 2022 figure is revised to 12.6%:
 *   d = 4.1 ÷ 6.5 = 0.631 ≥ 0.6: on track already at 2023; 2024's 14.0%: d = 0.846 ≥ s = 0.8, on track.
 * - large venues ≥ 30 by 2025 from 10: 23 in 2023, d = 0.65 ≥ 0.6, on track; 24 in 2024,
 *   d = 0.70 < s = 0.8, r = 0.875: behind (new data).
 * - education bases ≥ 100 by 2025 from 50: 85 for 2022 (d = 0.7) revised to 86 (d = 0.72), 95 in
 *   2024 (d = 0.9 ≥ 0.8): on track throughout; a revision that changed nothing.
 */
const regions = cityWith([['A', '甲县'], ['B', '乙县']]);
const indicators = loadIndicators();
const plan = planWith([
  target('lit', { indicator: 'literacy_share', comparator: '>=', value: 15, unit: '%' }),
  target('venues', { indicator: 'venues_large', comparator: '>=', value: 30, unit: '个' }),
  target('bases', { indicator: 'education_bases', comparator: '>=', value: 100, unit: '个' }),
]);
const base: Parameters<typeof obs> = [['C', 2020, 'literacy_share', 8.5], ['C', 2020, 'venues_large', 10], ['C', 2020, 'education_bases', 50]];
const midtermData = obs(...base, ['C', 2022, 'literacy_share', 12.1], ['C', 2023, 'venues_large', 23], ['C', 2022, 'education_bases', 85]);
const currentData = obs(...base, ['C', 2022, 'literacy_share', 12.6], ['C', 2024, 'literacy_share', 14], ['C', 2023, 'venues_large', 23], ['C', 2024, 'venues_large', 24], ['C', 2022, 'education_bases', 86], ['C', 2024, 'education_bases', 95]);
const valuesOf = (data: ReturnType<typeof obs>) => computeIndicatorValues({ regions, indicators, observations: data, periodStart: 2021 }).values;

function compared(): Assessment {
  const previous = evaluate({ plan, regions, indicators, values: valuesOf(midtermData), year: 2023 });
  const values = valuesOf(currentData);
  const a = assess({ plan, regions, indicators, values, year: 2024 });
  return { ...a, comparison: compareWithPrevious({ plan, regions, indicators, values, year: 2024 }, { year: 2023, method: 'schedule', rows: previous }, a.rows) };
}

async function reportProse(a: Assessment, lang: Lang): Promise<string[]> {
  // buildReport runs the report check and throws on any violation: building is the first assertion.
  const report = await buildReport(a, { kind: 'final', lang, date: '2024-12-31', template: loadTemplate('final', lang), fonts, formats: [] });
  return proseOf(report.doc);
}

describe('the changes since the midterm, in the final report', () => {
  it('computes the worked example’s statuses then and now', () => {
    const c = compared().comparison!;
    expect(c.changes.filter((x) => x.role === 'target').map((x) => [x.target_id, x.previous.status, x.current.status, x.causes.map((k) => k.kind)])).toEqual([
      ['lit', 'behind', 'on_track', ['revised_data']],
      ['venues', 'on_track', 'behind', ['new_data']],
      ['bases', 'on_track', 'on_track', []],
    ]);
  });

  it('counts the changes by direction and cause, and words each revision with its year, old and new figure (zh)', async () => {
    const prose = await reportProse(compared(), 'zh');
    expect(prose).toContain('与2023年评估相比，两次均评估的3项定量目标中，2项评估结论发生变化（好转1项、变差1项）；变化原因：数据修订1项、新增数据1项。');
    expect(prose).toContain('公民具备科学素质的比例：2022年数值由12.1%改为12.6%，按修订后的数据，2023年的评估结论即已不同。');
    expect(prose).toContain('另有1项目标所用的2023年及以前数据经过修订，评估结论未变：科普教育基地数量（2022年数值由85个改为86个）。');
    expect(prose).toContain('与中期评估相比的变化');
  });

  it('says the same in English', async () => {
    const prose = await reportProse(compared(), 'en');
    expect(prose).toContain('Compared with the 2023 evaluation, 2 of the 3 quantitative targets assessed both times changed status (1 better, 1 worse); causes: revised data 1, new data 1.');
    expect(prose.some((t) => t.includes('the 2022 value revised from 12.1% to 12.6%; on the revised data the 2023 assessment itself comes out differently.'))).toBe(true);
    expect(prose).toContain('Changes since the midterm evaluation');
  });

  it('tabulates the changed targets: then → now and why, with the status of each side', async () => {
    const report = await buildReport(compared(), { kind: 'final', lang: 'zh', date: '2024-12-31', template: loadTemplate('final', 'zh'), fonts, formats: [] });
    const table = report.doc.blocks.find((b) => b.type === 'table' && b.name === 'changes');
    expect(table?.type === 'table' && table.rows).toEqual([
      ['公民具备科学素质的比例', '示例市', '进度滞后', '进度正常', '数据修订（2022年数值由12.1%改为12.6%）'],
      ['常设展厅面积1000平方米以上的科普场馆数量', '示例市', '进度正常', '进度滞后', '新增数据（2024年）'],
    ]);
  });

  it('leaves the section out without a comparison', async () => {
    const { comparison: _, ...plain } = compared();
    const prose = await reportProse(plain, 'zh');
    expect(prose.join('\n')).not.toContain('与中期评估相比的变化');
  });

  it('holds the new sentences to the report check: a figure not in the finding’s data is caught', async () => {
    const a = compared();
    const report = await buildReport(a, { kind: 'final', lang: 'zh', date: '2024-12-31', template: loadTemplate('final', 'zh'), fonts, formats: [] });
    const wording = { change_revised: { zh: () => '公民具备科学素质的比例：2022年数值由12.1%改为12.9%。' } };
    const violations = checkReport(report.doc, a, wordedFindings(a, { lang: 'zh', region: a.root, wording }));
    expect(violations.map((v) => [v.rule, v.code])).toEqual([['finding_number', 'change_revised']]);
  });
});
