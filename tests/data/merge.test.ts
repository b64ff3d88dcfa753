// Issue 20: merging by one sort (coordinateOrder) instead of a map lookup per observation must
// keep what the map-based merge kept, drop what it dropped, and report the same conflicts in the
// same order. The map-based merge is kept verbatim in tests/helpers/reference-compute.ts.
import { describe, expect, it } from 'vitest';
import { mergeObservations } from '../../src/data/merge.js';
import type { Observation } from '../../src/data/types.js';
import { SeededRandom } from '../../src/util/seeded-random.js';
import { referenceMergeObservations } from '../helpers/reference-compute.js';

describe('mergeObservations', () => {
  it('keeps one of equal reports, drops both of a conflict and names where the first was read', () => {
    const o = (file: string, row: number, region: string, value: number, group = 'total'): Observation => ({ region, year: 2024, indicator: 'funding', group, value, file, row });
    const { observations, issues } = mergeObservations([
      [o('a.csv', 2, 'B', 5), o('a.csv', 3, 'A', 1), o('a.csv', 4, 'A', 1, 'urban')],
      [o('b.csv', 2, 'A', 1), o('b.csv', 3, 'B', 6), o('b.csv', 4, 'B', 7)],
    ]);
    // A total: reported twice alike, kept once (the first read); B: 5 then 6 and 7, dropped.
    expect(observations.map((x) => `${x.region} ${x.group} ${x.file}:${x.row}`)).toEqual(['A total a.csv:3', 'A urban a.csv:4']);
    expect(issues.map((i) => [i.where?.file, i.where?.row, i.args])).toEqual([
      ['b.csv', 3, { region: 'B', year: 2024, field: 'funding', value: 6, other: 5, first: 'a.csv:2' }],
      ['b.csv', 4, { region: 'B', year: 2024, field: 'funding', value: 7, other: 5, first: 'a.csv:2' }],
    ]);
  });

  for (const seed of ['1', '2', '3', '4']) {
    it(`equals the map-based merge on seeded files with repeats and conflicts (seed ${seed})`, () => {
      const rnd = new SeededRandom(`merge-${seed}`);
      const lists: Observation[][] = [];
      for (let f = 0; f < rnd.int(2, 5); f++) {
        const list: Observation[] = [];
        for (let r = 0; r < rnd.int(50, 400); r++) {
          list.push({
            region: `${rnd.pick(['371500', '371502', '371521', '北京', 'a', 'B'])}`, year: rnd.int(2019, 2024),
            indicator: rnd.pick(['funding', 'population', 'literacy_share']), group: rnd.pick(['total', 'total', 'urban', 'rural']),
            value: rnd.int(0, 3), file: `f${f}.csv`, row: r + 2, column: 'D',
          });
        }
        lists.push(list);
      }
      const now = mergeObservations(lists);
      const before = referenceMergeObservations(lists);
      expect(now.issues.length).toBeGreaterThan(0);
      expect(now.observations).toEqual(before.observations);
      now.observations.forEach((o, i) => expect(o).toBe(before.observations[i]));
      expect(now.issues).toEqual(before.issues);
    });
  }
});
