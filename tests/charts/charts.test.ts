import { Resvg } from '@resvg/resvg-js';
import { outlineText } from '../../src/charts/outline-text.js';
import { describe, expect, it } from 'vitest';
import * as charts from '../../src/charts/index.js';
import { FLAGGED_GREY } from '../../src/charts/theme.js';
import { evaluate, trackTasks } from '../../src/evaluate/index.js';
import { computeIndicatorValues } from '../../src/indicators/compute.js';
import { parseTaskReports } from '../../src/data/task-reports.js';
import { cityWith, ind, indicatorMap, obs, planWith, target } from '../helpers/builders.js';
import { dataOf, fonts, layers, schemaErrors } from '../helpers/charts.js';

const regions = cityWith([['A', '东昌府区'], ['B', '茌平区'], ['D', '临清市']]);
const share = ind('literacy_share', { name: { zh: '公民具备科学素质的比例', en: 'Science literacy' }, unit: '%', valueType: 'share', decimals: 1, aggregation: 'none', temporal: 'rate' });
const trained = [ind('trained_farmers', { name: { zh: '农民培训', en: 'Farmers trained' }, unit: '人次', temporal: 'flow' }), ind('trained_workers', { name: { zh: '产业工人培训', en: 'Workers trained' }, unit: '人次', temporal: 'flow' })];
const indicators = indicatorMap(share, ...trained);
const observations = obs(
  ['C', 2020, 'literacy_share', 10.5], ['C', 2022, 'literacy_share', 12.1], ['C', 2023, 'literacy_share', 13.0], ['C', 2024, 'literacy_share', 13.9],
  ['C', 2020, 'literacy_share', 13.2, 'urban'], ['C', 2020, 'literacy_share', 7.1, 'rural'], ['C', 2024, 'literacy_share', 17.0, 'urban'], ['C', 2024, 'literacy_share', 9.4, 'rural'],
  ['A', 2020, 'literacy_share', 12], ['A', 2024, 'literacy_share', 16.2], ['B', 2020, 'literacy_share', 9], ['B', 2024, 'literacy_share', 10.1], ['D', 2020, 'literacy_share', 10], ['D', 2024, 'literacy_share', 13.5],
  ['C', 2023, 'trained_farmers', 2000], ['C', 2024, 'trained_farmers', 2600], ['C', 2023, 'trained_workers', 5000], ['C', 2024, 'trained_workers', 4800],
);
const { values } = computeIndicatorValues({ regions, indicators, observations });
const plan = planWith([target('lit', { indicator: 'literacy_share', comparator: '>', value: 15, unit: '%', baseline: { year: 2020, value: 10.5 } })]);
const rows = evaluate({ plan, values, indicators, regions, year: 2024 });
const lit = values.filter((v) => v.indicator === 'literacy_share' && v.group === 'total');

async function valid(spec: charts.ChartSpec): Promise<string> {
  expect(schemaErrors(spec)).toEqual([]);
  const svg = await charts.renderSvg(spec, { fonts });
  expect(svg.startsWith('<svg')).toBe(true);
  return svg;
}

describe('trendChart', () => {
  const spec = charts.trendChart(lit.filter((v) => v.region === 'C'), share, { evaluation: rows.find((r) => r.region === 'C') });

  it('is valid Vega-Lite and renders SVG with the Chinese title', async () => {
    const svg = await valid(spec);
    expect(svg).toContain('示例市公民具备科学素质的比例');
  });

  it('puts the target at 15 in 2025 and the on-schedule path from the baseline to it', () => {
    expect(dataOf(spec, 'point').find((d) => d.year === 2025)).toMatchObject({ value: 15, label: '目标 15%' });
    const path = dataOf(spec, 'line').filter((d) => d.what === '序时进度');
    expect(path.map((d) => [d.year, d.value])).toEqual([[2020, 10.5], [2025, 15]]);
  });

  it('labels observed shares with one decimal', () => {
    expect(dataOf(spec, 'text').map((d) => d.label)).toEqual(expect.arrayContaining(['10.5%', '13.9%']));
  });

  it('speaks English with lang en', async () => {
    const svg = await valid(charts.trendChart(lit.filter((v) => v.region === 'C'), share, { evaluation: rows.find((r) => r.region === 'C'), lang: 'en' }));
    expect(svg).toContain('target 15%');
  });
});

describe('rankingChart', () => {
  const spec = charts.rankingChart(lit.filter((v) => v.parent === 'C' && v.year === 2024), share, { evaluation: rows, reference: lit.find((v) => v.region === 'C' && v.year === 2024) });

  it('sorts districts best first and draws the city value and the target as reference lines', async () => {
    await valid(spec);
    const bars = dataOf(spec, 'bar');
    expect(bars.map((b) => b.region)).toEqual(['东昌府区', '临清市', '茌平区']);
    const rules = dataOf(spec, 'rule');
    expect(rules.map((r) => [r.kind, r.value])).toEqual([['reference', 13.9], ['target', 15]]);
  });

  it('colours a bar by its status, greys a flagged estimate with a star and leaves a suppressed one out', async () => {
    const noisy = lit.filter((v) => v.parent === 'C' && v.year === 2024).map((v) =>
      v.region === 'B' ? { ...v, reliable: false, presentation: 'flagged' as const, presentation_reasons: 'complement_width' }
      : v.region === 'D' ? { ...v, reliable: false, presentation: 'suppressed' as const, presentation_reasons: 'ci_relative_width' } : v);
    const spec = charts.rankingChart(noisy, share, { evaluation: rows });
    await valid(spec);
    const bars = dataOf(spec, 'bar');
    expect(bars.map((b) => b.region)).toEqual(['东昌府区', '茌平区*']);
    expect(bars.find((b) => b.region === '茌平区*')!.status).toBe('慎用');
    expect(bars.find((b) => b.region === '东昌府区')!.status).toBe('已达标');
    const colour = (spec as { layer: { layer: { encoding?: { color?: { scale: { domain: string[]; range: string[] } } } }[] }[] }).layer[0]!.layer[0]!.encoding!.color!.scale;
    expect(colour.range[colour.domain.indexOf('慎用')]).toBe(FLAGGED_GREY);
    expect((spec as { usermeta?: unknown }).usermeta).toEqual({ presentation: { flagged: ['complement_width'], suppressed: ['ci_relative_width'], unchecked: [] } });
  });
});

