import { describe, expect, it } from 'vitest';
import { Series, ValueStore } from '../../src/indicators/store.js';

describe('Series extras', () => {
  it('keeps a standard error alone in its column, with no map entry and nothing made for the other cells', () => {
    const s = new Series('literacy_share', 'total', 6);
    expect(s.seAt(2)).toBeUndefined();
    expect(s.se).toBeUndefined();
    s.setSe(2, 0.69);
    expect(s.seAt(2)).toBe(0.69);
    expect(s.seAt(3)).toBeUndefined();
    expect(s.extras).toBeUndefined();
    // A standard error of 0 is one (an exact figure), not none.
    s.setSe(3, 0);
    expect(s.seAt(3)).toBe(0);
    s.setSe(2, undefined);
    expect(s.seAt(2)).toBeUndefined();
  });

  it('splits extras into the column and the map, and setting them again replaces both', () => {
    const s = new Series('literacy_share', 'urban', 4);
    s.setExtras(1, { se: 1.6, n: 150, df: 20, source: '调查' });
    expect(s.seAt(1)).toBe(1.6);
    expect(s.extras?.get(1)).toEqual({ n: 150, df: 20, source: '调查' });
    expect(s.extras?.get(1)).not.toHaveProperty('se', 1.6);
    // Extras of a standard error only leave no map entry behind.
    s.setExtras(1, { se: 0.5 });
    expect(s.seAt(1)).toBe(0.5);
    expect(s.extras?.has(1)).toBe(false);
    // Extras without a standard error clear the column's.
    s.setExtras(1, { note: '估算' });
    expect(s.seAt(1)).toBeUndefined();
    expect(s.extras?.get(1)).toEqual({ note: '估算' });
    s.setExtras(1, undefined);
    expect(s.seAt(1)).toBeUndefined();
    expect(s.extras?.has(1)).toBe(false);
  });

  it('gives each series of a store its own columns', () => {
    const store = new ValueStore(['371500', '371502'], [2020, 2021]);
    const a = store.seriesFor('literacy_share', 'total');
    const b = store.seriesFor('literacy_share', 'urban');
    a.setSe(store.cell(1, 1), 0.4);
    expect(a.seAt(3)).toBe(0.4);
    expect(b.seAt(3)).toBeUndefined();
    expect(a.se).toHaveLength(4);
  });
});
