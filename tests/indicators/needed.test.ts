// kepu evaluate computes only the targeted indicators and what they are computed from
// (src/indicators/needed.ts): the values of those must be exactly the full computation's.
import { describe, expect, it } from 'vitest';
import { loadWorkspace } from '../../src/app/workspace.js';
import { compileIndicators } from '../../src/indicators/compile.js';
import { computeIndicatorSeries } from '../../src/indicators/compute.js';
import { loadIndicators } from '../../src/indicators/load.js';
import { neededIndicators } from '../../src/indicators/needed.js';
import { repoRoot } from '../helpers/cli.js';

describe('neededIndicators', () => {
  const indicators = loadIndicators();
  const { compiled } = compileIndicators(indicators);
  const needed = (...ids: string[]) => [...neededIndicators(compiled!, indicators, ids)].sort();

  it('follows formulas to their inputs (indicators/*.yaml)', () => {
    // funding_per_capita = d.funding_total * 10000 / d.population
    expect(needed('funding_per_capita')).toEqual(['funding_per_capita', 'funding_total', 'population']);
    // staff_per_10k = (d.staff_fulltime + d.staff_parttime) / (d.population / 10000)
    expect(needed('staff_per_10k')).toEqual(['population', 'staff_fulltime', 'staff_parttime', 'staff_per_10k']);
  });

  it('takes the weight of a weighted mean, and a formula over another derived or weighted indicator', () => {
    // literacy_share is a mean weighted by population_18_69.
    expect(needed('literacy_share')).toEqual(['literacy_share', 'population_18_69']);
    // literacy_gap_urban_rural = d.literacy_share.urban - d.literacy_share.rural
    expect(needed('literacy_gap_urban_rural')).toEqual(['literacy_gap_urban_rural', 'literacy_share', 'population_18_69']);
    expect(needed()).toEqual([]);
  });
});

describe('computeIndicatorSeries with only', () => {
  for (const sample of ['liaocheng', 'linyi', 'dandong', 'linyi-county', 'dezhou']) {
    it(`gives the ${sample} sample's targeted series exactly as the full computation does`, async () => {
      const ws = await loadWorkspace(`${repoRoot}/data/samples/${sample}`);
      const input = { regions: ws.regions, observations: ws.observationTable ?? ws.observations, indicators: ws.indicators, periodStart: ws.plan.period.start };
      const targeted = [...new Set(ws.plan.targets.flatMap((t) => (t.indicator === undefined ? [] : [t.indicator])))];
      const full = computeIndicatorSeries(input).series;
      const pruned = computeIndicatorSeries(input, { only: targeted }).series;
      let values = 0;
      for (const region of ws.regions.list) {
        for (const id of targeted) {
          const expected = full(region.code, id);
          values += expected.length;
          expect(pruned(region.code, id), `${region.code} ${id}`).toEqual(expected);
        }
      }
      expect(values).toBeGreaterThan(20);
      // An indicator outside the set is an internal error, never an empty series taken for "no data".
      const other = [...ws.indicators.keys()].find((id) => !neededIndicators(compileIndicators(ws.indicators).compiled!, ws.indicators, targeted).has(id))!;
      expect(() => pruned(ws.regions.list[0]!.code, other)).toThrow(/not among the indicators computed/);
    });
  }
});
