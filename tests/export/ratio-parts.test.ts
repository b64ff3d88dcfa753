import { describe, expect, it } from 'vitest';
import { workspaceUnitFigures } from '../../src/app/responsibility.js';
import { loadWorkspace } from '../../src/app/workspace.js';
import { fieldsOf, ratioIndicators, ratioParts } from '../../src/export/ratio-parts.js';
import type { Regions } from '../../src/data/types.js';
import type { Indicator, IndicatorValue } from '../../src/indicators/types.js';
import { computeIndicatorTable, computeIndicatorValues } from '../../src/indicators/compute.js';
import { cityWith, ind, indicatorMap, obs } from '../helpers/builders.js';
import { repoRoot } from '../helpers/cli.js';

const indicators = indicatorMap(
  ind('funding', { unit: '万元', valueType: 'amount' }),
  ind('population', { unit: '人' }),
  ind('population_18_69', { unit: '人' }),
  ind('literacy_share', { unit: '%', valueType: 'share', aggregation: 'weighted_mean', weight: 'population_18_69' }),
  ind('funding_per_capita', { formula: 'd.funding * 10000 / d.population', aggregation: 'recompute', valueType: 'ratio' }),
  ind('gap', { formula: 'd.literacy_share.urban - d.literacy_share.rural', aggregation: 'recompute', valueType: 'points' }),
);

describe('ratioIndicators', () => {
  it('takes recompute formulas over summed inputs only', () => {
    expect([...ratioIndicators(indicators).keys()]).toEqual(['funding_per_capita']);
  });
});

/** ratioParts over a table held in memory, as columns aligned with its rows. */
function ratioColumns(rows: readonly IndicatorValue[], regions: Regions, indicators: ReadonlyMap<string, Indicator>) {
  const parts = ratioParts(regions, indicators, fieldsOf(rows, indicators));
  const of = rows.map((row) => parts(row));
  return { numerator: of.map((p) => p?.numerator ?? null), denominator: of.map((p) => p?.denominator ?? null), scale: of.map((p) => p?.scale ?? null) };
}

describe('ratioParts', () => {
  it('gives a parent the sums over the districts that reported both inputs, and each district its own', () => {
    // Hand calculation: D1 and D2 report both, D3 only funding. City: (100 + 50) / (20,000 + 10,000).
    const regions = cityWith([['D1', '一区'], ['D2', '二区'], ['D3', '三区']]);
    const observations = obs(['D1', 2024, 'funding', 100], ['D1', 2024, 'population', 20000], ['D2', 2024, 'funding', 50], ['D2', 2024, 'population', 10000], ['D3', 2024, 'funding', 70]);
    const { values } = computeIndicatorValues({ regions, observations, indicators });
    const parts = ratioColumns(values, regions, indicators);
    const at = (region: string) => {
      const i = values.findIndex((v) => v.region === region && v.indicator === 'funding_per_capita');
      return [values[i]!.value, parts.numerator[i], parts.denominator[i], parts.scale[i]];
    };
    expect(at('C')).toEqual([50, 150, 30000, 10000]);
    expect(at('D1')).toEqual([50, 100, 20000, 10000]);
    expect(at('D2')).toEqual([50, 50, 10000, 10000]);
    // The city's own funding is the sum of all three districts (220), not the ratio's numerator.
    expect(values.find((v) => v.region === 'C' && v.indicator === 'funding')!.value).toBe(220);
    // Not ratios: inputs and the missing D3 row have none.
    values.forEach((v, i) => {
      if (v.indicator !== 'funding_per_capita' || v.value === null) expect(parts.numerator[i], `${v.region} ${v.indicator}`).toBeNull();
    });
  });

  it('uses a parent\'s own inputs where it reported them itself', () => {
    const regions = cityWith([['D1', '一区'], ['D2', '二区']]);
    const observations = obs(['C', 2024, 'funding', 300], ['C', 2024, 'population', 40000], ['D1', 2024, 'funding', 100], ['D1', 2024, 'population', 20000]);
    const { values } = computeIndicatorValues({ regions, observations, indicators });
    const parts = ratioColumns(values, regions, indicators);
    const i = values.findIndex((v) => v.region === 'C' && v.indicator === 'funding_per_capita');
    expect([values[i]!.value, parts.numerator[i], parts.denominator[i]]).toEqual([75, 300, 40000]);
  });

  for (const sample of ['liaocheng', 'linyi', 'dandong', 'linyi-county', 'dezhou']) {
    it(`gives every ratio value of the ${sample} sample a numerator and denominator that redo it`, async () => {
      const ws = await loadWorkspace(`${repoRoot}/data/samples/${sample}`);
      const input = {
        regions: ws.regions, observations: ws.observations, indicators: ws.indicators, periodStart: ws.plan.period.start,
        contributions: workspaceUnitFigures(ws).contributions, trends: false,
      };
      const { values } = computeIndicatorValues(input);
      const ratios = ratioIndicators(ws.indicators);
      expect([...ratios.keys()].sort()).toEqual(['funding_gov_share', 'funding_per_capita', 'special_funding_per_capita', 'staff_per_10k', 'venue_area_per_10k']);
      const parts = ratioColumns(values, ws.regions, ws.indicators);
      let checked = 0;
      values.forEach((v, i) => {
        const isRatio = ratios.has(v.indicator) && v.group === 'total' && v.value !== null;
        expect(parts.numerator[i] !== null, `${v.region} ${v.year} ${v.indicator}`).toBe(isRatio);
        if (!isRatio) return;
        checked++;
        expect((parts.scale[i]! * parts.numerator[i]!) / parts.denominator[i]!).toBeCloseTo(v.value!, 9);
      });
      expect(checked).toBeGreaterThan(20);
      // The inputs read from the computed table's columns (what kepu compute --format parquet
      // reads) give every row the same parts as the inputs collected from its rows.
      const { table } = computeIndicatorTable(input);
      const partsOf = ratioParts(ws.regions, ws.indicators, (id, group) => table.field(id, group));
      const fromColumns = values.map((v) => partsOf(v));
      expect(fromColumns.map((p) => p?.numerator ?? null)).toEqual(parts.numerator);
      expect(fromColumns.map((p) => p?.denominator ?? null)).toEqual(parts.denominator);
      expect(fromColumns.map((p) => p?.scale ?? null)).toEqual(parts.scale);
    });
  }
});
