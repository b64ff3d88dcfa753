// Issue 20: the plausibility checks of `kepu data check` group observations under numeric keys
// instead of a concatenated string per observation. The series (keys, order, members) and the
// per-capita warnings must be exactly those of the string-keyed code, kept in
// tests/helpers/reference-plausibility.ts.
import { describe, expect, it } from 'vitest';
import { loadWorkspace } from '../../src/app/workspace.js';
import { buildRegions } from '../../src/data/regions.js';
import type { Observation, Region } from '../../src/data/types.js';
import { perCapita } from '../../src/indicators/plausibility/per-capita.js';
import { seriesOf } from '../../src/indicators/plausibility/series.js';
import type { RuleInput } from '../../src/indicators/plausibility/types.js';
import type { Indicator } from '../../src/indicators/types.js';
import { SeededRandom } from '../../src/util/seeded-random.js';
import { ind, indicatorMap } from '../helpers/builders.js';
import { repoRoot } from '../helpers/cli.js';
import { referencePerCapita, referenceSeriesOf } from '../helpers/reference-plausibility.js';

function same(input: Omit<RuleInput, 'series'>): number {
  const series = seriesOf(input.observations);
  const reference = referenceSeriesOf(input.observations);
  expect([...series.keys()]).toEqual([...reference.keys()]);
  for (const [key, list] of reference) {
    const now = series.get(key)!;
    expect(now.length, key).toBe(list.length);
    list.forEach((o, i) => expect(now[i], key).toBe(o));
  }
  const warnings = perCapita({ ...input, series });
  expect(warnings).toEqual(referencePerCapita({ ...input, series: reference }));
  return warnings.length;
}

describe('the numerically keyed plausibility grouping equals the string-keyed one', () => {
  for (const sample of ['liaocheng', 'linyi', 'dandong', 'linyi-county', 'dezhou']) {
    it(`on the ${sample} sample`, async () => {
      const ws = await loadWorkspace(`${repoRoot}/data/samples/${sample}`);
      same({ observations: ws.observations, indicators: ws.indicators, regions: ws.regions, settings: {} });
    });
  }

  it('on seeded hierarchies with outliers, groups, repeats and regions outside the hierarchy', () => {
    const indicators: Map<string, Indicator> = indicatorMap(
      ind('population', { unit: '人' }),
      ind('venues', { valueType: 'count' }),
      ind('funding', { unit: '万元', valueType: 'amount' }),
      ind('share', { unit: '%', valueType: 'share' }),
    );
    let flagged = 0;
    for (let seed = 1; seed <= 6; seed++) {
      const random = new SeededRandom(`plausibility-${seed}`);
      const list: Region[] = [{ code: 'R', name: '根', level: 'city' }];
      for (let p = 0; p < 4; p++) {
        list.push({ code: `P${p}`, name: `上${p}`, level: 'county', parent: 'R' });
        for (let c = 0; c < 6 + p; c++) list.push({ code: `P${p}C${c}`, name: `下${p}${c}`, level: 'town', parent: `P${p}` });
      }
      const observations: Observation[] = [];
      let row = 2;
      for (const region of [...list, { code: 'X', name: 'X', level: 'town' as const }]) {
        for (let year = 2019; year <= 2024; year++) {
          const o = (indicator: string, value: number, group = 'total') => observations.push({ region: region.code, year, indicator, group, value, file: `f${seed}.csv`, row: row++, column: 'C' });
          if (random.next() < 0.9) o('population', Math.round(10_000 + random.next() * 90_000));
          if (random.next() < 0.8) o('venues', random.next() < 0.1 ? 500 + random.next() * 1e4 : Math.round(random.next() * 20));
          if (random.next() < 0.8) o('funding', random.next() < 0.05 ? 0 : random.next() * 300, random.next() < 0.3 ? 'urban' : 'total');
          if (random.next() < 0.5) o('share', random.next() * 20);
        }
      }
      for (let i = observations.length - 1; i > 0; i--) {
        const j = Math.floor(random.next() * (i + 1));
        [observations[i], observations[j]] = [observations[j]!, observations[i]!];
      }
      flagged += same({ observations, indicators, regions: buildRegions(list), settings: { per_capita: 3 } });
    }
    expect(flagged).toBeGreaterThan(0);
  });
});
