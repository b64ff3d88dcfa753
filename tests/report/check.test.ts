import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/evaluate/assess.js';
import { assess } from '../../src/evaluate/index.js';
import { computeIndicatorValues } from '../../src/indicators/compute.js';
import type { Target } from '../../src/plan/types.js';
import { ReportCheckError, proseOf, unfilled } from '../../src/report/check.js';
import { buildReport, loadTemplate } from '../../src/report/index.js';
import type { ReportKind } from '../../src/report/index.js';
import type { Lang } from '../../src/util/lang.js';
import { loadIndicators } from '../../src/indicators/load.js';
import { cityWith, obs, planWith, target } from '../helpers/builders.js';
import { fonts } from '../helpers/charts.js';
import { chartFor } from '../../src/charts/from-assessment.js';

describe('unfilled', () => {
  it('catches the slots users found left empty', () => {
    expect(unfilled('德州市公民具备科学素质的比例2020年为10.8%，较—年的—变化—。', 'zh')).toBe(true);
    expect(unfilled('方案定量目标0项中，。', 'zh')).toBe(true);
    expect(unfilled('未达标：夏津县?、武城县。', 'zh')).toBe(true);
    expect(unfilled('the share was 14.1% against – in 2020.', 'en')).toBe(true);
    expect(unfilled('value {{headline.value}}', 'zh')).toBe(true);
  });

  it('leaves year ranges, Chinese dashes and compound words alone', () => {
    expect(unfilled('本报告依据2021—2024年数据。', 'zh')).toBe(false);
    expect(unfilled('科普资源——尤其是农村——仍然不足。', 'zh')).toBe(false);
    expect(unfilled('The urban–rural gap widened over 2021–2024.', 'en')).toBe(false);
  });
});

/**
 * Assessments built to provoke each false statement users saw, composed with the bundled
 * templates in both languages and every report kind: buildReport runs the report check and
 * throws ReportCheckError on any violation, so composing without a throw is the first assertion.
 */
const regions = cityWith([['A', '甲县'], ['B', '乙县']]);
// The bundled definitions: the bundled templates name several of them.
const indicators = loadIndicators();
const literacy = (over: Partial<Target> = {}) => target('lit', { indicator: 'literacy_share', comparator: '>', value: 15, unit: '%', ...over });

function assessed(targets: Target[], rows: Parameters<typeof obs>, year: number, period = { start: 2021, end: 2025 }): Assessment {
  const { values } = computeIndicatorValues({ regions, indicators, observations: obs(...rows), periodStart: period.start });
  return assess({ plan: planWith(targets, period), regions, indicators, values, year });
}

async function prose(a: Assessment, kind: ReportKind, lang: Lang): Promise<string> {
  const report = await buildReport(a, { kind, lang, date: `${a.year}-12-31`, template: loadTemplate(kind, lang), fonts, formats: [] });
  return proseOf(report.doc).join('\n');
}

const every = (['midterm', 'final', 'brief'] as const).flatMap((kind) => (['zh', 'en'] as const).map((lang) => [kind, lang] as const));

