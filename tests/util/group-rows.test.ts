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
});
