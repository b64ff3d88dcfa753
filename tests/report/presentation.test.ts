import { describe, expect, it } from 'vitest';
import { rankingChart } from '../../src/charts/ranking.js';
import { trendChart } from '../../src/charts/trend.js';
import { statusMatrixChart } from '../../src/charts/status-matrix.js';
import { FLAGGED_GREY } from '../../src/charts/theme.js';
import { computeIndicatorValues } from '../../src/indicators/compute.js';
import type { Observation } from '../../src/data/types.js';
import { figureNote } from '../../src/report/presentation.js';
import { buildTable } from '../../src/report/tables.js';
import { htmlTable } from '../../src/report/html/table.js';
import { presentationNotes } from '../../src/survey/presentation-text.js';
import { cityWith, ind, indicatorMap, planWith, target } from '../helpers/builders.js';
import { dataOf, layers } from '../helpers/charts.js';
import { layout } from '../../src/report/pdf/layout.js';
import { pageStyle } from '../../src/report/style.js';
import { assessmentWith, docWith, evalRow, monoFonts } from '../helpers/report.js';

// Three districts' 2024 shares from survey estimates, classified as tests/survey/presentation.test.ts
// works out by hand and with R: 甲县 20% of 400 (deff 2, df 30) ok; 乙县 19.5% of 400 with only 6
// df, flagged; 丙县 12% of 150 (deff 2, df 20), whose interval is 141% of the estimate, suppressed.
const regions = cityWith([['A', '甲县'], ['B', '乙县'], ['D', '丙县']]);
const share = ind('literacy_share', { name: { zh: '公民具备科学素质的比例', en: 'Science literacy' }, unit: '%', decimals: 1, valueType: 'share', aggregation: 'none', temporal: 'rate' });
const indicators = indicatorMap(share);
const se = (p: number, n: number, deff: number) => 100 * Math.sqrt((p * (1 - p) * deff) / n);
const o = (region: string, year: number, value: number, extra: Partial<Observation>): Observation => ({ region, year, indicator: 'literacy_share', group: 'total', value, file: 'x.csv', row: 2, ...extra });
const { values } = computeIndicatorValues({
  regions, indicators,
  observations: [
    o('A', 2022, 18, { se: se(0.18, 400, 2), n: 400, df: 30 }), o('A', 2024, 20, { se: se(0.2, 400, 2), n: 400, df: 30 }),
    o('B', 2022, 17, { se: se(0.17, 400, 2), n: 400, df: 30 }), o('B', 2024, 19.5, { se: se(0.195, 400, 2), n: 400, df: 6 }),
    o('D', 2022, 11, { se: se(0.11, 600, 2), n: 600, df: 30 }), o('D', 2024, 12, { se: se(0.12, 150, 2), n: 150, df: 20 }),
  ],
});
const plan = planWith([target('lit', { indicator: 'literacy_share', comparator: '>', value: 25, unit: '%' })]);
const rows = ['A', 'B', 'D'].map((region) => evalRow({ role: 'subregion', region, status: 'behind' }));
const a = assessmentWith({ plan, regions, indicators, year: 2024, rows, values });

describe('the regions table under the presentation standard', () => {
  const t = buildTable('regions', a, { lang: 'zh' });

  it('stars and greys a flagged estimate, dashes every figure of a suppressed one and puts it last', () => {
    expect(t.rows.map((r) => r.slice(0, 5))).toEqual([
      ['甲县', '20.0%', '+2.0个百分点', expect.any(String), '1/3'],
      ['乙县', '19.5%*', '+2.5个百分点', expect.any(String), '2/3'],
      ['丙县', '—†', '—', '—', '—'],
    ]);
    expect(t.muted).toEqual([
      [false, false, false, false, false, false],
      [false, true, true, true, true, false],
      [false, false, false, false, false, false],
    ]);
    // No number of the suppressed estimate reaches the workbook.
    expect(t.numbers![2]![1]).toBeNull();
  });

  it('footnotes the reasons from the catalogue, in both languages', () => {
    expect(t.note).toBe('标†的估计值未达到发布标准（按发布标准计算的95%置信区间宽度超过估计值的130%），不予列出。标*的灰色数值精度不足（设计自由度不足8），请谨慎使用。');
    expect(buildTable('regions', a, { lang: 'en' }).note).toBe(
      'Estimates marked † are not shown: below the presentation standard (the standard’s 95% confidence interval wider than 130% of the estimate). Values marked *, in grey, are imprecise (fewer than 8 design degrees of freedom): use with caution.',
    );
  });

  it('greys the flagged cells in HTML with the m class', () => {
    const html = htmlTable({ ...t, label: '表1' });
    expect(html).toContain('<td class="r m" data-label="数值">19.5%*</td>');
    expect(html).toContain('<td class="r" data-label="数值">—†</td>');
  });

  it('draws the flagged cells in the PDF in the flagged grey, the others in ink', () => {
    const { pages } = layout(docWith([{ ...t, label: '表1' }], { cover: false }), pageStyle('official'), monoFonts());
    const texts = pages.flatMap((p) => p.ops).filter((op) => op.op === 'text') as { text: string; color?: string }[];
    expect(texts.find((op) => op.text === '19.5%*')!.color).toBe(FLAGGED_GREY);
    expect(texts.find((op) => op.text === '—†')!.color).not.toBe(FLAGGED_GREY);
  });

  it('has no presentation note or grey cells when every value is ok', () => {
    const ok = values.filter((v) => v.region === 'A');
    const plain = buildTable('regions', assessmentWith({ plan, regions, indicators, year: 2024, rows, values: ok }), { lang: 'zh' });
    expect(plain.muted).toBeUndefined();
    expect(plain.note).toBeUndefined();
  });
});