describe('the report check on a corpus of provoking assessments', () => {
  it('an assessment with nothing assessable says so, and never that nothing is behind', async () => {
    // One target, data only for a district and only before the baseline: nothing to judge.
    const a = assessed([literacy()], [['A', 2019, 'literacy_share', 9]], 2023);
    expect(a.rows.filter((r) => r.role === 'target').map((r) => r.status)).toEqual(['not_assessable']);
    for (const [kind, lang] of every) {
      const text = await prose(a, kind, lang);
      expect(text, `${kind} ${lang}`).toMatch(lang === 'zh' ? /均缺少评估所需数据|均因缺少数据暂无法评估/ : /cannot be (judged|assessed)/);
      expect(text).not.toMatch(/未发现|none is behind/);
    }
  });

  it('a target met in its own year is met, not met early', async () => {
    const a = assessed([literacy({ year: 2023, baseline: { year: 2020, value: 10 } })], [['C', 2020, 'literacy_share', 10], ['C', 2023, 'literacy_share', 15.5]], 2023);
    expect(a.rows[0]).toMatchObject({ status: 'achieved', target_year: 2023 });
    for (const [kind, lang] of every) {
      const text = await prose(a, kind, lang);
      expect(text, `${kind} ${lang}`).not.toMatch(/提前|already met/);
    }
  });

  it('the final year judges met or not met, never a pace', async () => {
    // 2025, the plan's last year: 13% against a target above 15% is 未达标, not 进度滞后.
    const a = assessed([literacy({ baseline: { year: 2020, value: 10 } })], [['C', 2020, 'literacy_share', 10], ['C', 2025, 'literacy_share', 13]], 2025);
    expect(a.rows[0]).toMatchObject({ status: 'not_achieved', status_reason: 'target_year_passed' });
    const zh = await prose(a, 'final', 'zh');
    expect(zh).toContain('未达标');
    // The methods appendix defines every status word; the statements must use none but 未达标.
    const statements = zh.split('\n').filter((line) => !line.startsWith('进度评估：'));
    expect(statements.join('\n')).not.toMatch(/进度滞后|严重滞后|进度正常|序时进度\d/);
    expect(await prose(a, 'final', 'en')).toContain('not achieved');
  });

  it('a cumulative total is said as a total over its years, never as one year’s figure', async () => {
    const cumulative = target('teachers', { indicator: 'trained_teachers', kind: 'cumulative', value: 20000, unit: '人次' });
    const a = assessed([cumulative], [['C', 2021, 'trained_teachers', 3000], ['C', 2022, 'trained_teachers', 3560], ['C', 2023, 'trained_teachers', 3050]], 2023);
    expect(a.rows[0]).toMatchObject({ kind: 'cumulative', value: 9610 });
    const zh = await prose(a, 'midterm', 'zh');
    expect(zh).toContain('2021—2023年累计9610人次');
    expect(zh).not.toContain('2023年为9610人次');
  });

  it('a headline without a baseline states the value alone, with no dash for the missing comparison', async () => {
    const a = assessed([literacy()], [['C', 2024, 'literacy_share', 14.2]], 2024);
    for (const [kind, lang] of every) {
      const text = await prose(a, kind, lang);
      expect(text, `${kind} ${lang}`).not.toMatch(/较—|against —|变化—/);
      expect(text).toMatch(lang === 'zh' ? /2024年为14\.2%/ : /14\.2% in 2024/);
    }
  });

  it('says the data span the figures really have: 2024年 when only 2024 has data', async () => {
    const a = assessed([literacy()], [['C', 2024, 'literacy_share', 14.2]], 2024);
    const zh = await prose(a, 'midterm', 'zh');
    expect(zh).toContain('报送的2024年数据');
    expect(zh).not.toContain('2021—2024年数据');
  });

  it('refuses, and writes nothing, when a template leaves a slot empty', async () => {
    const a = assessed([literacy()], [['C', 2024, 'literacy_share', 14.2]], 2024);
    const template = { text: '# 测试\n\n{{region.name}}较{{headline.baseline_year}}年变化{{headline.change}}。\n', file: 'bad.md' };
    const built = buildReport(a, { kind: 'midterm', lang: 'zh', date: '2024-12-31', template, fonts, formats: ['pdf'] });
    await expect(built).rejects.toBeInstanceOf(ReportCheckError);
    await expect(built).rejects.toMatchObject({ violations: expect.arrayContaining([expect.objectContaining({ rule: 'unfilled_slot', text: '示例市较—年变化—。' })]) });
  });

  it('counts targets in a statement from the catalogue, whose figures the check reads like any finding', async () => {
    // Two targets in 2025, the plan's last year: the share of 15.2 meets > 15, the events' 80 misses ≥ 100.
    const events = target('ev', { indicator: 'events', comparator: '>=', value: 100, unit: '次', baseline: { year: 2020, value: 60 } });
    const a = assessed([literacy({ baseline: { year: 2020, value: 10 } }), events], [['C', 2025, 'literacy_share', 15.2], ['A', 2025, 'events', 50], ['B', 2025, 'events', 30]], 2025);
    expect(await prose(a, 'final', 'zh')).toContain('方案定量目标2项中，已达标1项、未达标1项。');
    expect(await prose(a, 'final', 'en')).toContain('Of the 2 quantitative targets: achieved 1, not achieved 1.');
    // A workspace's rewording that quotes a figure the counts do not hold is refused, naming the statement.
    const wording = { targets_counted: { zh: () => '定量目标2项中，已达标3项。' } };
    const built = buildReport(a, { kind: 'final', lang: 'zh', date: '2025-12-31', template: loadTemplate('final', 'zh'), fonts, formats: [], wording });
    await expect(built).rejects.toMatchObject({ violations: expect.arrayContaining([expect.objectContaining({ rule: 'finding_number', code: 'targets_counted' })]) });
  });

  it('refuses a template sentence stating a status the assessment does not give the indicator', async () => {
    // 15.2 in 2025 meets > 15 by 2025: 已达标. A template hard-wiring 未达标 contradicts table 1.
    const a = assessed([literacy({ baseline: { year: 2020, value: 10 } })], [['C', 2025, 'literacy_share', 15.2]], 2025);
    const build = (text: string, lang: Lang) => buildReport(a, { kind: 'final', lang, date: '2025-12-31', template: { text, file: 'own.md' }, fonts, formats: [] });
    await expect(build('# 测试\n\n{{headline.name}}评估结论为“未达标”。\n', 'zh')).rejects.toMatchObject({
      violations: [expect.objectContaining({ rule: 'status_contradicts', text: '公民具备科学素质的比例评估结论为“未达标”' })],
    });
    await expect(build('# Test\n\n{{headline.name}}: status "not achieved".\n', 'en')).rejects.toMatchObject({ violations: [expect.objectContaining({ rule: 'status_contradicts' })] });
    // A sub-region's own status beside the indicator is that region's, not the jurisdiction's.
    await expect(build('# 测试\n\n甲县{{headline.name}}评估结论为“进度滞后”。\n', 'zh')).resolves.toBeDefined();
    // The same sentences with the assessment's status pass.
    await expect(build('# 测试\n\n{{headline.name}}评估结论为“{{headline.status}}”。\n', 'zh')).resolves.toBeDefined();
    await expect(build('# Test\n\n{{headline.name}}: status "{{headline.status}}".\n', 'en')).resolves.toBeDefined();
  });

  it('a region whose change is within sampling error is called uncertain, not said to lack data, nor given a forecast', async () => {
    // 甲县 10.0% (se 1.5) in 2020 and 10.4% (se 1.5) in 2024: a change of 0.4 points against a standard
    // error of √(1.5² + 1.5²) = 2.1 points: no status is likely enough to state (不确定).
    const observations = obs(['C', 2020, 'literacy_share', 10], ['C', 2024, 'literacy_share', 12], ['A', 2020, 'literacy_share', 10], ['A', 2024, 'literacy_share', 10.4])
      .map((o) => ({ ...o, se: o.region === 'A' ? 1.5 : 0.2 }));
    const { values } = computeIndicatorValues({ regions, indicators, observations, periodStart: 2021 });
    const a = assess({ plan: planWith([literacy({ baseline: { year: 2020, value: 10 } })]), regions, indicators, values, year: 2024 });
    const row = a.rows.find((r) => r.region === 'A')!;
    expect([row.status, row.status_reason, row.change_significant]).toEqual(['uncertain', 'sampling_error', false]);
    for (const lang of ['zh', 'en'] as const) {
      const report = await buildReport(a, { kind: 'brief', lang, date: '2024-12-31', template: loadTemplate('brief', lang), fonts, formats: [], region: 'A' });
      const text = proseOf(report.doc).join('\n');
      expect(text, lang).toMatch(lang === 'zh' ? /评估结论为“不确定”（最可能为/ : /status "uncertain" \(likeliest /);
      expect(text, lang).not.toMatch(/缺少数据|缺少评估所需数据|for want of data|has the data an assessment needs/);
      expect(text, lang).not.toMatch(/按现有趋势|on the current trend/);
    }
  });

  it('a county’s own report leaves out the charts of its sub-regions (it has none), numbering the rest in order', async () => {
    const a = assessed([literacy({ baseline: { year: 2020, value: 10 } })], [['C', 2020, 'literacy_share', 10], ['C', 2024, 'literacy_share', 14], ['A', 2020, 'literacy_share', 9], ['A', 2024, 'literacy_share', 13]], 2024);
    expect(() => chartFor('ranking', a, { region: 'A', indicator: 'literacy_share' })).toThrow(expect.objectContaining({ code: 'CHART_NO_DATA' }));
    for (const lang of ['zh', 'en'] as const) {
      const report = await buildReport(a, { kind: 'midterm', lang, date: '2024-12-31', template: loadTemplate('midterm', lang), fonts, formats: [], region: 'A' });
      const figures = report.doc.blocks.filter((b) => b.type === 'figure');
      expect(figures.some((f) => f.name.includes('ranking')), lang).toBe(false);
      expect(figures.map((f) => f.label)).toEqual(figures.map((_, i) => (lang === 'zh' ? `图${i + 1}` : `Figure ${i + 1}`)));
      expect(JSON.stringify(report.doc)).not.toMatch(/Infinity/);
    }
  });

  it('says where the year stands in the plan period: a final report in 2024 on a 2021–2035 plan is interim, not 即将结束', async () => {
    const a = assessed([literacy({ year: 2035, baseline: { year: 2020, value: 10 } })], [['C', 2020, 'literacy_share', 10], ['C', 2024, 'literacy_share', 12]], 2024, { start: 2021, end: 2035 });
    const zh = await prose(a, 'final', 'zh');
    expect(zh).not.toContain('即将结束');
    expect(zh).toContain('规划期至2035年，尚余11年，本次为阶段性总结');
    expect(await prose(a, 'final', 'en')).toContain('The plan runs to 2035, 11 years from now: this is an interim review.');
    // In the plan's last year, the midterm report says so; zh and en name the same span of data.
    const last = assessed([literacy({ baseline: { year: 2020, value: 10 } })], [['C', 2020, 'literacy_share', 10], ['C', 2025, 'literacy_share', 16]], 2025);
    const [lastZh, lastEn] = [await prose(last, 'midterm', 'zh'), await prose(last, 'midterm', 'en')];
    expect(lastZh).toContain('本年度为规划期最后一年');
    expect(lastZh).toContain('报送的2020—2025年数据');
    expect(lastEn).toContain("in the plan's last year");
    expect(lastEn).toContain('figures reported for 2020–2025');
  });

  it('never calls an annual target (每年不低于…) met early: this year’s figure is not next year’s', async () => {
    const yearly = target('ep', { kind: 'annual', indicator: 'events', comparator: '>=', value: 50, unit: '次', year: 2025 });
    const a = assessed([yearly], [2021, 2022, 2023, 2024].flatMap((y): Parameters<typeof obs> => [['A', y, 'events', 30], ['B', y, 'events', 33]]), 2024);
    expect(a.rows.find((r) => r.role === 'target')?.status).toBe('achieved');
    for (const [kind, lang] of every) expect(await prose(a, kind, lang), `${kind} ${lang}`).not.toMatch(/提前|already met/);
  });
});
