import { describe, expect, it } from 'vitest';
import * as vega from 'vega';
import { toVega } from '../../src/charts/to-vega.js';
import { volumeChart } from '../../src/charts/index.js';
import { computeIndicatorValues } from '../../src/indicators/compute.js';
import { cityWith, ind, indicatorMap, obs } from '../helpers/builders.js';

const farmers = ind('trained_farmers', { name: { zh: '农民培训', en: 'Farmers trained' }, unit: '人次', temporal: 'flow' });
const { values } = computeIndicatorValues({ regions: cityWith([['A', '甲区']]), indicators: indicatorMap(farmers), observations: obs(['C', 2023, 'trained_farmers', 2000], ['C', 2024, 'trained_farmers', 2600]) });
const chart = volumeChart(values.filter((v) => v.region === 'C'), [farmers]);

describe('toVega', () => {
  it('compiles to a Vega spec with the chart’s data inline and no $schema address', () => {
    const spec = toVega(chart);
    expect(spec).not.toHaveProperty('$schema');
    expect(JSON.stringify(spec)).not.toMatch(/"url"|https?:/);
    const rows = spec.data!.flatMap((d) => ('values' in d && Array.isArray(d.values) ? d.values : [])) as { label?: string }[];
    expect(rows.map((r) => r.label)).toEqual(expect.arrayContaining(['2000人次', '2600人次']));
    expect(() => vega.parse(spec)).not.toThrow();
  });

  it('sets every text in the font family list it is given', () => {
    const font = '"kepu-sans", sans-serif';
    const styles = (toVega(chart, { font }).config as { style: Record<string, { font?: string }> }).style;
    for (const name of ['guide-label', 'guide-title', 'group-title', 'text']) expect(styles[name]?.font, name).toBe(font);
    expect(JSON.stringify(toVega(chart))).not.toContain('kepu-sans');
  });
});