describe('charts under the presentation standard', () => {
  const latest = values.filter((v) => v.year === 2024);

  it('leaves the suppressed district out of the ranking, greys the flagged one and says so under the figure', () => {
    const spec = rankingChart(latest, share, { evaluation: rows });
    expect(dataOf(spec, 'bar').map((b) => [b.region, b.status])).toEqual([['甲县', '进度滞后'], ['乙县*', '慎用']]);
    expect(figureNote(spec, 'zh')).toBe('未达到发布标准（按发布标准计算的95%置信区间宽度超过估计值的130%）的估计值未予绘出。灰色表示精度不足（设计自由度不足8）的估计值，请谨慎使用。');
  });

  it('draws a flagged year’s point, error bar and label in grey, and leaves a suppressed year out of the trend', () => {
    const flagged = trendChart(values.filter((v) => v.region === 'B'), share);
    const points = dataOf(flagged, 'line');
    expect(points.map((p) => [p.year, p.flagged, p.point])).toEqual([[2022, false, '17.0%'], [2024, true, '19.5%*']]);
    const bar = layers(flagged).find((l) => (l as { mark?: { type?: string } }).mark?.type === 'rule') as { encoding: { color: unknown } };
    expect(bar.encoding.color).toEqual({ condition: { test: 'datum.flagged', value: FLAGGED_GREY }, value: expect.any(String) });
    const suppressed = trendChart(values.filter((v) => v.region === 'D'), share);
    expect(dataOf(suppressed, 'line').map((p) => p.year)).toEqual([2022]);
    expect(figureNote(suppressed, 'en')).toBe('Estimates below the presentation standard (the standard’s 95% confidence interval wider than 130% of the estimate) are not drawn.');
  });

  it('prints a figure’s note under its caption in the PDF', () => {
    const spec = rankingChart(latest, share, { evaluation: rows });
    const note = figureNote(spec, 'zh')!;
    const figure = { type: 'figure' as const, name: 'f', label: '图1', caption: '各地区', spec, svg: '<svg xmlns="http://www.w3.org/2000/svg"/>', width: 400, height: 200, note };
    const ops = layout(docWith([figure], { cover: false }), pageStyle('official'), monoFonts()).pages.flatMap((p) => p.ops);
    const caption = ops.findIndex((op) => op.op === 'text' && op.text.includes('各地区'));
    const lines = ops.filter((op, i) => op.op === 'text' && i > caption).map((op) => (op as { text: string }).text).join('');
    expect(lines).toContain(note);
  });

  it('prints no suppressed estimate in the status matrix: its cell says its status', () => {
    const matrixRows = [evalRow({ role: 'subregion', region: 'D', region_name: '丙县', value: 12, value_year: 2024, status: 'behind' }), evalRow({ role: 'subregion', region: 'A', region_name: '甲县', value: 20, value_year: 2024, status: 'behind' })];
    const cells = (statusMatrixChart(matrixRows, { indicators, values }) as { data: { values: Record<string, unknown>[] } }).data.values;
    expect(cells.map((c) => [c.region, c.text])).toEqual([['丙县', '进度滞后'], ['甲县', '20.0%']]);
    expect(JSON.stringify(cells[0])).not.toContain('12.0');
  });

  it('needs no figure note for ok values given with n and df', () => {
    expect(figureNote(trendChart(values.filter((v) => v.region === 'A'), share), 'zh')).toBeUndefined();
  });
});

describe('presentationNotes', () => {
  it('says which rules went unchecked, under tables', () => {
    expect(presentationNotes({ flagged: [], suppressed: [], unchecked: ['n', 'df'] }, 'zh')).toEqual(['未提供样本量、设计自由度的估计值，依赖这些信息的发布规则未作检验。']);
  });
});
