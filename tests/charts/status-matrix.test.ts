import { describe, expect, it } from 'vitest';
import { renderSvg, statusMatrixChart } from '../../src/charts/index.js';
import { cellSize, labelColumn } from '../../src/charts/status-matrix.js';
import { ind, indicatorMap } from '../helpers/builders.js';
import { fonts, schemaErrors } from '../helpers/charts.js';
import { evalRow } from '../helpers/report.js';

const measure = fonts.sans.measure;
const long = ind('venues_large', { name: { zh: '常设展厅面积1000平方米以上的科普场馆数量', en: 'Venues with 1,000 m² or more of permanent exhibition' }, unit: '个' });
const trained = ind('trained_farmers', { name: { zh: '农民科学素质培训人次', en: 'Farmers trained' }, unit: '人次' });
const regions = ['临沂市', '兰山区', '罗庄区', '河东区', '沂南县', '郯城县', '沂水县', '兰陵县', '费县'];
const rows = regions.flatMap((name, i) => [
  evalRow({ target_id: 'v', indicator: 'venues_large', region: `R${i}`, region_name: name, value: 9, unit: '个', status: 'behind' }),
  evalRow({ target_id: 't', indicator: 'trained_farmers', region: `R${i}`, region_name: name, value: 12400, unit: '人次', status: 'achieved' }),
]);
const spec = statusMatrixChart(rows, { indicators: indicatorMap(long, trained), measure });
const y = (spec as unknown as { encoding: { y: { axis: { labelExpr: string; labelLimit: number } } } }).encoding.y.axis;
/** The lines of each row label, as the label expression holds them (a JSON array, first in the expression). */
const labelLines = JSON.parse(/^(\[.*?\]\])\[/.exec(y.labelExpr)![1]!) as string[][];

describe('statusMatrixChart', () => {
  it('never cuts a row label to “…”: each wraps onto lines that give back the whole name', async () => {
    expect(schemaErrors(spec)).toEqual([]);
    expect(JSON.stringify(spec)).not.toContain('…');
    expect(y.labelLimit).toBe(0);
    expect(labelLines.map((l) => l.join(''))).toEqual(['常设展厅面积1000平方米以上的科普场馆数量', '农民科学素质培训人次']);
    const svg = await renderSvg(spec, { fonts });
    expect(svg).not.toContain('…');
    for (const line of labelLines.flat()) expect(svg).toContain(`>${line}<`);
  });

  it('wraps a label within the label column, measured in the embedded font, keeping “1000” whole', () => {
    // Nine regions of 28 pt leave 442.2 − 9 × 28 − 8 = 182.2 pt; 40% of the width is 176.9 pt.
    const { labelWidth, lines } = labelColumn(['常设展厅面积1000平方米以上的科普场馆数量'], 176.9, measure);
    // 18 CJK characters and four digits at 7.5 pt: 18 × 7.5 + 4 × 0.555 × 7.5 = 151.65 pt, within the limit: one line.
    expect(labelWidth).toBeCloseTo(151.65, 1);
    expect(lines).toEqual([['常设展厅面积1000平方米以上的科普场馆数量']]);
    const narrow = labelColumn(['常设展厅面积1000平方米以上的科普场馆数量'], 70, measure).lines[0]!;
    expect(narrow.join('')).toBe('常设展厅面积1000平方米以上的科普场馆数量');
    expect(narrow.some((l) => l.includes('1000'))).toBe(true);
    for (const l of narrow) expect(measure(l, 7.5)).toBeLessThanOrEqual(70);
  });

  it('makes cells wide enough for “1.24万人次”, so it is not cut at the left', () => {
    // '1.24万人次': three digits and a point (3 × 0.555 + 0.278 = 1.943 em) and three CJK characters: 4.943 em, 29.66 pt at 6 pt.
    expect(measure('1.24万人次', 6)).toBeCloseTo(29.66, 1);
    const cells = (spec as unknown as { data: { values: { text: string }[] } }).data.values;
    expect(cells.map((c) => c.text)).toContain('1.24万人次');
    const cellWidth = (spec as unknown as { width: number }).width / regions.length;
    const layer = (spec as unknown as { layer: { mark: { type: string; fontSize?: number } }[] }).layer.find((l) => l.mark.type === 'text')!;
    expect(cellWidth).toBeGreaterThanOrEqual(measure('1.24万人次', layer.mark.fontSize!) + 6);
  });

  it('sets cell text at 7 pt when the cells have room, and at 6 pt when 7 pt would widen the chart', () => {
    expect(cellSize(['1.24万人次'], 60, measure)).toEqual({ width: 60, fontSize: 7 });
    const tight = cellSize(['1.24万人次'], 30, measure);
    expect(tight.fontSize).toBe(6);
    // At 7 pt it needs 34.60 + 6 = 40.6 pt, more than the 30 pt share; at 6 pt 29.66 + 6 = 35.66 pt (still more: the chart widens).
    expect(tight.width).toBeCloseTo(35.66, 1);
  });

  it('stands region names upright when one is wider than its column (Miaoshang Township), and keeps short ones level', () => {
    const x = (names: string[]) => {
      const r = names.map((name, i) => evalRow({ target_id: 't', indicator: 'trained_farmers', region: `R${i}`, region_name: name, value: 12400, unit: '人次', status: 'achieved' }));
      const s = statusMatrixChart(r, { indicators: indicatorMap(trained), measure, lang: 'en' });
      return (s as unknown as { encoding: { x: { axis: Record<string, unknown> } } }).encoding.x.axis;
    };
    const towns = ['Linyi County', 'Yishi Town', 'Meiyang Town', 'Linjin Town', 'Qiji Town', 'Dongzhang Town', 'Sunji Town', 'Sanguan Town', 'Danzi Town', 'Niudu Town', 'Chuhou Township', 'Miaoshang Township', 'Beixin Township', 'Jiaobei Township', 'Beijing Township'];
    expect(x(towns)).toMatchObject({ labelAngle: -90, labelAlign: 'left', labelLimit: 0 });
    expect(x(regions)).toMatchObject({ labelAngle: 0 });
  });
});
