import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupRows } from '../../src/util/group-rows.js';

describe('groupRows', () => {
  it('numbers groups by first appearance, keeps row order within each and leaves out key -1', () => {
    // keys by row:      0  1  2   3  4  5
    const keys = [7, 3, 7, -1, 3, 9];
    const g = groupRows(keys.length, (i) => keys[i]!);
    expect(g.count).toBe(3);
    // group 0 (key 7): rows 0, 2; group 1 (key 3): rows 1, 4; group 2 (key 9): row 5.
    expect([...g.rows]).toEqual([0, 2, 1, 4, 5]);
    expect([...g.start]).toEqual([0, 2, 4, 5]);
    expect([g.find(7), g.find(3), g.find(9), g.find(4)]).toEqual([0, 1, 2, -1]);
  });

  it('gives no group for no rows, or only rows left out', () => {
    for (const n of [0, 3]) {
      const g = groupRows(n, () => -1);
      expect([g.count, [...g.rows], [...g.start]]).toEqual([0, [], [0]]);
    }
  });

  it('groups the same way whether keys are few and small (an array by key) or large and sparse (a map)', () => {
    const reference = (keys: readonly number[]) => {
      const order = new Map<number, number[]>();
      keys.forEach((k, i) => k >= 0 && (order.get(k) ?? order.set(k, []).get(k)!).push(i));
      return [...order.values()];
    };
    const key = fc.oneof(fc.integer({ min: -1, max: 20 }), fc.integer({ min: 0, max: 2 ** 40 }), fc.constantFrom(70_000, 2 ** 31 + 5, 0.5));
    fc.assert(
      fc.property(fc.array(key, { maxLength: 60 }), (keys) => {
        const g = groupRows(keys.length, (i) => keys[i]!);
        const groups = Array.from({ length: g.count }, (_, k) => [...g.rows.subarray(g.start[k]!, g.start[k + 1]!)]);
        expect(groups).toEqual(reference(keys));
        for (const [k, rows] of groups.entries()) expect(g.find(keys[rows[0]!]!)).toBe(k);
        expect(g.find(2 ** 41)).toBe(-1);
        expect(g.find(0.25)).toBe(-1);
      }),
      { numRuns: 2_000 },
    );
  });
});
