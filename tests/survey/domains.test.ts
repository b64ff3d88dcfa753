import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitDomains } from '../../src/survey/domains.js';
import type { SurveyTable } from '../../src/survey/types.js';
import { readLabels } from '../../src/survey/values.js';
import { columnsTable } from '../helpers/survey.js';

const collator = new Intl.Collator('zh-Hans-CN', { numeric: true });

/** Rows grouped by their labels joined as text, groups sorted as splitDomains documents: what it must give. */
function reference(table: SurveyTable, columns: string[]) {
  const labels = columns.map((c) => readLabels(table, c));
  const groups = new Map<string, { values: string[]; rows: number[] }>();
  for (let r = 0; r < table.length; r++) {
    const values = labels.map((l) => l[r]!);
    const key = values.join('\u0000');
    if (!groups.has(key)) groups.set(key, { values, rows: [] });
    groups.get(key)!.rows.push(r);
  }
  const compare = (a: string[], b: string[]) => {
    for (let j = 0; j < a.length; j++) {
      if (a[j] === b[j]) continue;
      if (a[j] === '') return 1;
      if (b[j] === '') return -1;
      return collator.compare(a[j]!, b[j]!) || (a[j]! < b[j]! ? -1 : 1);
    }
    return 0;
  };
  return [...groups.values()].sort((a, b) => compare(a.values, b.values)).map((g) => ({
    by: Object.fromEntries(columns.map((c, j) => [c, g.values[j]!])), rows: Int32Array.from(g.rows),
  }));
}

describe('splitDomains', () => {
  it('groups and sorts rows as the text-keyed grouping does, by one to three columns', () => {
    const cell = fc.oneof(fc.constantFrom('东昌府区', '临清市', '阳谷县', '城镇', '农村', '', ' ', '１０', '10', '2', 'a', 'A'), fc.integer({ min: 0, max: 12 }));
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3 }), fc.array(fc.tuple(cell, cell, cell), { maxLength: 80 }), (k, rows) => {
        const table = columnsTable({ a: rows.map((r) => r[0]), b: rows.map((r) => r[1]), c: rows.map((r) => r[2]) });
        const columns = ['a', 'b', 'c'].slice(0, k);
        expect(splitDomains(table, columns).domains).toEqual(reference(table, columns));
      }),
      { numRuns: 200 },
    );
  });

  it('crosses columns with many values each (more pairs than rows are keyed in a map)', () => {
    const n = 3000;
    const table = columnsTable({ a: Array.from({ length: n }, (_, r) => `a${(r * 7919) % 700}`), b: Array.from({ length: n }, (_, r) => `b${(r * 104729) % 900}`) });
    expect(splitDomains(table, ['a', 'b']).domains).toEqual(reference(table, ['a', 'b']));
  });

  it('hands out its own copies: changing one does not change the next split', () => {
    const table = columnsTable({ a: ['x', 'y', 'x'] });
    const first = splitDomains(table, ['a']);
    first.domains[0]!.rows[0] = 99;
    first.domains[0]!.by.a = 'changed';
    expect(splitDomains(table, ['a']).domains).toEqual([{ by: { a: 'x' }, rows: Int32Array.from([0, 2]) }, { by: { a: 'y' }, rows: Int32Array.from([1]) }]);
  });
});
