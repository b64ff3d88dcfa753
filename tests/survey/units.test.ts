import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCodes } from '../../src/survey/codes.js';
import { nestUnits } from '../../src/survey/units.js';
import { readLabels } from '../../src/survey/values.js';
import { columnsTable } from '../helpers/survey.js';

/** Units keyed by the text "parent, label" in order of first appearance, then sorted by parent: what nestUnits must give. */
function reference(parentOf: Int32Array, parentCount: number, labels: readonly string[]) {
  const ids = new Map<string, number>();
  const units: { parent: number; label: string; firstRow: number }[] = [];
  const temp = Array.from(parentOf, (p, r) => {
    const key = `${p}\u0000${labels[r]}`;
    if (!ids.has(key)) ids.set(key, units.push({ parent: p, label: labels[r]!, firstRow: r }) - 1);
    return ids.get(key)!;
  });
  const order = units.map((_, t) => t).sort((a, b) => units[a]!.parent - units[b]!.parent || a - b);
  const rank = new Int32Array(units.length);
  order.forEach((t, u) => (rank[t] = u));
  const start = Int32Array.from({ length: parentCount + 1 }, (_, p) => units.filter((u) => u.parent < p).length);
  return {
    of: Int32Array.from(temp, (t) => rank[t]!), parent: Int32Array.from(order, (t) => units[t]!.parent),
    labels: order.map((t) => units[t]!.label), firstRow: Int32Array.from(order, (t) => units[t]!.firstRow), start,
  };
}

describe('nestUnits', () => {
  it('numbers (parent, label) pairs as the text-keyed grouping does, with few or many labels per parent', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }).chain((parents) =>
          fc.tuple(fc.constant(parents), fc.integer({ min: 1, max: 400 }).chain((pool) =>
            fc.array(fc.tuple(fc.integer({ min: 0, max: parents - 1 }), fc.integer({ min: 0, max: pool - 1 })), { maxLength: 200 }))),
        ),
        ([parents, cells]) => {
          const parentOf = Int32Array.from(cells, ([p]) => p);
          const table = columnsTable({ u: cells.map(([, l]) => (l % 3 === 0 ? l : `v${l}`)) });
          expect(nestUnits(parentOf, parents, readCodes(table, 'u'))).toEqual(reference(parentOf, parents, readLabels(table, 'u')));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('keys the pairs in a map when there are many more of them than rows (villages numbered across the country)', () => {
    // 60 strata × 500 labels = 30,000 possible pairs for 2,000 rows: past nestUnits' table limit.
    const parentOf = Int32Array.from({ length: 2000 }, (_, r) => (r * 7919) % 60);
    const table = columnsTable({ u: Array.from({ length: 2000 }, (_, r) => `v${(r * 104729) % 500}`) });
    expect(readCodes(table, 'u').labels.length).toBe(500);
    expect(nestUnits(parentOf, 60, readCodes(table, 'u'))).toEqual(reference(parentOf, 60, readLabels(table, 'u')));
  });

  it('makes each row its own unit when there are no labels, numbered within its parent', () => {
    const units = nestUnits(Int32Array.from([1, 0, 1, 0]), 2, undefined);
    expect(units).toEqual(reference(Int32Array.from([1, 0, 1, 0]), 2, ['1', '2', '3', '4']));
    expect(Array.from(units.of)).toEqual([2, 0, 3, 1]);
  });
});

describe('readCodes', () => {
  it('codes labels as readLabels reads them, in order of first appearance', () => {
    const table = columnsTable({ u: ['Ａ', ' A', 1, '1', null, '', 'b', 'A'] });
    const { of, labels } = readCodes(table, 'u');
    expect(labels).toEqual(['A', '1', '', 'b']);
    expect(Array.from(of, (c) => labels[c])).toEqual(readLabels(table, 'u'));
  });
});
