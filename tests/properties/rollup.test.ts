import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildRegions } from '../../src/data/regions.js';
import type { Observation, Region } from '../../src/data/types.js';
import { computeIndicatorValues } from '../../src/indicators/compute.js';
import type { IndicatorValue } from '../../src/indicators/types.js';
import { ind, indicatorMap } from '../helpers/builders.js';

// Issue 12: roll-ups do not depend on the order of the observation rows (nor of the regions file).
// Seeded so a failure reproduces.
const SEED = 20261127;

/** City C; districts D0–D3; towns T00–T32 under them (towns give the districts their values). */
const REGIONS: Region[] = [
  { code: 'C', name: '市', level: 'city' },
  ...[0, 1, 2, 3].map((d) => ({ code: `D${d}`, name: `区${d}`, parent: 'C', level: 'county' as const })),
  ...[0, 1, 2, 3].flatMap((d) => [0, 1, 2].map((t) => ({ code: `T${d}${t}`, name: `镇${d}${t}`, parent: `D${d}`, level: 'town' as const }))),
];
const indicators = indicatorMap(
  ind('venues', { unit: '个' }),
  ind('funding', { unit: '万元' }),
  ind('population', { unit: '人' }),
  ind('share', { unit: '%', valueType: 'share', aggregation: 'weighted_mean', weight: 'population', temporal: 'rate' }),
  ind('best', { unit: '个', aggregation: 'max' }),
);

/** Observations: any subset of region × year × indicator, counts as integers, money and shares as decimals. */
const observations = fc
  .uniqueArray(
    fc.record({
      region: fc.constantFrom(...REGIONS.map((r) => r.code)),
      year: fc.integer({ min: 2021, max: 2023 }),
      indicator: fc.constantFrom('venues', 'funding', 'population', 'share', 'best'),
    }),
    { selector: (o) => `${o.region}|${o.year}|${o.indicator}`, maxLength: 60 },
  )
  .chain((keys) =>
    fc.tuple(
      ...keys.map((k) =>
        (k.indicator === 'share' ? fc.integer({ min: 0, max: 1000 }).map((v) => v / 10) : k.indicator === 'funding' ? fc.double({ min: 0, max: 1e6, noNaN: true }) : fc.integer({ min: 0, max: 1e6 })).map(
          (value): Observation => ({ ...k, value, group: 'total', file: 't.csv', row: 2 }),
        ),
      ),
    ),
  );

const byKey = (values: IndicatorValue[]) => new Map(values.map((v) => [`${v.region}|${v.year}|${v.indicator}|${v.group}`, v]));

describe('roll-ups: independent of row order', () => {
  it('gives every region the same values, origins and coverage whatever the order of the observations and of the regions file', () => {
    fc.assert(
      fc.property(observations, fc.integer(), (obs, key) => {
        const shuffle = <T>(list: readonly T[]) => list.map((x, i) => [x, hash(i, key)] as const).sort((a, b) => a[1] - b[1]).map(([x]) => x);
        const a = computeIndicatorValues({ regions: buildRegions(REGIONS), indicators, observations: obs });
        const b = computeIndicatorValues({ regions: buildRegions(shuffle(REGIONS)), indicators, observations: shuffle(obs) });
        expect(b.issues).toEqual(a.issues);
        const [ma, mb] = [byKey(a.values), byKey(b.values)];
        expect([...mb.keys()].sort()).toEqual([...ma.keys()].sort());
        for (const [k, va] of ma) {
          const vb = mb.get(k)!;
          // Sums of the same numbers in another order differ at most in the last bits.
          const { value: x, ...restA } = va;
          const { value: y, ...restB } = vb;
          expect(restB, k).toEqual(restA);
          expect(y === null ? null : Math.abs(y - x!) <= 1e-9 * Math.max(1, Math.abs(x!)), k).toBe(x === null ? null : true);
          if (va.indicator !== 'funding' && va.indicator !== 'share') expect(y, k).toBe(x); // integers: exact
        }
      }),
      { seed: SEED, numRuns: 3_000 },
    );
  });

  it('sums a parent that did not report from the children that did', () => {
    fc.assert(
      fc.property(observations, (obs) => {
        const values = byKey(computeIndicatorValues({ regions: buildRegions(REGIONS), indicators, observations: obs }).values);
        for (const v of values.values()) {
          if (v.indicator !== 'venues' || v.origin !== 'rolled_up') continue;
          const children = REGIONS.filter((r) => r.parent === v.region).map((r) => values.get(`${r.code}|${v.year}|venues|total`)?.value ?? null);
          expect(v.value, `${v.region} ${v.year}`).toBe(children.reduce<number>((s, c) => s + (c ?? 0), 0));
          expect(v.reported, `${v.region} ${v.year}`).toBe(children.filter((c) => c !== null).length);
        }
      }),
      { seed: SEED, numRuns: 2_000 },
    );
  });
});

/** A deterministic shuffle key (fast-check supplies the seed). */
function hash(i: number, seed: number): number {
  let x = Math.imul(i ^ seed, 0x9e3779b1);
  x ^= x >>> 15;
  return Math.imul(x, 0x85ebca6b) >>> 0;
}