describe('gapChart', () => {
  it('joins urban and rural per year and labels the gap in 个百分点', async () => {
    const spec = charts.gapChart(values.filter((v) => v.region === 'C' && v.indicator === 'literacy_share'), share);
    await valid(spec);
    expect(dataOf(spec, 'rule').map((d) => [d.year, d.gap])).toEqual([['2020', '+6.1个百分点'], ['2024', '+7.6个百分点']]);
  });
});

describe('statusMatrixChart', () => {
  it('has a cell per target and region coloured by status, with its value as text', async () => {
    const spec = charts.statusMatrixChart(rows, { indicators });
    await valid(spec);
    const cells = (spec as { data: { values: Record<string, unknown>[] } }).data.values;
    expect(cells.find((c) => c.region === '东昌府区')).toMatchObject({ status: '已达标', text: '16.2%' });
    expect(cells).toHaveLength(4);
  });
});

describe('volumeChart', () => {
  it('stacks the training groups by year', async () => {
    const spec = charts.volumeChart(values.filter((v) => v.region === 'C'), trained);
    await valid(spec);
    const data = (spec as { data: { values: Record<string, unknown>[] } }).data.values;
    expect(data.map((d) => [d.key, d.series, d.value])).toEqual([
      ['2023', '农民培训', 2000], ['2023', '产业工人培训', 5000], ['2024', '农民培训', 2600], ['2024', '产业工人培训', 4800],
    ]);
    expect((spec as { encoding: { y: { stack: unknown } } }).encoding.y.stack).toBe('zero');
  });
});

describe('taskProgressChart', () => {
  it('shows each lead unit’s tasks by state with its completion share', async () => {
    const p = { ...plan, actions: [
      { id: 'a', group: 'action' as const, title: '行动一', lead: ['市教育局'], responsible: [], measures: [] },
      { id: 'b', group: 'action' as const, title: '行动二', lead: ['市教育局'], responsible: [], measures: [] },
      { id: 'c', group: 'project' as const, title: '工程一', lead: ['市科协'], responsible: [], measures: [] },
    ] };
    const { reports } = parseTaskReports({ rows: [{ row: 1, cells: ['单位', '任务', '年份', '状态'] }, { row: 2, cells: ['市教育局', 'a', 2024, '已完成'] }] }, 't.csv', p);
    const spec = charts.taskProgressChart(trackTasks(p, reports, 2024).byUnit);
    await valid(spec);
    expect(dataOf(spec, 'text').map((d) => [d.unit, d.label])).toEqual([['市教育局', '50%'], ['市科协', '0%']]);
  });
});

describe('smallMultiplesChart', () => {
  it('draws one trend panel per district', async () => {
    const spec = charts.smallMultiplesChart(lit.filter((v) => v.parent === 'C'), share, { evaluation: rows });
    await valid(spec);
    const panels = (spec as { concat: { title: { text: string } }[] }).concat;
    expect(panels.map((p) => p.title.text)).toEqual(['东昌府区', '茌平区', '临清市']);
    expect(layers(spec).length).toBeGreaterThan(panels.length * 2);
  });
});

describe('renderPng', () => {
  it('rasterises an SVG, its text outlined in the embedded font as resvg draws it with the font file', async () => {
    const svg = await charts.renderSvg(charts.trendChart(lit.filter((v) => v.region === 'C'), share), { fonts });
    const png = await charts.renderPng(svg, { fonts, scale: 2 });
    expect([...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');

    const outlined = outlineText(svg, fonts);
    expect(svg.match(/<text\b/g)!.length).toBeGreaterThan(10);
    expect(outlined).not.toMatch(/<text\b/);
    // The same picture as resvg's own text rendering with the font files: compare the pixels.
    const draw = (source: string, fontFiles: string[]) =>
      new Resvg(source, { fitTo: { mode: 'zoom', value: 2 }, background: 'white', font: { loadSystemFonts: false, fontFiles, defaultFontFamily: 'Noto Sans SC' } }).render();
    const reference = draw(svg, [fonts.sans.path, fonts.sansBold.path]);
    const mine = draw(outlined, []);
    expect([mine.width, mine.height]).toEqual([reference.width, reference.height]);
    const a = reference.pixels;
    const b = mine.pixels;
    let differing = 0;
    let inked = 0;
    for (let i = 0; i < a.length; i += 4) {
      if (a[i]! < 250) inked++;
      if (Math.abs(a[i]! - b[i]!) > 64) differing++;
    }
    // Antialiasing differs along glyph edges; a misplaced or missing label would differ by far more.
    expect(differing / inked).toBeLessThan(0.03);
    // Text with no font to draw it would leave the labels out entirely.
    const blank = draw(svg, []).pixels; // (the getter copies the image: read it once)
    let lost = 0;
    for (let i = 0; i < a.length; i += 4) if (Math.abs(a[i]! - blank[i]!) > 64) lost++;
    expect(lost / inked).toBeGreaterThan(0.1);
  });
});
