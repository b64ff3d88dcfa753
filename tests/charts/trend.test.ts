import { describe, expect, it } from 'vitest';
import { trendChart } from '../../src/charts/index.js';
import { computeIndicatorValues } from '../../src/indicators/compute.js';
import { cityWith, ind, indicatorMap, obs } from '../helpers/builders.js';
import { evalRow } from '../helpers/report.js';
import { fonts, layers } from '../helpers/charts.js';

const teachers = ind('trained_teachers', { name: { zh: '科学教师培训人次', en: 'Teachers trained' }, unit: '人次', temporal: 'flow' });
const { values } = computeIndicatorValues({
  regions: cityWith([]),
  indicators: indicatorMap(teachers),
  observations: obs(['C', 2020, 'trained_teachers', 407], ['C', 2021, 'trained_teachers', 414], ['C', 2022, 'trained_teachers', 458], ['C', 2024, 'trained_teachers', 544]),
});
const spec = trendChart(values.filter((v) => v.group === 'total'), teachers);
/** The text layers of the observed values: where each sets its label, and which data rows it keeps. */
const labelLayers = layers(spec).filter((l) => (l.mark as { type?: string })?.type === 'text' && (l.transform as unknown[] | undefined)?.length);

describe('trendChart labels', () => {
  it('sets the label of a value in the lower half of the scale above its point, and one in the upper half below it', () => {
    // The count scale runs from 0 to 544: the middle is 272, so every value here is in the upper half.
    const observed = layers(spec).find((l) => (l.data as { values?: { year?: number; above?: boolean }[] })?.values?.some((d) => d.year === 2020 && 'above' in d));
    const rows = (observed!.data as { values: { year: number; above: boolean }[] }).values;
    expect(rows.map((r) => r.above)).toEqual([false, false, false, false]);
    const [above, below] = labelLayers;
    expect(above!.mark).toMatchObject({ baseline: 'bottom', dy: -5 });
    expect(above!.transform).toEqual([{ filter: 'datum.above' }]);
    expect(below!.mark).toMatchObject({ baseline: 'top', dy: 5 });
    // A share from 10 to 20: 10 is in the lower half and is labelled above its point, clear of the year axis.
    const share = ind('literacy_share', { unit: '%', valueType: 'share', decimals: 1 });
    const low = computeIndicatorValues({ regions: cityWith([]), indicators: indicatorMap(share), observations: obs(['C', 2020, 'literacy_share', 10], ['C', 2024, 'literacy_share', 20]) }).values;
    const flags = layers(trendChart(low.filter((v) => v.group === 'total'), share)).flatMap((l) => ((l.data as { values?: { above?: boolean }[] })?.values ?? []).filter((d) => 'above' in d).map((d) => d.above));
    expect(flags).toEqual([true, false]);
  });

  it('labels a point with its number only (the axis titles the unit), so yearly labels do not run together', () => {
    const points = layers(spec).flatMap((l) => ((l.data as { values?: { year?: number; point?: string; label?: string }[] })?.values ?? []).filter((d) => d.point !== undefined));
    expect(points.map((d) => d.point)).toEqual(['407', '414', '458', '544']);
    // The tooltip keeps the value with its unit.
    expect(points[0]!.label).toBe('407人次');
    expect(labelLayers.every((l) => (l.encoding as { text: { field: string } }).text.field === 'point')).toBe(true);
  });

  it('gives one series one number of decimals: 1.80万 beside 1.97万, never 1.8万', () => {
    const big = computeIndicatorValues({
      regions: cityWith([]), indicators: indicatorMap(teachers),
      observations: obs(['C', 2021, 'trained_teachers', 15900], ['C', 2022, 'trained_teachers', 17800], ['C', 2023, 'trained_teachers', 18000], ['C', 2024, 'trained_teachers', 19700]),
    }).values;
    const points = layers(trendChart(big.filter((v) => v.group === 'total'), teachers)).flatMap((l) => ((l.data as { values?: { point?: string; label?: string }[] })?.values ?? []).filter((d) => d.point !== undefined));
    expect(points.map((d) => d.point)).toEqual(['1.59万', '1.78万', '1.80万', '1.97万']);
    expect(points.map((d) => d.label)).toEqual(['1.59万人次', '1.78万人次', '1.80万人次', '1.97万人次']);
  });

  it('pads the years so the first label, centred on its point, clears the value axis', () => {
    const x = (spec as unknown as { encoding: { x: { scale: { padding: number } } } }).encoding.x.scale;
    // '544' in the embedded font at 7.5 pt: 3 × 0.555 em = 1.665 em = 12.5 pt; half of it is 6.2 pt, under the 10 pt minimum.
    expect(fonts.sans.measure('544', 7.5)).toBeCloseTo(12.49, 1);
    expect(x.padding).toBeGreaterThanOrEqual(10);
  });
});

describe('trend chart title', () => {
  it('puts the region after the name in English, with its English name when the regions file has one', async () => {
    const { chartFor } = await import('../../src/charts/index.js');
    const { loadWorkspace, assessWorkspace } = await import('../../src/app/index.js');
    const { repoRoot } = await import('../helpers/cli.js');
    const a = assessWorkspace(await loadWorkspace(`${repoRoot}/data/samples/dandong`));
    const en = chartFor('trend', a, { indicator: 'trained_teachers', lang: 'en' }) as { title: { text: string } };
    const zh = chartFor('trend', a, { indicator: 'trained_teachers', lang: 'zh' }) as { title: { text: string } };
    expect(zh.title.text).toBe('丹东市科学教师和科技辅导员培训人次');
    expect(en.title.text).toBe('Person-times of training for science teachers and science tutors, Dandong');
  });
});

describe('trendChart label placement', () => {
  // Dezhou's case: 10.8% (95% CI 10.0–11.6) in 2020, the target year, against a target of 10.5%.
  const share = ind('literacy_share', { unit: '%', valueType: 'share', decimals: 1 });
  const observations = obs(['C', 2015, 'literacy_share', 5.9], ['C', 2020, 'literacy_share', 10.8]).map((o) => ({ ...o, se: 0.4 }));
  const { values } = computeIndicatorValues({ regions: cityWith([]), indicators: indicatorMap(share), observations });
  const row = evalRow({ value: 10.8, value_year: 2020, baseline: 5.9, baseline_year: 2015, target: 10.5, target_year: 2020, status: 'achieved' });
  const all = layers(trendChart(values.filter((v) => v.group === 'total'), share, { evaluation: row }));

  it('sets a point’s label beyond the end of its error bar, not across it', () => {
    const observed = all.find((l) => (l.data as { values?: { at?: number }[] })?.values?.some((d) => 'at' in d))!;
    const rows = (observed.data as { values: { year: number; value: number; high: number; low: number; above: boolean; at: number }[] }).values;
    for (const r of rows) expect(r.at).toBe(r.above ? r.high : r.low);
    expect(rows.find((r) => r.year === 2020)!.at).toBeCloseTo(10.8 - 1.959964 * 0.4, 5);
  });

  it('puts the target’s label beside its diamond, under the line that arrives above it, over a white halo', () => {
    const texts = all.filter((l) => (l.encoding as { text?: { field: string } })?.text?.field === 'label' && (l.mark as { type?: string })?.type === 'text');
    const [halo, label] = texts.slice(-2).map((l) => l.mark as Record<string, unknown>);
    expect(label).toMatchObject({ align: 'right', baseline: 'top', color: expect.any(String) });
    expect(label!.dx).toBeLessThan(0);
    expect(halo).toMatchObject({ stroke: '#ffffff', color: '#ffffff', baseline: 'top' });
  });
});
